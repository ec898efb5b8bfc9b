using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JhaModel.Exchange;
using JhaModel.Validation;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Fuzz;

/// <summary>A broken promise: the oracle's name, what was seen, and the case.</summary>
internal sealed class OracleFailure(string oracle, string detail, Case fuzzCase, Exception? inner = null, string? key = null)
    : Exception($"{oracle}: {detail} [{fuzzCase}]", inner)
{
    public string Oracle { get; } = oracle;

    /// <summary>What tells this failure from others of its oracle when there is no exception (a code, a kind of change).</summary>
    public string? Key { get; } = key;
}

/// <summary>
/// Runs a case through its entry point and checks every promise of docs/reliability.md on the answer. Each
/// broken promise is an <see cref="OracleFailure"/> named after its oracle:
/// <list type="bullet">
/// <item><c>exception</c>: an exception escaped an API documented not to throw (JhaModelJson.Deserialize: any exception but JsonException);</item>
/// <item><c>value-xor-errors</c>: a result with a value and errors, or with neither;</item>
/// <item><c>round-trip</c>: an accepted input, written and read again, is refused, unequal, or writes different bytes the second time;</item>
/// <item><c>member-dropped</c> / <c>member-changed</c>: a member of an accepted input is missing or different in the written output with no problem saying so;</item>
/// <item><c>accepted-invalid-input</c>: input that is not well-formed JSON text (or text with a lone surrogate) was accepted;</item>
/// <item><c>message-control-char</c>, <c>message-too-long</c>, <c>path-control-char</c>, <c>path-not-rooted</c>: a problem unsafe to print;</item>
/// <item><c>allocation</c>: one read allocated more than 16 MiB + 64 bytes per input byte + 24 KiB per problem found (docs/reliability.md);</item>
/// <item><c>time</c>: one read took longer than 10 s + 0.5 s per MB (AFL++'s own timeout catches most of these first);</item>
/// <item><c>entry-points-disagree</c>: two entry points given the same bytes answered differently.</item>
/// </list>
/// </summary>
internal static partial class Oracles
{
    /// <summary>The longest problem message allowed (echoed values are truncated to fit).</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>The allocation bound of one read, as docs/reliability.md states it.</summary>
    public static long AllocationBound(long inputBytes, long problems = 0) => (16L << 20) + (64 * inputBytes) + (24L * 1024 * problems);

    /// <summary>The problems a result found: those listed, and those its last problem counts without listing.</summary>
    public static long ProblemsFound(object? result) => result switch
    {
        JhaModel.Exchange.ReadResult<JhaModel.Exchange.ExchangeDocument> document => Found(document.Problems),
        IEnumerable<JhaModel.Exchange.NdjsonRecord> records => records.Sum(r => Found(r.Problems)),
        _ => 0,
    };

    private static long Found(IReadOnlyList<JhaModel.Exchange.ExchangeProblem> problems) =>
        problems.Count + (problems.Count > 0 && System.Text.RegularExpressions.Regex.Match(problems[^1].Message, "^([0-9,]+) more problems were found") is { Success: true } more
            ? long.Parse(more.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)
            : 0);

    public static void Run(Case c)
    {
        ExchangeReaderOptions? options;
        try
        {
            options = c.Options.Create();
        }
        catch (ArgumentOutOfRangeException)
        {
            return; // The library refuses these options when they are set: the documented place to fail.
        }

        // The preset "none" goes through the overloads without options where there are some.
        switch (c.Entry)
        {
            case Entry.ReadBytes:
                CheckDocument(c, Measure(c, () => options is null ? JhaExchange.Read(c.Input) : JhaExchange.Read(c.Input, options)), options, text: null);
                break;
            case Entry.ReadString:
                string text = Json.Utf8(c.Input);
                CheckDocument(c, Measure(c, () => options is null ? JhaExchange.Read(text) : JhaExchange.Read(text, options)), options, text);
                break;
            case Entry.ReadStream:
                CheckDocument(c, Measure(c, () => options is null ? JhaExchange.Read(new MemoryStream(c.Input, writable: false)) : JhaExchange.Read(new MemoryStream(c.Input, writable: false), options)), options, text: null);
                break;
            case Entry.ReadTrickleStream:
                var trickled = Measure(c, () => JhaExchange.Read(new TrickleStream(c.Input), options));
                CheckDocument(c, trickled, options, text: null);
                Agree(c, "Read(Stream) reading a few bytes at a time", trickled.Problems, trickled.Value, "Read(bytes)", JhaExchange.Read(c.Input, options) is var fromBytes ? fromBytes.Problems : [], fromBytes.Value);
                break;
            case Entry.ReadNdjson:
                CheckRecords(c, Measure(c, () => JhaExchange.ReadNdjson(new MemoryStream(c.Input, writable: false), options).ToList()), options);
                break;
            case Entry.ReadNdjsonTrickle:
                var trickledLines = Measure(c, () => JhaExchange.ReadNdjson(new TrickleStream(c.Input), options).ToList());
                CheckRecords(c, trickledLines, options);
                var fromMemory = JhaExchange.ReadNdjson(new MemoryStream(c.Input, writable: false), options).ToList();
                Agree(c, "ReadNdjson of a trickling stream", [.. trickledLines.SelectMany(r => r.Problems)], null, "ReadNdjson of a MemoryStream", [.. fromMemory.SelectMany(r => r.Problems)], null);
                Agree(c, "ReadNdjson of a trickling stream", [], trickledLines.Select(r => r.LineNumber).SequenceEqual(fromMemory.Select(r => r.LineNumber)) ? null : "other lines", "ReadNdjson of a MemoryStream", [], null);
                break;
            case Entry.ReadNdjsonAsync:
                var asynchronous = Measure(c, () => ReadAllAsync(new MemoryStream(c.Input, writable: false), options));
                CheckRecords(c, asynchronous, options);
                // Compared with the synchronous reader of the same kind of stream (a trickling one is its own entry point:
                // it is slow on long lines, a finding of its own).
                var synchronous = JhaExchange.ReadNdjson(new MemoryStream(c.Input, writable: false), options).ToList();
                Agree(c, "ReadNdjsonAsync", [.. asynchronous.SelectMany(r => r.Problems)], null, "ReadNdjson", [.. synchronous.SelectMany(r => r.Problems)], null);
                Agree(c, "ReadNdjsonAsync", [], asynchronous.Select(r => r.LineNumber).SequenceEqual(synchronous.Select(r => r.LineNumber)) ? null : "other lines", "ReadNdjson", [], null);
                break;
            case Entry.DeserializeString:
                string json = Json.Utf8(c.Input);
                CheckDeserialized(c, Deserialize(c, () => c.Type.FromString(json)), json);
                break;
            case Entry.DeserializeBytes:
                CheckDeserialized(c, Deserialize(c, () => c.Type.FromBytes(c.Input)), text: null);
                break;
            case Entry.DeserializeStream:
                CheckDeserialized(c, Deserialize(c, () => c.Type.FromStream(new MemoryStream(c.Input, writable: false))), text: null);
                break;
            default:
                throw new InvalidOperationException($"Unknown entry {c.Entry}.");
        }
    }

    private static List<NdjsonRecord> ReadAllAsync(Stream stream, ExchangeReaderOptions? options)
    {
        var records = new List<NdjsonRecord>();
        var enumerator = JhaExchange.ReadNdjsonAsync(stream, options, CancellationToken.None).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                records.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return records;
    }

    /// <summary>The time bound of one read, the corpus tests' own: 10 seconds plus half a second per MB.</summary>
    public static TimeSpan TimeBound(long inputBytes) => TimeSpan.FromSeconds(10 + (inputBytes / 2_000_000.0));

    /// <summary>Runs a read that must not throw, within the allocation and time bounds.</summary>
    private static T Measure<T>(Case c, Func<T> read)
    {
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        long before = GC.GetAllocatedBytesForCurrentThread();
        T result;
        try
        {
            result = read();
        }
        catch (Exception ex) when (ex is not OracleFailure)
        {
            throw new OracleFailure("exception", $"{ex.GetType().Name} escaped {c.Entry}: {Shorten(ex.Message)}", c, ex);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (elapsed > TimeBound(c.Input.Length))
        {
            throw new OracleFailure("time", $"{elapsed.TotalSeconds:F1} s for {c.Input.Length:N0} input bytes (bound {TimeBound(c.Input.Length).TotalSeconds:F1} s)", c, key: c.Entry.ToString());
        }

        long bound = AllocationBound(c.Input.Length, ProblemsFound(result));
        if (allocated > bound)
        {
            throw new OracleFailure("allocation", $"{allocated:N0} bytes allocated for {c.Input.Length:N0} input bytes (bound {bound:N0})", c);
        }

        return result;
    }

    /// <summary>Runs JhaModelJson.Deserialize, which may throw JsonException and nothing else; null when it did.</summary>
    private static object? Deserialize(Case c, Func<object> read)
    {
        try
        {
            return Measure(c, read);
        }
        catch (OracleFailure failure) when (failure.InnerException is JsonException)
        {
            return null;
        }
    }

    private static void CheckDocument(Case c, ReadResult<ExchangeDocument> result, ExchangeReaderOptions? options, string? text)
    {
        CheckProblems(c, result.Problems);
        bool errors = result.Problems.Any(p => p.Severity == ProblemSeverity.Error);
        if ((result.Value is not null) == errors)
        {
            throw new OracleFailure("value-xor-errors", errors ? "a value and errors" : "neither a value nor an error", c);
        }

        if (result.Value is not { } document)
        {
            return;
        }

        var input = AcceptedTree(c, text);
        byte[] written = Guard(c, "round-trip", () => JhaExchange.Write(document));
        var again = Guard(c, "round-trip", () => JhaExchange.Read(written, Reread(options, written)));
        if (again.Value is null)
        {
            throw new OracleFailure("round-trip", $"the written document is refused: {Shorten(string.Join(" | ", again.Problems))}", c);
        }

        if (again.Value != document)
        {
            throw new OracleFailure("round-trip", "the written document reads as a different document", c);
        }

        if (!JhaExchange.Write(again.Value).AsSpan().SequenceEqual(written))
        {
            throw new OracleFailure("round-trip", "the second write differs from the first", c);
        }

        using var output = JsonDocument.Parse(written);
        Compare(c, input.RootElement, output.RootElement, "$", result.Problems);
        input.Dispose();
    }

    private static void CheckRecords(Case c, List<NdjsonRecord> records, ExchangeReaderOptions? options)
    {
        string[]? lines = null;
        foreach (var record in records)
        {
            CheckProblems(c, record.Problems);
            bool errors = record.Problems.Any(p => p.Severity == ProblemSeverity.Error);
            if ((record.Value is not null) == errors)
            {
                throw new OracleFailure("value-xor-errors", $"line {record.LineNumber}: {(errors ? "a value and errors" : "neither a value nor an error")}", c);
            }

            if (record.Value is not { } value)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            Guard(c, "round-trip", () => { JhaExchange.WriteNdjson(buffer, [value]); return 0; });
            byte[] written = buffer.ToArray();
            var again = Guard(c, "round-trip", () => JhaExchange.ReadNdjson(new MemoryStream(written), Reread(options, written)).ToList());
            if (again is not [{ Value: { } back }] || !back.Equals(value))
            {
                throw new OracleFailure("round-trip", $"line {record.LineNumber}: the written record does not read back equal: {Shorten(string.Join(" | ", again.SelectMany(r => r.Problems)))}", c);
            }

            using var second = new MemoryStream();
            JhaExchange.WriteNdjson(second, [back]);
            if (!second.ToArray().AsSpan().SequenceEqual(written))
            {
                throw new OracleFailure("round-trip", $"line {record.LineNumber}: the second write differs from the first", c);
            }

            lines ??= SplitLines(c.Input);
            if (record.LineNumber < 1 || record.LineNumber > lines.Length)
            {
                throw new OracleFailure("value-xor-errors", $"a record with line number {record.LineNumber} of {lines.Length}", c);
            }

            using var input = ParseAccepted(c, Encoding.UTF8.GetBytes(lines[record.LineNumber - 1]), $"line {record.LineNumber}");
            using var output = JsonDocument.Parse(written);
            Compare(c, input.RootElement, output.RootElement, "$", record.Problems);
        }
    }

    private static void CheckDeserialized(Case c, object? value, string? text)
    {
        if (value is null)
        {
            return;
        }

        var input = AcceptedTree(c, text);
        byte[] written = Guard(c, "round-trip", () => c.Type.Write(value));
        object again;
        try
        {
            again = c.Type.FromBytes(written);
        }
        catch (JsonException ex)
        {
            throw new OracleFailure("round-trip", $"the written value is refused: {Shorten(ex.Message)}", c, ex);
        }

        if (!again.Equals(value))
        {
            throw new OracleFailure("round-trip", "the written value reads as a different value", c);
        }

        if (!c.Type.Write(again).AsSpan().SequenceEqual(written))
        {
            throw new OracleFailure("round-trip", "the second write differs from the first", c);
        }

        using var output = JsonDocument.Parse(written);
        Compare(c, input.RootElement, output.RootElement, "$", []);
        input.Dispose();
    }

    /// <summary>Two entry points given the same bytes must give the same problems and the same value.</summary>
    private static void Agree(Case c, string first, IReadOnlyList<ExchangeProblem> problems, object? value, string second, IReadOnlyList<ExchangeProblem> otherProblems, object? otherValue)
    {
        // Messages may differ (a stream that cannot tell its length says "more than" where bytes give the size).
        static (ProblemSeverity, string, string, long?) Key(ExchangeProblem p) => (p.Severity, p.Code, p.Path, p.Line);
        if ((!problems.Select(Key).SequenceEqual(otherProblems.Select(Key)) || !Equals(value, otherValue)) && !FirstProvenDiffers(problems, otherProblems))
        {
            string Codes(IReadOnlyList<ExchangeProblem> list) => list.Count == 0 ? "none" : string.Join(" ", list.Select(p => $"{p.Code} {p.Path}"));
            throw new OracleFailure(
                "entry-points-disagree",
                $"{first} gives {Codes(problems)}{(value is null ? string.Empty : " and a value")}, {second} gives {Codes(otherProblems)}{(otherValue is null ? string.Empty : " and a value")}",
                c,
                key: $"{first} and {second}");
        }
    }

    /// <summary>
    /// The one documented difference between entry points (docs/reliability.md): an input over the size limit is
    /// refused for its size where its length is known, while a stream that cannot seek reports what it proves first,
    /// a syntax error or the depth limit before the size limit is reached.
    /// </summary>
    private static bool FirstProvenDiffers(IReadOnlyList<ExchangeProblem> a, IReadOnlyList<ExchangeProblem> b)
    {
        static bool IsSize(IReadOnlyList<ExchangeProblem> p) =>
            p is [{ Code: JhaErrorCodes.LimitExceeded, Path: "$" } only] && only.Message.StartsWith("The input is", StringComparison.Ordinal);
        static bool IsEarly(IReadOnlyList<ExchangeProblem> p) =>
            p is [{ Code: JhaErrorCodes.JsonSyntaxInvalid or JhaErrorCodes.LimitExceeded, Path: "$" }];
        return (IsSize(a) && IsEarly(b)) || (IsSize(b) && IsEarly(a));
    }

    /// <summary>The options to read written output with: the case's own, with room for the output's size (it may be longer than the input).</summary>
    /// <summary>
    /// The options to read back what was written: the caller's, with the limits that writing may outgrow raised to what
    /// the written bytes need (absent lists are written as <c>[]</c> and absent timelines as objects, so the output can
    /// be longer, deeper and hold longer member names than the input that met the limits).
    /// </summary>
    private static ExchangeReaderOptions? Reread(ExchangeReaderOptions? options, byte[] written) => options is null ? null : options with
    {
        MaxDocumentBytes = Math.Max(options.MaxDocumentBytes, written.Length),
        MaxStringLength = Math.Max(options.MaxStringLength, written.Length),
        MaxDepth = Math.Max(options.MaxDepth, Math.Min(written.Length, ExchangeReaderOptions.MaxDepthLimit)),
    };

    private static T Guard<T>(Case c, string oracle, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not OracleFailure)
        {
            throw new OracleFailure(oracle, $"{ex.GetType().Name} while writing or re-reading an accepted value: {Shorten(ex.Message)}", c, ex);
        }
    }

    /// <summary>The input's JSON tree; an accepted input must be well-formed JSON (after one optional UTF-8 BOM).</summary>
    private static JsonDocument AcceptedTree(Case c, string? text)
    {
        if (text is not null)
        {
            if (!IsWellFormedUtf16(text))
            {
                throw new OracleFailure("accepted-invalid-input", "text holding a lone surrogate was accepted", c);
            }

            return ParseAccepted(c, Encoding.UTF8.GetBytes(text), "the text");
        }

        return ParseAccepted(c, c.Input, "the input");
    }

    private static JsonDocument ParseAccepted(Case c, byte[] bytes, string what)
    {
        ReadOnlyMemory<byte> memory = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
        try
        {
            return JsonDocument.Parse(memory, new JsonDocumentOptions { MaxDepth = 4096 });
        }
        catch (JsonException ex)
        {
            throw new OracleFailure("accepted-invalid-input", $"{what} was accepted but is not well-formed JSON: {Shorten(ex.Message)}", c, ex);
        }
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] SplitLines(byte[] input) =>
        [.. Json.Utf8(input).Split('\n').Select(l => l.TrimEnd('\r').Trim(' ', '\t'))];

    private static void CheckProblems(Case c, IReadOnlyList<ExchangeProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (problem.Message.Length > MaxMessageLength)
            {
                throw new OracleFailure("message-too-long", $"{problem.Code} at {Shorten(problem.Path)}: a message of {problem.Message.Length:N0} characters (at most {MaxMessageLength})", c, key: problem.Code);
            }

            if (FirstControl(problem.Message) is { } at)
            {
                throw new OracleFailure("message-control-char", $"{problem.Code} at {Shorten(problem.Path)}: U+{(int)problem.Message[at]:X4} at {at} in '{Shorten(Escape(problem.Message))}'", c, key: problem.Code);
            }

            if (FirstControl(problem.Path) is { } pathAt)
            {
                throw new OracleFailure("path-control-char", $"{problem.Code}: U+{(int)problem.Path[pathAt]:X4} at {pathAt} in the path '{Shorten(Escape(problem.Path))}'", c, key: problem.Code);
            }

            if (!problem.Path.StartsWith('$'))
            {
                throw new OracleFailure("path-not-rooted", $"{problem.Code}: the path '{Shorten(Escape(problem.Path))}'", c);
            }
        }
    }

    /// <summary>The index of the first character that would break a line of output or drive a terminal, or null.</summary>
    private static int? FirstControl(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch < ' ' || ch is (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029')
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Compares an accepted input with the written output, member by member. Allowed, as documented: member order;
    /// <c>null</c> for an optional member written as absent; a statistic scope's countries in alpha-2 order; a number written in another form with the same exact
    /// value (<c>42.0</c> as <c>42</c>), <c>-0</c> as <c>0</c> and a number below the smallest decimal as 0; an instant at
    /// hour 24 written as midnight of the next day; and anything at or under a problem's path.
    /// </summary>
    private static void Compare(Case c, JsonElement input, JsonElement output, string path, IReadOnlyList<ExchangeProblem> problems)
    {
        if (input.ValueKind == JsonValueKind.Null || Covered(path, problems))
        {
            return;
        }

        switch (input.ValueKind)
        {
            case JsonValueKind.Object when output.ValueKind == JsonValueKind.Object:
                foreach (var member in input.EnumerateObject())
                {
                    string memberPath = Member(path, member.Name);
                    if (output.TryGetProperty(member.Name, out var written))
                    {
                        Compare(c, member.Value, written, memberPath, problems);
                    }
                    else if (member.Value.ValueKind != JsonValueKind.Null && !Covered(memberPath, problems))
                    {
                        throw new OracleFailure("member-dropped", $"{Shorten(memberPath)} ({Shorten(member.Value.GetRawText())}) is not in the output and no problem says so", c, key: member.Name);
                    }
                }

                return;
            case JsonValueKind.Array when output.ValueKind == JsonValueKind.Array && IsCountrySet(path):
                // A statistic scope's countries are a set, held and written in alpha-2 order (StatisticScope).
                string?[] given = [.. input.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()).Order(StringComparer.Ordinal)];
                string?[] kept = [.. output.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())];
                if (given.SequenceEqual(kept))
                {
                    return;
                }

                break;
            case JsonValueKind.Array when output.ValueKind == JsonValueKind.Array && input.GetArrayLength() == output.GetArrayLength():
                int index = 0;
                foreach (var (item, written) in input.EnumerateArray().Zip(output.EnumerateArray()))
                {
                    Compare(c, item, written, $"{path}[{index++}]", problems);
                }

                return;
            case JsonValueKind.String when output.ValueKind == JsonValueKind.String:
                string a = input.GetString()!, b = output.GetString()!;
                if (a == b || IsSameInstantInUtc(a, b))
                {
                    return;
                }

                string change = a.Contains(',', StringComparison.Ordinal) && !b.Contains(',', StringComparison.Ordinal) ? "a flag list read as one value"
                    : string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase) ? "a closed value read despite its case or whitespace"
                    : a.Contains('\ufffd', StringComparison.Ordinal) || b.Contains('\ufffd', StringComparison.Ordinal) ? "text changed by a replacement character"
                    : "text changed";
                throw new OracleFailure("member-changed", $"{Shorten(path)}: {Shorten(input.GetRawText())} was written as {Shorten(output.GetRawText())} and no problem says so", c, key: change);
            case JsonValueKind.Number when output.ValueKind == JsonValueKind.Number:
                var x = Json.Number(input.GetRawText());
                var y = Json.Number(output.GetRawText());
                if (x == y || (y.Mantissa.IsZero && Json.BelowDecimalPrecision(x)))
                {
                    return;
                }

                throw new OracleFailure("member-changed", $"{Shorten(path)}: {Shorten(input.GetRawText())} was written as {Shorten(output.GetRawText())} and no problem says so", c, key: "a number rounded");
            case JsonValueKind.True or JsonValueKind.False when output.ValueKind == input.ValueKind:
                return;
        }

        throw new OracleFailure("member-changed", $"{Shorten(path)}: {Shorten(input.GetRawText())} was written as {Shorten(output.GetRawText())} and no problem says so", c, key: $"a {input.ValueKind} written as a {output.ValueKind}");
    }

    private static bool IsCountrySet(string path) =>
        path.EndsWith(".scope.countries", StringComparison.Ordinal) || path.EndsWith(".population.countries", StringComparison.Ordinal);

    private static bool Covered(string path, IReadOnlyList<ExchangeProblem> problems) =>
        problems.Any(p => p.Path.Length > 1 && (p.Path == path || path.StartsWith(p.Path + ".", StringComparison.Ordinal) || path.StartsWith(p.Path + "[", StringComparison.Ordinal)));

    /// <summary>
    /// A member's path in the library's notation (docs/exchange-format.md): a name other than letters, digits and
    /// underscores in brackets and single quotes, a quote escaped, and control characters, line and paragraph
    /// separators and lone surrogates escaped as in JSON, so that a path is safe to print.
    /// </summary>
    private static string Member(string path, string name) =>
        name.Length > 0 && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') ? $"{path}.{name}" : $"{path}['{Printable(name.Replace("'", "\\'", StringComparison.Ordinal))}']";

    private static string Printable(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            bool pair = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                escaped.Append(ch).Append(text[++i]);
            }
            else if (ch is '\n' or '\r' or '\t')
            {
                escaped.Append(ch switch { '\n' => "\\n", '\r' => "\\r", _ => "\\t" });
            }
            else if (char.IsControl(ch) || ch is '\u2028' or '\u2029' || char.IsSurrogate(ch))
            {
                escaped.Append("\\u").Append(((int)ch).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(ch);
            }
        }

        return escaped.ToString();
    }

    /// <summary>An instant with a UTC offset (RFC 3339, <c>+01:00</c>), written as the same instant in UTC, as the format normalises it.</summary>
    private static bool IsSameInstantInUtc(string input, string output) =>
        WithOffset().IsMatch(input)
        && OffsetDateTimePattern.ExtendedIso.Parse(input) is { Success: true } given
        && output == InstantPattern.ExtendedIso.Format(given.Value.ToInstant());

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?[+-]\d{2}:\d{2}\z")]
    private static partial Regex WithOffset();

    public static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length:N0} characters)";

    private static string Escape(string text) => JsonSerializer.Serialize(text, Json.Relaxed)[1..^1];
}

/// <summary>A stream that answers each read with at most a few bytes, as a pipe or a slow network does.</summary>
internal sealed class TrickleStream(byte[] data) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, 7), data.Length - position);
        data.AsSpan(position, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
