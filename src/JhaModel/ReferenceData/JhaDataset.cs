using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <summary>
/// One version of the reference data: organisations, countries (names over time, designations, EU relationship,
/// Schengen), groupings, agreements, EMPACT cycles, statistics and rankings, each fact with its source and
/// confidence; versioned apart from the package (<see cref="Version"/>, <see cref="ReviewedUntil"/>).
/// <see cref="Default"/> is the dataset embedded in the package; <see cref="Load(ReadOnlySpan{byte}, Exchange.ExchangeReaderOptions?)"/> reads
/// another, and <see cref="Layer(ReadOnlySpan{byte}, Exchange.ExchangeReaderOptions?)"/> lays a user's document over one. The static registries
/// (<see cref="CountryRegistry"/>, <see cref="AgreementRegistry"/> and the others) are shorthand for
/// <see cref="Default"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: any number of datasets live side by side in one process and answer independently.
/// The format is described in <c>docs/dataset.md</c>.
/// </remarks>
public sealed partial class JhaDataset
{
    private const string DefaultProducer = "JhaModel reference dataset";

    private static readonly Lazy<JhaDataset> Embedded = new(LoadEmbedded);

    private static readonly Lazy<JhaDataset> EmptyDataset = new(() => new(null, null, DefaultProducer, Instant.FromUnixTimeSeconds(0), [], [], [], [], static () => CaseStatisticSet.Empty));

    private readonly Lazy<ISourcedFact[]> _facts;

    private readonly Lazy<CountryGroupingCatalogue> _groupings;

    private readonly Lazy<CaseStatisticSet> _statistics;

    private JhaDataset(
        string? version,
        LocalDate? reviewedUntil,
        string producer,
        Instant generatedAt,
        IEnumerable<Organisation> organisations,
        IEnumerable<Country> countries,
        IEnumerable<Agreement> agreements,
        IEnumerable<PolicyCycle> cycles,
        Func<CaseStatisticSet> statistics)
    {
        Version = version;
        ReviewedUntil = reviewedUntil;
        Producer = producer;
        GeneratedAt = generatedAt;
        Organisations = new OrganisationCatalogue(organisations);
        Countries = new CountryCatalogue(countries);
        Agreements = new AgreementCatalogue(agreements, Organisations);
        Empact = new EmpactCatalogue(cycles);

        // Built on first use: a process that asks only for statuses never builds the groupings or the statistics.
        _groupings = new Lazy<CountryGroupingCatalogue>(() => new CountryGroupingCatalogue(Countries));
        _statistics = new Lazy<CaseStatisticSet>(statistics);
        _facts = new Lazy<ISourcedFact[]>(CollectFacts);
    }

    /// <summary>The dataset embedded in the package, loaded once, on first use.</summary>
    public static JhaDataset Default => Embedded.Value;

    /// <summary>A dataset without facts: the bare ISO 3166-1 countries and Kosovo, no organisations, agreements, cycles or statistics. <see cref="Load(ReadOnlySpan{byte}, Exchange.ExchangeReaderOptions?)"/> lays a document over it.</summary>
    public static JhaDataset Empty => EmptyDataset.Value;

    /// <summary>
    /// The version of the data, independent of the package version: <c>YYYY.MM</c> or <c>YYYY.MM.N</c> (e.g.
    /// <c>2026.12</c>); <see langword="null"/> when the document it was read from states none. A layer that states no
    /// version gives the base's version followed by <c>+local</c>.
    /// </summary>
    public string? Version { get; }

    /// <summary>The date up to which the data were reviewed against their sources; <see langword="null"/> when not stated.</summary>
    public LocalDate? ReviewedUntil { get; }

    /// <summary>The producer of the document the dataset was read from, e.g. <c>JhaModel reference dataset</c>.</summary>
    public string Producer { get; }

    /// <summary>When the document the dataset was read from was generated.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>The organisations.</summary>
    public OrganisationCatalogue Organisations { get; }

    /// <summary>The countries: every ISO 3166-1 entry and Kosovo, with the history the dataset records.</summary>
    public CountryCatalogue Countries { get; }

    /// <summary>The country groupings, resolved against <see cref="Countries"/>.</summary>
    public CountryGroupingCatalogue Groupings => _groupings.Value;

    /// <summary>The agreements.</summary>
    public AgreementCatalogue Agreements { get; }

    /// <summary>The EMPACT policy cycles and their priorities.</summary>
    public EmpactCatalogue Empact { get; }

    /// <summary>The case statistics and rankings.</summary>
    public CaseStatisticSet Statistics => _statistics.Value;

    /// <summary>Every sourced fact of the dataset (establishments, former names, footnotes, EU relationship events, agreement and party events, statements, ineligible parties, cycles and their parts, statistics, rankings), in the order of the dataset.</summary>
    public IReadOnlyList<ISourcedFact> Facts => _facts.Value;

    /// <summary>The distinct sources of <see cref="Facts"/>, in ordinal order of their titles.</summary>
    public IReadOnlyList<Source> Sources => [.. _facts.Value.Select(f => f.Source).Distinct().OrderBy(s => s.Title, StringComparer.Ordinal).ThenBy(s => s.Url, StringComparer.Ordinal)];

    /// <summary>
    /// The dataset as an exchange document: the organisations, the countries whose history the dataset records, the
    /// agreements, the EMPACT cycles, the statistics and the rankings, each with its sources.
    /// </summary>
    /// <param name="generatedAt">The generation time to record (the library has no clock).</param>
    /// <returns>A valid document in the current format version, without the dataset's version (an exchange document has no place for it; see <see cref="Write"/>).</returns>
    public ExchangeDocument ToDocument(Instant generatedAt) => new()
    {
        FormatVersion = ExchangeDocument.CurrentFormatVersion,
        Producer = Producer,
        GeneratedAt = generatedAt,
        Organisations = Organisations.All,
        Countries = Countries.Recorded,
        Agreements = Agreements.All,
        PolicyCycles = Empact.Cycles,
        Statistics = Statistics.Statistics,
        Rankings = Statistics.Rankings,
    };

    /// <summary>
    /// Writes the dataset in the dataset format: the <c>dataset</c> member (version and reviewed-until date) followed
    /// by the exchange document's members, indented with two spaces and <c>\n</c> line ends, ending with a line end.
    /// </summary>
    /// <returns>The UTF-8 bytes; equal datasets give identical bytes, and the embedded data file is exactly this form.</returns>
    public byte[] Write() => DatasetHeader.Prepend(Version, ReviewedUntil, JhaExchange.Write(ToDocument(GeneratedAt), indented: true));

    /// <summary>The version and the counts.</summary>
    /// <returns>For example <c>JhaModel reference dataset 2026.12 (reviewed until 2026-11-30)</c>.</returns>
    public override string ToString() =>
        $"{Producer} {Version ?? "(unversioned)"}{(ReviewedUntil is { } reviewed ? $" (reviewed until {reviewed:yyyy-MM-dd})" : string.Empty)}";

    private ISourcedFact[] CollectFacts()
    {
        var facts = new List<ISourcedFact>();
        foreach (var country in Countries.All)
        {
            if (country.Established is { } established)
            {
                facts.Add(established);
            }

            facts.AddRange(country.FormerNames);
            facts.AddRange(country.Designation?.Footnotes ?? []);
            facts.AddRange(country.EuRelationship.Events);
        }

        foreach (var agreement in Agreements.All)
        {
            facts.AddRange(agreement.Events);
            facts.AddRange(agreement.PartyEvents);
            facts.AddRange(agreement.Statements);
            facts.AddRange(agreement.IneligibleParties);
        }

        foreach (var cycle in Empact.Cycles)
        {
            facts.Add(cycle);
            facts.Add(cycle.ThreatAssessment);

            foreach (var priority in cycle.Priorities)
            {
                facts.Add(priority);
                facts.AddRange(priority.Predecessors);
            }

            facts.AddRange(cycle.Results);
        }

        facts.AddRange(Statistics.Statistics);
        facts.AddRange(Statistics.Rankings);
        return [.. facts];
    }
}
