using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Validation;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.ReferenceData;

/// <summary>
/// The <c>dataset</c> member that makes an exchange document a dataset file:
/// <c>"dataset": {"version": "2026.12", "reviewedUntil": "2026-11-30"}</c>. It is read here and blanked out of the
/// bytes (spaces in place of its characters, line ends kept) before the exchange reader reads the rest, so every
/// problem keeps its line and column.
/// </summary>
internal sealed partial class DatasetHeader
{
    private const string Member = "dataset";

    private DatasetHeader(string? version, LocalDate? reviewedUntil, IReadOnlyList<ExchangeProblem> problems)
    {
        Version = version;
        ReviewedUntil = reviewedUntil;
        Problems = problems;
    }

    public string? Version { get; }

    public LocalDate? ReviewedUntil { get; }

    public IReadOnlyList<ExchangeProblem> Problems { get; }

    /// <summary>Reads the <c>dataset</c> member, if any, and gives the document without it.</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="maxDepth">The reader's depth limit.</param>
    /// <param name="document">The input with the member blanked out; the input itself when it has none or is not well-formed JSON (the exchange reader reports why).</param>
    /// <returns>The header; no version and no problem when the input has no <c>dataset</c> member.</returns>
    public static DatasetHeader Split(byte[] utf8, int maxDepth, out byte[] document)
    {
        document = utf8;
        int start = utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var problems = new List<ExchangeProblem>();
        string? version = null;
        LocalDate? reviewedUntil = null;
        var blanks = new List<(int From, int To)>();
        bool isObject;
        try
        {
            var reader = new Utf8JsonReader(utf8.AsSpan(start), new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new DatasetHeader(null, null, []);
            }

            int previousEnd = (int)reader.BytesConsumed;
            bool seen = false;
            isObject = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int nameStart = (int)reader.TokenStartIndex;
                bool isHeader = reader.ValueTextEquals(Member);
                reader.Read();
                if (!isHeader)
                {
                    reader.Skip();
                    previousEnd = (int)reader.BytesConsumed;
                    continue;
                }

                if (seen)
                {
                    problems.Add(Problem(JhaErrorCodes.DuplicateKey, "$.dataset", "The member 'dataset' appears again; expected it once."));
                }

                seen = true;
                isObject |= ReadValue(ref reader, problems, ref version, ref reviewedUntil);
                int valueEnd = (int)reader.BytesConsumed;

                // Blank the member with the comma that separates it from a neighbour.
                var rest = reader;
                if (rest.Read() && rest.TokenType == JsonTokenType.PropertyName)
                {
                    blanks.Add((nameStart, (int)rest.TokenStartIndex));
                }
                else
                {
                    blanks.Add((previousEnd, valueEnd));
                }

                previousEnd = valueEnd;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not well-formed JSON, or text that is not UTF-8: the exchange reader reports it with its position.
            return new DatasetHeader(null, null, []);
        }

        if (blanks.Count > 0)
        {
            document = (byte[])utf8.Clone();
            foreach (var (from, to) in blanks)
            {
                for (int i = start + from; i < start + to; i++)
                {
                    if (document[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        document[i] = (byte)' ';
                    }
                }
            }

            if (isObject && version is null && !problems.Exists(p => p.Path == "$.dataset.version"))
            {
                problems.Add(Problem(JhaErrorCodes.RequiredMemberMissing, "$.dataset.version", "The dataset names no version; expected \"version\": \"YYYY.MM\", e.g. \"2026.12\"."));
            }

            if (isObject && reviewedUntil is null && !problems.Exists(p => p.Path == "$.dataset.reviewedUntil"))
            {
                problems.Add(Problem(JhaErrorCodes.RequiredMemberMissing, "$.dataset.reviewedUntil", "The dataset names no reviewedUntil date; expected \"reviewedUntil\": \"YYYY-MM-DD\", the day up to which the data were reviewed."));
            }
        }

        return new DatasetHeader(version, reviewedUntil, problems);
    }

    /// <summary>The dataset file's first lines: the <c>dataset</c> member, then the document's members.</summary>
    public static byte[] Prepend(string? version, LocalDate? reviewedUntil, byte[] indentedDocument)
    {
        var text = new StringBuilder("{\n");
        if (version is not null || reviewedUntil is not null)
        {
            var members = new List<string>();
            if (version is not null)
            {
                members.Add($"    \"version\": \"{JsonEncodedText.Encode(version)}\"");
            }

            if (reviewedUntil is { } date)
            {
                members.Add($"    \"reviewedUntil\": \"{JhaModel.Provenance.IsoDate.Format(date)}\"");
            }

            text.Append("  \"dataset\": {\n").Append(string.Join(",\n", members)).Append("\n  },\n");
        }

        byte[] head = Encoding.UTF8.GetBytes(text.ToString());
        var bytes = new byte[head.Length + indentedDocument.Length - 2 + 1];
        head.CopyTo(bytes, 0);
        indentedDocument.AsSpan(2).CopyTo(bytes.AsSpan(head.Length));
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static bool ReadValue(ref Utf8JsonReader reader, List<ExchangeProblem> problems, ref string? version, ref LocalDate? reviewedUntil)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add(Problem(JhaErrorCodes.JsonTypeMismatch, "$.dataset", $"The dataset member is {Kind(reader.TokenType)}; expected an object with version and reviewedUntil."));
            reader.Skip();
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            string path = $"$.dataset.{name}";
            reader.Read();
            if (!names.Add(name))
            {
                problems.Add(Problem(JhaErrorCodes.DuplicateKey, path, $"The member {JsonErrors.Quote(name)} appears again in the dataset member; expected it once."));
            }

            switch (name)
            {
                case "version" when reader.TokenType == JsonTokenType.String:
                    string text = reader.GetString()!;
                    if (VersionPattern().IsMatch(text))
                    {
                        version = text;
                    }
                    else
                    {
                        problems.Add(Problem(JhaErrorCodes.JsonTypeMismatch, path, $"Found the version {JsonErrors.Quote(text)}; expected YYYY.MM or YYYY.MM.N, optionally followed by +LABEL, e.g. \"2026.12\" or \"2026.12+local\"."));
                    }

                    break;
                case "reviewedUntil" when reader.TokenType == JsonTokenType.String:
                    string day = reader.GetString()!;
                    var parsed = LocalDatePattern.Iso.Parse(day);
                    if (parsed.Success && day.Length == 10)
                    {
                        reviewedUntil = parsed.Value;
                    }
                    else
                    {
                        problems.Add(Problem(JhaErrorCodes.JsonTypeMismatch, path, $"Found {JsonErrors.Quote(day)}; expected a date YYYY-MM-DD, e.g. \"2026-11-30\"."));
                    }

                    break;
                case "version" or "reviewedUntil":
                    problems.Add(Problem(JhaErrorCodes.JsonTypeMismatch, path, $"Found {Kind(reader.TokenType)}; expected a string."));
                    reader.Skip();
                    break;
                default:
                    problems.Add(Problem(JhaErrorCodes.UnknownMember, path, $"The dataset member has no member {JsonErrors.Quote(name)}; expected version and reviewedUntil."));
                    reader.Skip();
                    break;
            }
        }

        return true;
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "an object",
    };

    private static ExchangeProblem Problem(string code, string path, string message) =>
        new() { Code = code, Path = path, Message = message, Severity = ProblemSeverity.Error };

    [GeneratedRegex(@"^[0-9]{4}\.(0[1-9]|1[0-2])(\.[0-9]{1,4})?(\+[0-9a-z][0-9a-z.-]{0,31})?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
