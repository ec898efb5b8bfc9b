using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.ReferenceData;
using JhaModel.Serialization;
using JhaModel.Statistics;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>
/// Reads and writes exchange documents. Reading reports every problem the data allow — syntax, types, unknown
/// members, duplicate keys, missing required members, nulls, then model validation, then the document checks —
/// and never throws for bad input. Writing is deterministic: equal documents give identical bytes.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static partial class JhaExchange
{
    private static readonly JsonSerializerOptions Lenient = CreateLenientOptions();

    /// <summary>Reads a document from UTF-8 JSON with the default limits.</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a leading byte-order mark is allowed).</param>
    /// <returns>The document, or every problem found.</returns>
    public static ReadResult<ExchangeDocument> Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a document from JSON text with the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<ExchangeDocument> Read(string json) => Read(json, null);

    /// <summary>Reads a document from a stream of UTF-8 JSON with the default limits.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult<ExchangeDocument> Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a leading byte-order mark is allowed).</param>
    /// <param name="options">The limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    public static ReadResult<ExchangeDocument> Read(ReadOnlySpan<byte> utf8Json, ExchangeReaderOptions? options) =>
        ReadCore(utf8Json.ToArray(), options ?? ExchangeReaderOptions.Default);

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<ExchangeDocument> Read(string json, ExchangeReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= ExchangeReaderOptions.Default;
        if (JsonInputReader.CheckUtf16(json, new ProblemList(options.MaxProblems)) is { } invalid)
        {
            return new ReadResult<ExchangeDocument>(null, invalid);
        }

        return ReadCore(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON, up to <see cref="ExchangeReaderOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">
    /// The stream; it is read to its end (or one byte past the size limit) and not closed. A seekable stream whose
    /// remaining length is over the limit is refused without being read.
    /// </param>
    /// <param name="options">The limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult<ExchangeDocument> Read(Stream utf8Json, ExchangeReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ExchangeReaderOptions.Default;
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position is var remaining and > 0 && remaining > options.MaxDocumentBytes + JsonInputReader.Utf8BomLength)
        {
            // Refused from its length, before a byte is read.
            var tooLarge = new ProblemList(1);
            JsonInputReader.AddTooLarge(remaining, lengthIsKnown: true, options, 1, tooLarge);
            return new ReadResult<ExchangeDocument>(null, tooLarge.ToList());
        }

        return ReadCore(ReadBounded(utf8Json, options.MaxDocumentBytes + JsonInputReader.Utf8BomLength, options, out bool complete), options, lengthIsKnown: complete);
    }

    /// <summary>Writes a document as UTF-8 JSON: members in declaration order, ISO 8601 dates, absent optional members omitted.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends); compact by default.</param>
    /// <returns>The UTF-8 bytes; equal documents give identical bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document holds a default (invalid) code or date, which has no JSON form.</exception>
    public static byte[] Write(ExchangeDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JhaModelJson.SerializeToUtf8Bytes(document, indented);
    }

    /// <summary>
    /// The embedded reference dataset as an exchange document: the organisations, the countries whose history the
    /// dataset records (former names, designation, EU relationship), the agreements, the EMPACT cycles and the case statistics, each with its sources.
    /// </summary>
    /// <param name="generatedAt">The generation time to record (the library has no clock).</param>
    /// <returns>A valid document in the current format version.</returns>
    public static ExchangeDocument ReferenceDataset(NodaTime.Instant generatedAt) => JhaDataset.Default.ToDocument(generatedAt);

    private static ReadResult<ExchangeDocument> ReadCore(byte[] utf8, ExchangeReaderOptions options, bool lengthIsKnown = true)
    {
        var problems = new ProblemList(options.MaxProblems);
        if (JsonInputReader.Check(utf8, options, 1, problems, out bool withinValueLimits, lengthIsKnown) is not { } input)
        {
            return new ReadResult<ExchangeDocument>(null, problems.ToList());
        }

        // The fast path: strict source-generated deserialization and the rules' fast paths. Only when something is
        // wrong does the reader build the document tree again and look for every problem, with its path.
        if (withinValueLimits && TryReadFast(input, options.ReferenceData, out var fast))
        {
            return new ReadResult<ExchangeDocument>(fast, []);
        }

        using var json = JsonInputReader.ParseChecked(input, options, 1, problems);
        if (json is null)
        {
            return new ReadResult<ExchangeDocument>(null, problems.ToList());
        }

        var root = json.RootElement;
        if (!CheckVersion(root, problems, out bool newerMinor))
        {
            return new ReadResult<ExchangeDocument>(null, problems.ToList(JsonInputReader.InStageOrder));
        }

        var typeInfo = JhaModelJson.GetTypeInfo<ExchangeDocument>();
        JsonInputReader.CheckShape(root, typeInfo, "$", options, problems, unknownMembersAreWarnings: newerMinor);
        if (problems.HasErrors)
        {
            return new ReadResult<ExchangeDocument>(null, problems.ToList(JsonInputReader.InStageOrder));
        }

        var document = JsonInputReader.Deserialize(root, newerMinor ? (JsonTypeInfo<ExchangeDocument>)Lenient.GetTypeInfo(typeof(ExchangeDocument)) : typeInfo, "$", problems);
        if (document is null)
        {
            return new ReadResult<ExchangeDocument>(null, problems.ToList(JsonInputReader.InStageOrder));
        }

        var structural = problems.ToList(JsonInputReader.InStageOrder);
        var later = new ProblemList(Math.Max(1, options.MaxProblems - structural.Count));
        Validate(document, root, later, options.ReferenceData);
        ExchangeDocumentChecks.Run(document, root, later, options.ReferenceData);

        return new ReadResult<ExchangeDocument>(document, [.. structural, .. later.ToList()]);
    }

    private static bool TryReadFast(ReadOnlyMemory<byte> input, JhaDataset? reference, out ExchangeDocument? document)
    {
        document = null;
        try
        {
            document = JsonSerializer.Deserialize(input.Span, JhaModelJson.GetTypeInfo<ExchangeDocument>());
        }
        catch (JsonException)
        {
            return false;
        }

        if (document is null || document.FormatVersion != ExchangeDocument.CurrentFormatVersion || !IsValidFast(document, reference))
        {
            return false;
        }

        var checks = new ProblemList(1);
        ExchangeDocumentChecks.Run(document, default, checks, reference);
        return checks.Count == 0;
    }

    private static bool IsValidFast(ExchangeDocument document, JhaDataset? reference)
    {
        if (!JhaValidation.IsValid(document) || !All(document.Organisations) || !All(document.Countries) || !All(document.PolicyCycles))
        {
            return false;
        }

        var plans = document.ActionPlans;
        for (int i = 0; i < plans.Count; i++)
        {
            if (plans[i] is not { } plan || !(reference is null ? JhaValidation.IsValid(plan) : EmpactRules.IsValid(plan, reference)))
            {
                return false;
            }
        }

        var agreements = document.Agreements;
        for (int i = 0; i < agreements.Count; i++)
        {
            // A parent that only the document holds needs the document's resolver: the detailed path handles it.
            if (agreements[i] is not { } agreement || !(reference is null ? AgreementRules.IsValid(agreement) : AgreementRules.IsValid(agreement, reference.Agreements.Resolve)))
            {
                return false;
            }
        }

        return (document.Statistics.Count == 0 && document.Rankings.Count == 0)
            || (All(document.Statistics) && All(document.Rankings) && StatisticsRules.IsValid(document.ToStatisticSet(), reference));

        static bool All<T>(IReadOnlyList<T> items)
            where T : class
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not { } item || !JhaValidation.IsValid(item))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static void Validate(ExchangeDocument document, JsonElement root, ProblemList problems, JhaDataset? reference)
    {
        ValidationProblems.Add(JhaValidation.ValidatorFor<ExchangeDocument>(), JhaValidation.IsValid, document, "$", root, problems);
        ValidateEach(document.Organisations, "organisations", root, problems);
        ValidateEach(document.Countries, "countries", root, problems);
        if (reference is not null || document.Agreements.Any(a => a.Parent is not null && !a.Parent.Value.IsDefault && !AgreementRegistry.TryGet(a.Parent.Value, out _)))
        {
            // Parents that only the document holds, or a dataset other than the embedded one: validate against the
            // document's agreements as well as the reference data's.
            var inDocument = document.Agreements.Where(a => !a.Id.IsDefault).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
            Agreement? Resolve(AgreementId id) => inDocument.GetValueOrDefault(id) ?? (reference is null ? AgreementRules.ResolveEmbedded(id) : reference.Agreements.Resolve(id));
            var validator = new AgreementValidator(Resolve);
            var elements = Elements(root, "agreements");
            for (int i = 0; i < document.Agreements.Count; i++)
            {
                ValidationProblems.Add(validator, a => AgreementRules.IsValid(a, Resolve), document.Agreements[i], $"$.agreements[{i}]", i < elements.Length ? elements[i] : default, problems);
            }
        }
        else
        {
            ValidateEach(document.Agreements, "agreements", root, problems);
        }

        ValidateEach(document.PolicyCycles, "policyCycles", root, problems);
        if (reference is null)
        {
            ValidateEach(document.ActionPlans, "actionPlans", root, problems);
        }
        else
        {
            // Who may lead an action: the member states and agencies of the dataset the document is read against.
            var validator = new OperationalActionPlanValidator(ActionLeadership.MemberStatesAndAgencies, reference);
            var elements = Elements(root, "actionPlans");
            for (int i = 0; i < document.ActionPlans.Count; i++)
            {
                ValidationProblems.Add(validator, p => EmpactRules.IsValid(p, reference), document.ActionPlans[i], $"$.actionPlans[{i}]", i < elements.Length ? elements[i] : default, problems);
            }
        }
        // Scopes and populations resolve against the groupings of the dataset the document is read against.
        ValidationProblems.Add(
            reference is null ? CaseStatisticSetValidator.Instance : new CaseStatisticSetValidator(reference),
            set => StatisticsRules.IsValid(set, reference),
            document.ToStatisticSet(),
            "$",
            root,
            problems);
    }

    private static void ValidateEach<T>(IReadOnlyList<T> items, string collection, JsonElement root, ProblemList problems)
        where T : class
    {
        var validator = JhaValidation.ValidatorFor<T>();
        Func<T, bool> fast = JhaValidation.IsValid;
        var elements = Elements(root, collection);
        for (int i = 0; i < items.Count; i++)
        {
            var element = i < elements.Length ? elements[i] : default;
            ValidationProblems.Add(validator, fast, items[i], $"$.{collection}[{i}]", element, problems);
        }
    }

    /// <summary>
    /// The elements of a collection of the input, enumerated once: indexing a JSON array of objects walks it from its
    /// start, so indexing each element in turn would take time quadratic in the length of the collection.
    /// </summary>
    private static JsonElement[] Elements(JsonElement root, string collection) =>
        root.TryGetProperty(collection, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static bool CheckVersion(JsonElement root, ProblemList problems, out bool newerMinor)
    {
        newerMinor = false;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("formatVersion", out var version) || version.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var match = VersionPattern().Match(version.GetString()!);
        if (!match.Success || match.Groups[1].Value != "1")
        {
            problems.Add(JhaErrorCodes.FormatVersionUnsupported, "$.formatVersion", $"Found the format version {JsonErrors.Quote(version.GetString())}; expected 1.x (this reader reads 1.0 and, with warnings for members it does not know, later 1.x versions).");
            return false;
        }

        newerMinor = int.TryParse(match.Groups[2].ValueSpan, out int minor) && minor > 0;
        return true;
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or one chunk past <paramref name="limit"/>, or to the chunk in which
    /// the JSON shows a syntax error or passes the depth limit: what follows a refused prefix is never read, and the
    /// reading of the prefix reports the same problem the whole input would.
    /// </summary>
    private static byte[] ReadBounded(Stream stream, long limit, ExchangeReaderOptions options, out bool complete)
    {
        complete = false;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        var state = JsonInputReader.ReaderState(options);
        int scanned = 0;
        long nextScan = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return buffer.ToArray();
            }

            if (buffer.Length >= nextScan)
            {
                int before = scanned;
                if (!ScanFurther(buffer, ref state, ref scanned))
                {
                    return buffer.ToArray();
                }

                // A token longer than what was read (a long string) is scanned again only once the input has
                // doubled, so the scanning stays linear in the input.
                nextScan = scanned > before ? 0 : buffer.Length * 2;
            }
        }

        complete = true;
        return buffer.ToArray();
    }

    /// <summary>Scans the tokens that the bytes read so far complete; false at a syntax error or past the depth limit.</summary>
    private static bool ScanFurther(MemoryStream buffer, ref JsonReaderState state, ref int scanned)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (scanned == 0 && bytes.Length < JsonInputReader.Utf8BomLength)
        {
            return true;
        }

        if (scanned == 0 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            scanned = JsonInputReader.Utf8BomLength;
        }

        if (!JsonInputReader.ScanPrefix(bytes[scanned..], state, out int consumed, out state))
        {
            return false;
        }

        scanned += consumed;
        return true;
    }

    private static JsonSerializerOptions CreateLenientOptions()
    {
        var options = new JsonSerializerOptions(JhaModelJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };
        options.MakeReadOnly();
        return options;
    }

    [GeneratedRegex(@"^([0-9]{1,3})\.([0-9]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
