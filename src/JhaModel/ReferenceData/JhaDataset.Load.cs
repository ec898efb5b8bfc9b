using System.Text.Json;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <content>Loading and layering.</content>
public sealed partial class JhaDataset
{
    private const string LocalSuffix = "+local";

    private const string ResourceName = "JhaModel.ReferenceData.jha-dataset.json";

    /// <summary>Reads a dataset from UTF-8 JSON: an exchange document, optionally led by a <c>dataset</c> member with its version and reviewed-until date.</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a leading byte-order mark is allowed).</param>
    /// <param name="options">The reader's limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>. Its <see cref="ExchangeReaderOptions.ReferenceData"/> is not used: a dataset stands alone.</param>
    /// <returns>The dataset, or every problem found; never throws for bad data.</returns>
    public static ReadResult<JhaDataset> Load(ReadOnlySpan<byte> utf8Json, ExchangeReaderOptions? options) => Empty.LayerCore(utf8Json.ToArray(), options, replacesBase: true);

    /// <summary>Reads a dataset from UTF-8 JSON with the default limits (see <see cref="Load(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a leading byte-order mark is allowed).</param>
    /// <returns>The dataset, or every problem found; never throws for bad data.</returns>
    public static ReadResult<JhaDataset> Load(ReadOnlySpan<byte> utf8Json) => Load(utf8Json, null);

    /// <summary>Reads a dataset from a stream of UTF-8 JSON (see <see cref="Load(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The reader's limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The dataset, or every problem found; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult<JhaDataset> Load(Stream utf8Json, ExchangeReaderOptions? options) => Empty.LayerCore(ReadAll(utf8Json, options), options, replacesBase: true);

    /// <summary>Reads a dataset from a stream of UTF-8 JSON with the default limits (see <see cref="Load(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <returns>The dataset, or every problem found; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult<JhaDataset> Load(Stream utf8Json) => Load(utf8Json, null);

    /// <summary>Reads a dataset from a file of UTF-8 JSON (see <see cref="Load(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The dataset, or every problem found; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ReadResult<JhaDataset> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, null);
    }

    /// <summary>
    /// Lays a document over this dataset, giving a new one (this one is unchanged). Each entry of the layer replaces,
    /// whole, the entry of the same identifier (an organisation's <c>id</c>, a country's <c>code</c>, an agreement's,
    /// a policy cycle's or a statistic's <c>id</c>; a ranking's reporting body, metric, population, period and
    /// publication date); an entry with a new identifier is added. The layer is validated against the dataset under
    /// it, so its references may name the base's entries; a layer that contradicts itself (the same identifier twice,
    /// events that the validators refuse together) or holds operational action plans is rejected with its problems.
    /// </summary>
    /// <param name="utf8Json">The layer: an exchange document, optionally led by a <c>dataset</c> member, which gives the result its version and reviewed-until date.</param>
    /// <param name="options">The reader's limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The layered dataset, or every problem of the layer; never throws for bad data.</returns>
    public ReadResult<JhaDataset> Layer(ReadOnlySpan<byte> utf8Json, ExchangeReaderOptions? options) => LayerCore(utf8Json.ToArray(), options, replacesBase: false);

    /// <summary>Lays a document over this dataset with the default limits (see <see cref="Layer(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="utf8Json">The layer.</param>
    /// <returns>The layered dataset, or every problem of the layer; never throws for bad data.</returns>
    public ReadResult<JhaDataset> Layer(ReadOnlySpan<byte> utf8Json) => Layer(utf8Json, null);

    /// <summary>Lays a document read from a stream over this dataset (see <see cref="Layer(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The reader's limits; <see cref="ExchangeReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The layered dataset, or every problem of the layer; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public ReadResult<JhaDataset> Layer(Stream utf8Json, ExchangeReaderOptions? options) => LayerCore(ReadAll(utf8Json, options), options, replacesBase: false);

    /// <summary>Lays a document read from a stream over this dataset with the default limits (see <see cref="Layer(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <returns>The layered dataset, or every problem of the layer; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public ReadResult<JhaDataset> Layer(Stream utf8Json) => Layer(utf8Json, null);

    /// <summary>Lays a document over this dataset (see <see cref="Layer(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>); the document is validated as if it were read.</summary>
    /// <param name="document">The layer.</param>
    /// <returns>The layered dataset, or every problem of the layer; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document holds a default (invalid) code or date, which has no JSON form.</exception>
    public ReadResult<JhaDataset> Layer(ExchangeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return LayerCore(JhaExchange.Write(document), null, replacesBase: false);
    }

    /// <summary>Lays a file over this dataset (see <see cref="Layer(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The layered dataset, or every problem of the layer; never throws for bad data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public ReadResult<JhaDataset> LayerFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Layer(stream, null);
    }

    private static byte[] ReadAll(Stream stream, ExchangeReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long limit = (options ?? ExchangeReaderOptions.Default).MaxDocumentBytes + 3;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                // The reader reports the size limit from what was read.
                break;
            }
        }

        return buffer.ToArray();
    }

    private ReadResult<JhaDataset> LayerCore(byte[] utf8, ExchangeReaderOptions? options, bool replacesBase)
    {
        options ??= ExchangeReaderOptions.Default;
        var header = DatasetHeader.Split(utf8, options.MaxDepth, out var document);
        var result = JhaExchange.Read(document, options with { ReferenceData = this });
        var problems = new List<ExchangeProblem>(header.Problems);
        problems.AddRange(result.Problems);
        if (result.Value is { } layer && layer.ActionPlans.Count > 0)
        {
            problems.Add(new ExchangeProblem
            {
                Code = JhaErrorCodes.DatasetHoldsActionPlans,
                Path = "$.actionPlans",
                Message = $"The document holds {layer.ActionPlans.Count} operational action plan{(layer.ActionPlans.Count == 1 ? string.Empty : "s")}; expected reference data only (action plans are read as documents, against a dataset).",
                Severity = ProblemSeverity.Error,
            });
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error) || result.Value is null)
        {
            return new ReadResult<JhaDataset>(null, problems);
        }

        string? version = header.Version ?? (replacesBase || Version is null ? null : Version.EndsWith(LocalSuffix, StringComparison.Ordinal) ? Version : Version + LocalSuffix);
        return new ReadResult<JhaDataset>(With(result.Value, version, header.ReviewedUntil ?? (replacesBase ? null : ReviewedUntil)), problems);
    }

    /// <summary>This dataset with the entries of <paramref name="layer"/>: each replaces the entry of its identifier, or is added.</summary>
    private JhaDataset With(ExchangeDocument layer, string? version, LocalDate? reviewedUntil)
    {
        bool empty = EmptyDataset.IsValueCreated && ReferenceEquals(this, EmptyDataset.Value);
        var statistics = new CaseStatisticSet
        {
            Statistics = Merge(Statistics.Statistics, layer.Statistics, s => s.Id),
            Rankings = Merge(Statistics.Rankings, layer.Rankings, r => (r.ReportingBody, r.Metric, r.Population, r.Period, r.Published)),
        };
        return new JhaDataset(
            version,
            reviewedUntil,
            empty ? layer.Producer : Producer,
            empty ? layer.GeneratedAt : GeneratedAt,
            Merge(Organisations.All, layer.Organisations, o => o.Id),
            Merge(Countries.Recorded, layer.Countries, c => c.Code),
            Merge(Agreements.All, layer.Agreements, a => a.Id),
            Merge(Empact.Cycles, layer.PolicyCycles, c => c.Id),
            () => statistics);
    }

    private static List<T> Merge<T, TKey>(IReadOnlyList<T> entries, IReadOnlyList<T> layer, Func<T, TKey> key)
        where TKey : notnull
    {
        if (entries.Count == 0)
        {
            // Nothing to replace: the layer's own entries, in its order (its duplicates are the validators' to report).
            return [.. layer];
        }

        var merged = new List<T>(entries);
        var positions = new Dictionary<TKey, int>();
        for (int i = 0; i < merged.Count; i++)
        {
            positions.TryAdd(key(merged[i]), i);
        }

        foreach (var entry in layer)
        {
            if (positions.TryGetValue(key(entry), out int at))
            {
                merged[at] = entry;
            }
            else
            {
                positions.Add(key(entry), merged.Count);
                merged.Add(entry);
            }
        }

        return merged;
    }

    /// <summary>
    /// The embedded dataset, built by the code the build compiled from the data file (<see cref="EmbeddedDataset"/>):
    /// the document over <see cref="Empty"/>, without building <see cref="Empty"/>, and the statistics on first use.
    /// Tests hold it equal to <see cref="LoadEmbeddedJson"/> and read the same bytes with
    /// <see cref="Load(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/> without a problem.
    /// </summary>
    private static JhaDataset LoadEmbedded()
    {
        var document = EmbeddedDataset.Document();
        return new JhaDataset(
            EmbeddedDataset.Version(),
            EmbeddedDataset.ReviewedUntil(),
            document.Producer,
            document.GeneratedAt,
            document.Organisations,
            document.Countries,
            document.Agreements,
            document.PolicyCycles,
            static () => new CaseStatisticSet { Statistics = EmbeddedDataset.Statistics(), Rankings = EmbeddedDataset.Rankings() });
    }

    /// <summary>
    /// The embedded data file deserialized by the serializer, without the validators (they consult the reference data
    /// themselves): what <see cref="LoadEmbedded"/> must equal.
    /// </summary>
    internal static JhaDataset LoadEmbeddedJson()
    {
        byte[] utf8 = EmbeddedBytes();
        var header = DatasetHeader.Split(utf8, ExchangeReaderOptions.Default.MaxDepth, out var body);
        if (header.Problems.Count > 0)
        {
            throw new InvalidOperationException($"The embedded dataset's header is invalid: {header.Problems[0]}");
        }

        var document = JhaModelJson.Deserialize<ExchangeDocument>(body);
        return Empty.With(document, header.Version, header.ReviewedUntil);
    }

    /// <summary>The embedded data file, as the package carries it.</summary>
    internal static byte[] EmbeddedBytes()
    {
        using var stream = typeof(JhaDataset).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded dataset '{ResourceName}' is missing from the assembly.");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
