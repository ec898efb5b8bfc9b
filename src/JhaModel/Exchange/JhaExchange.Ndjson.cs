using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <content>NDJSON streams: one record per line, <c>{"kind":"agreement","record":{…}}</c>.</content>
public static partial class JhaExchange
{
    private static readonly byte[] KindPrefix = Encoding.UTF8.GetBytes("{\"kind\":\"");
    private static readonly byte[] RecordPrefix = Encoding.UTF8.GetBytes("\",\"record\":");
    private static readonly byte[] LineEnd = Encoding.UTF8.GetBytes("}\n");
    private static readonly string[] NdjsonLineMembers = ["kind", "record"];

    /// <summary>The record kinds of NDJSON lines: <c>organisation</c>, <c>country</c>, <c>agreement</c>, <c>policy-cycle</c>, <c>action-plan</c>, <c>statistic</c>, <c>ranking</c>.</summary>
    public static IReadOnlyList<string> NdjsonKinds { get; } = [.. Exchange.NdjsonKinds.All.Select(k => k.Name)];

    /// <summary>
    /// Reads an NDJSON stream line by line, each line <c>{"kind":"…","record":{…}}</c>, reporting the problems of each
    /// line with its line number. Memory stays flat however long the stream; blank lines are skipped. A line longer
    /// than <see cref="ExchangeReaderOptions.MaxDocumentBytes"/> is reported as soon as the limit is passed, as the
    /// last result: reading stops there, since its end may never come.
    /// </summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The limits (<see cref="ExchangeReaderOptions.MaxDocumentBytes"/> applies to each line); the defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One result per non-blank line, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <remarks>Records are checked on their own: a protocol's parent is looked up in the embedded reference data only.</remarks>
    public static IAsyncEnumerable<NdjsonRecord> ReadNdjsonAsync(Stream utf8Ndjson, ExchangeReaderOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        return ReadNdjsonCore(utf8Ndjson, options ?? ExchangeReaderOptions.Default, cancellationToken);
    }

    /// <summary>Reads an NDJSON stream line by line, synchronously; see <see cref="ReadNdjsonAsync"/>.</summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The limits; the defaults when <see langword="null"/>.</param>
    /// <returns>One result per non-blank line, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<NdjsonRecord> ReadNdjson(Stream utf8Ndjson, ExchangeReaderOptions? options) =>
        ReadNdjsonAsync(utf8Ndjson, options, CancellationToken.None).ToBlockingEnumerable();

    /// <summary>Writes records as NDJSON, one compact line each, deterministically.</summary>
    /// <param name="utf8Ndjson">The stream to write to; it is not closed.</param>
    /// <param name="records">Organisations, countries, agreements, policy cycles, action plans, statistics or rankings.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every record is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> or <paramref name="records"/> is <see langword="null"/>, or a record is.</exception>
    /// <exception cref="ArgumentException">A record is of a type that has no NDJSON kind.</exception>
    public static async Task WriteNdjsonAsync(Stream utf8Ndjson, IAsyncEnumerable<object> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentNullException.ThrowIfNull(records);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await utf8Ndjson.WriteAsync(NdjsonLine(record), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes records as NDJSON, one compact line each, deterministically.</summary>
    /// <param name="utf8Ndjson">The stream to write to; it is not closed.</param>
    /// <param name="records">Organisations, countries, agreements, policy cycles, action plans, statistics or rankings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> or <paramref name="records"/> is <see langword="null"/>, or a record is.</exception>
    /// <exception cref="ArgumentException">A record is of a type that has no NDJSON kind.</exception>
    public static void WriteNdjson(Stream utf8Ndjson, IEnumerable<object> records)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            utf8Ndjson.Write(NdjsonLine(record));
        }
    }

    /// <summary>The JSON Schema (draft 2020-12) of one NDJSON line: an object with <c>kind</c> and the matching <c>record</c>.</summary>
    /// <returns>A new schema node.</returns>
    public static JsonNode GetNdjsonRecordSchema()
    {
        var variants = new JsonArray();
        foreach (var kind in Exchange.NdjsonKinds.All)
        {
            var recordSchema = JhaModelJson.GetJsonSchema(kind.Type);
            recordSchema.AsObject().Remove("$schema");
            variants.Add((JsonNode)new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["kind"] = new JsonObject { ["const"] = kind.Name },
                    ["record"] = recordSchema,
                },
            });
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "NdjsonRecord",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["kind"] = new JsonObject { ["enum"] = new JsonArray([.. Exchange.NdjsonKinds.All.Select(k => (JsonNode)k.Name)]) },
                ["record"] = new JsonObject { ["type"] = "object" },
            },
            ["required"] = new JsonArray("kind", "record"),
            ["additionalProperties"] = false,
            ["oneOf"] = variants,
        };
    }

    private static byte[] NdjsonLine(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var kind = Exchange.NdjsonKinds.Find(record.GetType())
            ?? throw new ArgumentException($"A {record.GetType().Name} has no NDJSON kind; expected one of: {string.Join(", ", NdjsonKinds)}.", nameof(record));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(record, kind.TypeInfo);
        return [.. KindPrefix, .. Encoding.UTF8.GetBytes(kind.Name), .. RecordPrefix, .. body, .. LineEnd];
    }

    private static async IAsyncEnumerable<NdjsonRecord> ReadNdjsonCore(Stream stream, ExchangeReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new Utf8LineReader(stream, options.MaxDocumentBytes);
        long number = 0;
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (line.TooLong)
            {
                yield return TooLongLine(number, options);
                continue;
            }

            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }

            yield return ReadNdjsonLine(line.Bytes, number, options);
        }
    }

    /// <summary>The last result of a stream whose line <paramref name="number"/> is longer than the limit.</summary>
    private static NdjsonRecord TooLongLine(long number, ExchangeReaderOptions options) =>
        new(number, null, null,
        [
            new ExchangeProblem
            {
                Code = JhaErrorCodes.LimitExceeded,
                Path = "$",
                Line = number,
                Message = $"The line is longer than {options.MaxDocumentBytes:N0} bytes; expected at most {options.MaxDocumentBytes:N0} (the reader's size limit). Reading stopped at this line: what follows it is not read.",
                Severity = ProblemSeverity.Error,
            },
        ],
        endsStream: true);

    /// <summary>Whether a line holds nothing but spaces and tabs: such lines are skipped (their numbers still count).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;

    private static NdjsonRecord ReadNdjsonLine(ReadOnlyMemory<byte> bytes, long number, ExchangeReaderOptions options)
    {
        var problems = new ProblemList(options.MaxProblems);
        if (JsonInputReader.Check(bytes, options, number, problems, out bool withinValueLimits) is not { } input)
        {
            return new NdjsonRecord(number, null, null, problems.ToList());
        }

        // The fast path: find the kind and the record's bytes, read the record strictly and run the rules' fast
        // path. Anything unusual takes the detailed path below, which reports every problem with its path.
        if (withinValueLimits && TryReadLineFast(input.Span, options, out var fastKind, out var fastValue))
        {
            return new NdjsonRecord(number, fastKind.Name, fastValue, []);
        }

        using var json = JsonInputReader.ParseChecked(input, options, number, problems);
        if (json is null)
        {
            return new NdjsonRecord(number, null, null, problems.ToList());
        }

        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(JhaErrorCodes.JsonTypeMismatch, "$", "Found a line that is not a JSON object; expected {\"kind\":\"…\",\"record\":{…}}.", number);
            return new NdjsonRecord(number, null, null, problems.ToList());
        }

        string? kindName = null;
        JsonElement? record = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                problems.Add(JhaErrorCodes.DuplicateKey, JsonInputReader.Member("$", member.Name), $"The member {JsonErrors.Quote(member.Name)} appears more than once; expected each member once.", number);
            }
            else if (member.Name == "kind")
            {
                if (member.Value.ValueKind == JsonValueKind.String)
                {
                    kindName = member.Value.GetString();
                }
                else
                {
                    problems.Add(JhaErrorCodes.JsonTypeMismatch, "$.kind", $"Found a JSON {member.Value.ValueKind}; expected the record kind as a string, one of: {string.Join(", ", NdjsonKinds)}.", number);
                }
            }
            else if (member.Name == "record")
            {
                record = member.Value;
            }
            else
            {
                problems.Add(JhaErrorCodes.UnknownMember, JsonInputReader.Member("$", member.Name), $"Found the member {JsonErrors.Quote(member.Name)}; expected only 'kind' and 'record'.", number);
            }
        }

        foreach (string required in NdjsonLineMembers.Where(r => !seen.Contains(r)))
        {
            problems.Add(JhaErrorCodes.RequiredMemberMissing, "$", $"The required member '{required}' is missing; expected {{\"kind\":\"…\",\"record\":{{…}}}}.", number);
        }

        var kind = kindName is null ? null : Exchange.NdjsonKinds.Find(kindName);
        if (kindName is not null && kind is null)
        {
            problems.Add(JhaErrorCodes.RecordKindUnknown, "$.kind", $"Found the kind {JsonErrors.Quote(kindName)}; expected one of: {string.Join(", ", NdjsonKinds)}.", number);
        }

        if (kind is null || record is not { } element)
        {
            return new NdjsonRecord(number, kindName, null, WithLine(problems.ToList(JsonInputReader.InStageOrder), number));
        }

        JsonInputReader.CheckShape(element, kind.TypeInfo, "$.record", options, problems, unknownMembersAreWarnings: false);
        if (problems.HasErrors)
        {
            return new NdjsonRecord(number, kindName, null, WithLine(problems.ToList(JsonInputReader.InStageOrder), number));
        }

        var value = kind.Deserialize(element, "$.record", problems);
        if (value is not null)
        {
            kind.Validate(value, "$.record", element, problems, options.ReferenceData);
        }

        return new NdjsonRecord(number, kindName, value, WithLine(problems.ToList(JsonInputReader.InStageOrder), number));
    }

    private static bool TryReadLineFast(ReadOnlySpan<byte> line, ExchangeReaderOptions options, out Exchange.NdjsonKinds.Kind kind, out object? value)
    {
        kind = null!;
        value = null;
        var reader = new Utf8JsonReader(line, JsonInputReader.ReaderOptions(options));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
            || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("kind"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        kind = FindKind(reader.ValueSpan)!;
        if (kind is null || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("record"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        int end = (int)reader.BytesConsumed;
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(line[start..end], kind.TypeInfo);
        }
        catch (JsonException)
        {
            return false;
        }

        return value is not null && kind.IsValidFast(value, options.ReferenceData);
    }

    private static Exchange.NdjsonKinds.Kind? FindKind(ReadOnlySpan<byte> name)
    {
        foreach (var kind in Exchange.NdjsonKinds.All)
        {
            if (name.SequenceEqual(kind.Utf8Name))
            {
                return kind;
            }
        }

        return null;
    }

    private static List<ExchangeProblem> WithLine(IReadOnlyList<ExchangeProblem> problems, long number) =>
        [.. problems.Select(p => p.Line is null ? p with { Line = number } : p)];
}
