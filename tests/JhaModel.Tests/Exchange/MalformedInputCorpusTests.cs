using System.Diagnostics;
using System.Text;
using JhaModel.Exchange;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The malformed-input corpus in tests/JhaModel.Tests/Corpus: small files, each with its expected problem codes in
/// manifest.tsv. Every entry is read through every reading entry point (bytes, text, stream, NDJSON synchronously and
/// asynchronously); none may throw, take longer than <see cref="TimeBound"/> or allocate more than <see cref="AllocationBound"/>
/// (a bound in the size of the input and the number of problems found).
/// A document that is accepted writes back to bytes that read the same.
/// </summary>
public sealed class MalformedInputCorpusTests
{
    private const string CorpusFolder = "tests/JhaModel.Tests/Corpus";

    private static readonly string Root = Path.Combine(Golden.RepositoryRoot, CorpusFolder);

    private static readonly Lazy<IReadOnlyList<Entry>> Manifest = new(() =>
        [.. File.ReadAllLines(Path.Combine(Root, "manifest.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => new Entry(fields[0], fields[1] == "-" ? [] : fields[1].Split(' '), fields[2]))]);

    public static TheoryData<string> Files() => [.. Manifest.Value.Select(e => e.File)];

    /// <summary>
    /// The most one read of an input may allocate: 16 MiB, plus 64 bytes per input byte, plus 24 KiB per problem found
    /// (listed or counted past <see cref="ExchangeReaderOptions.MaxProblems"/>), the cost of describing a problem in detail.
    /// </summary>
    internal static long AllocationBound(long inputBytes, long problems = 0) => (16L << 20) + (64 * inputBytes) + (24L * 1024 * problems);

    /// <summary>The problems a result found: those listed, and those the last problem counts without listing.</summary>
    internal static long ProblemsFound(object? result) => result switch
    {
        ReadResult<ExchangeDocument> document => Found(document.Problems),
        IEnumerable<NdjsonRecord> records => records.Sum(r => Found(r.Problems)),
        _ => 0,
    };

    private static long Found(IReadOnlyList<ExchangeProblem> problems) =>
        problems.Count + (problems.Count > 0 && System.Text.RegularExpressions.Regex.Match(problems[^1].Message, "^([0-9,]+) more problems were found") is { Success: true } more
            ? long.Parse(more.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)
            : 0);

    [Fact]
    public void The_manifest_lists_every_file_of_the_corpus_once_and_covers_every_class_of_bad_input()
    {
        string[] onDisk = [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => f != "manifest.tsv")
            .Order(StringComparer.Ordinal)];
        string[] listed = [.. Manifest.Value.Select(e => e.File)];

        Assert.Equal(listed.Length, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(onDisk, listed.Order(StringComparer.Ordinal));
        Assert.True(listed.Length >= 200, $"The corpus has {listed.Length} entries; expected at least 200.");
        string[] classes = ["truncation", "utf8", "surrogates", "bom", "nesting", "numbers", "dates", "types", "duplicates", "unknown", "nulls", "empty", "syntax", "ndjson", "vocabulary", "injection"];
        Assert.All(classes, c => Assert.Contains(listed, f => f.StartsWith(c + "/", StringComparison.Ordinal)));
        Assert.All(Manifest.Value, e => Assert.False(string.IsNullOrWhiteSpace(e.What), $"{e.File} has no description."));
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Files))]
    public async Task Every_entry_gives_its_expected_codes_through_every_entry_point(string file)
    {
        var entry = Manifest.Value.Single(e => e.File == file);
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(Root, file), TestContext.Current.CancellationToken);

        // The reading runs on a worker thread so that a hang ends in the timeout rather than blocking the run.
        await Task.Run(
            () =>
            {
                if (file.EndsWith(".ndjson", StringComparison.Ordinal))
                {
                    CheckNdjson(entry, bytes);
                }
                else
                {
                    CheckDocument(entry, bytes);
                }
            },
            TestContext.Current.CancellationToken);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Files))]
    public async Task Every_entry_read_as_an_ndjson_stream_gives_a_result_for_each_line(string file)
    {
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(Root, file), TestContext.Current.CancellationToken);
        var records = await Task.Run(() => Measured(bytes.Length, () => JhaExchange.ReadNdjson(new MemoryStream(bytes), null).ToList()), TestContext.Current.CancellationToken);

        // A line ends at \n (a \r before it is dropped); a line of spaces and tabs only is skipped.
        long[] nonBlankLines = [.. SplitLines(bytes).Select((line, i) => (line, number: i + 1L)).Where(l => !l.line.AsSpan().Trim(" \t"u8).IsEmpty).Select(l => l.number)];
        Assert.Equal(nonBlankLines, records.Select(r => r.LineNumber));
        Assert.All(records, r => Assert.True(r.IsSuccess != r.Problems.Any(p => p.Severity == ProblemSeverity.Error), $"line {r.LineNumber}: a value and errors together, or neither"));
    }

    private static void CheckDocument(Entry entry, byte[] bytes)
    {
        var fromBytes = Measured(bytes.Length, () => JhaExchange.Read(bytes));
        Assert.True(
            entry.Codes.SequenceEqual(Codes(fromBytes.Problems)),
            $"{entry.File} ({entry.What}): expected [{string.Join(", ", entry.Codes)}], found:\n{string.Join("\n", fromBytes.Problems)}");
        Assert.Equal(fromBytes.IsSuccess, !fromBytes.Problems.Any(p => p.Severity == ProblemSeverity.Error));
        Assert.All(fromBytes.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
        Assert.All(fromBytes.Problems, p => Assert.NotNull(JhaModel.Validation.JhaErrorCodes.Describe(p.Code)));
        Assert.All(fromBytes.Problems, AssertPrintable);

        var fromStream = Measured(bytes.Length, () => JhaExchange.Read(new MemoryStream(bytes)));
        Assert.Equal(fromBytes.Problems, fromStream.Problems);
        Assert.Equal(fromBytes.Value, fromStream.Value);

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            string text = Encoding.UTF8.GetString(bytes);
            var fromText = Measured(bytes.Length, () => JhaExchange.Read(text));
            Assert.Equal(Codes(fromBytes.Problems), Codes(fromText.Problems));
        }

        if (fromBytes.Value is { } accepted)
        {
            byte[] written = JhaExchange.Write(accepted);
            var again = JhaExchange.Read(written);
            Assert.True(again.IsSuccess, $"{entry.File}: the accepted document does not read back: {string.Join("\n", again.Problems)}");
            Assert.Equal(accepted, again.Value);
            Assert.Equal(written, JhaExchange.Write(again.Value));
        }
    }

    private static void CheckNdjson(Entry entry, byte[] bytes)
    {
        var records = Measured(bytes.Length, () => JhaExchange.ReadNdjson(new MemoryStream(bytes), null).ToList());
        string[] found = [.. records.SelectMany(r => Codes(r.Problems).Select(c => $"{r.LineNumber}:{c}"))];
        Assert.True(
            entry.Codes.SequenceEqual(found),
            $"{entry.File} ({entry.What}): expected [{string.Join(", ", entry.Codes)}], found:\n{string.Join("\n", records.SelectMany(r => r.Problems))}");
        Assert.All(records, r => Assert.All(r.Problems, p => Assert.Equal(r.LineNumber, p.Line)));
        Assert.All(records, r => Assert.All(r.Problems, AssertPrintable));

        var asynchronous = JhaExchange.ReadNdjsonAsync(new MemoryStream(bytes), null, CancellationToken.None).ToBlockingEnumerable().ToList();
        Assert.Equal(records.Select(r => (r.LineNumber, r.Kind, r.Value)), asynchronous.Select(r => (r.LineNumber, r.Kind, r.Value)));
        Assert.Equal(records.SelectMany(r => r.Problems), asynchronous.SelectMany(r => r.Problems));

        foreach (var record in records.Where(r => r.IsSuccess))
        {
            using var written = new MemoryStream();
            JhaExchange.WriteNdjson(written, [record.Value!]);
            written.Position = 0;
            var again = JhaExchange.ReadNdjson(written, null).Single();
            Assert.Equal(record.Value, again.Value);
        }
    }

    /// <summary>The longest one read of an input may take, generous for a shared machine: 10 seconds plus half a second per MB.</summary>
    internal static TimeSpan TimeBound(long inputBytes) => TimeSpan.FromSeconds(10 + (inputBytes / 2_000_000.0));

    /// <summary>Runs one read on this thread and checks it stayed within the time and allocation bounds.</summary>
    internal static T Measured<T>(long inputBytes, Func<T> read)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = read();
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long bound = AllocationBound(inputBytes, ProblemsFound(result));
        Assert.True(allocated <= bound, $"Reading {inputBytes:N0} bytes allocated {allocated:N0} bytes; expected at most {bound:N0}.");
        Assert.True(clock.Elapsed < TimeBound(inputBytes), $"Reading {inputBytes:N0} bytes took {clock.Elapsed}; expected at most {TimeBound(inputBytes)}.");
        return result;
    }

    /// <summary>A problem is safe to print line by line: no control character, line or paragraph separator or lone surrogate in its path or message, and a message of at most <see cref="ExchangeProblem.MaxMessageLength"/> characters.</summary>
    internal static void AssertPrintable(ExchangeProblem problem)
    {
        Assert.True(problem.Message.Length <= ExchangeProblem.MaxMessageLength, $"A message of {problem.Message.Length:N0} characters; expected at most {ExchangeProblem.MaxMessageLength:N0}.");
        foreach (string text in new[] { problem.Path, problem.Message })
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                Assert.False(char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !pair), $"U+{(int)c:X4} at {i} of {text[..Math.Min(text.Length, 200)]}");
                i += pair ? 1 : 0;
            }
        }
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        while (start < bytes.Length)
        {
            int newline = Array.IndexOf(bytes, (byte)'\n', start);
            int end = newline < 0 ? bytes.Length : newline;
            int contentEnd = end > start && bytes[end - 1] == (byte)'\r' ? end - 1 : end;
            lines.Add(bytes[start..contentEnd]);
            start = end + 1;
        }

        return lines;
    }

    private static IEnumerable<string> Codes(IEnumerable<ExchangeProblem> problems) =>
        problems.Select(p => p.Severity == ProblemSeverity.Warning ? p.Code + "/warning" : p.Code);

    private sealed record Entry(string File, string[] Codes, string What);
}
