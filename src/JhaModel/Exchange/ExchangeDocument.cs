using JhaModel.Agreements;
using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Exchange;

/// <summary>
/// The exchange document: an envelope (format version, producer, generation time, dataset as-of date) around
/// collections of organisations, countries, agreements, EMPACT and statistics records. Read it with
/// <see cref="JhaExchange.Read(ReadOnlySpan{byte})"/>, which reports every problem; write
/// it with <see cref="JhaExchange.Write(ExchangeDocument, bool)"/>, which is deterministic.
/// </summary>
/// <remarks>The normative specification is <c>docs/exchange-format.md</c>.</remarks>
public sealed record ExchangeDocument
{
    private readonly ValueList<Organisation> _organisations = ValueList<Organisation>.Empty;
    private readonly ValueList<Country> _countries = ValueList<Country>.Empty;
    private readonly ValueList<Agreement> _agreements = ValueList<Agreement>.Empty;
    private readonly ValueList<PolicyCycle> _policyCycles = ValueList<PolicyCycle>.Empty;
    private readonly ValueList<OperationalActionPlan> _actionPlans = ValueList<OperationalActionPlan>.Empty;
    private readonly ValueList<CaseStatistic> _statistics = ValueList<CaseStatistic>.Empty;
    private readonly ValueList<CountryRanking> _rankings = ValueList<CountryRanking>.Empty;

    /// <summary>The format version this library writes: <c>1.0</c>.</summary>
    public const string CurrentFormatVersion = "1.0";

    /// <summary>The format version the document follows, <c>MAJOR.MINOR</c>; this reader reads <c>1.x</c>.</summary>
    public required string FormatVersion { get; init; }

    /// <summary>The system or organisation that produced the document.</summary>
    public required string Producer { get; init; }

    /// <summary>When the document was generated.</summary>
    public required Instant GeneratedAt { get; init; }

    /// <summary>The date the data speak as of, when the producer states one.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Organisations, in addition to the embedded ones (or restating them).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<Organisation> Organisations
    {
        get => _organisations;
        init => _organisations = ValueList<Organisation>.From(value);
    }

    /// <summary>Country entries that add to or override the embedded ones (e.g. an EU relationship the dataset does not record).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<Country> Countries
    {
        get => _countries;
        init => _countries = ValueList<Country>.From(value);
    }

    /// <summary>Agreements.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<Agreement> Agreements
    {
        get => _agreements;
        init => _agreements = ValueList<Agreement>.From(value);
    }

    /// <summary>EMPACT policy cycles, each with its crime priorities (in addition to, or restating, the embedded ones).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<PolicyCycle> PolicyCycles
    {
        get => _policyCycles;
        init => _policyCycles = ValueList<PolicyCycle>.From(value);
    }

    /// <summary>EMPACT operational action plans, each with its operational actions.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<OperationalActionPlan> ActionPlans
    {
        get => _actionPlans;
        init => _actionPlans = ValueList<OperationalActionPlan>.From(value);
    }

    /// <summary>Case statistics; together they form one <see cref="CaseStatisticSet"/> (see <see cref="ToStatisticSet"/>).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<CaseStatistic> Statistics
    {
        get => _statistics;
        init => _statistics = ValueList<CaseStatistic>.From(value);
    }

    /// <summary>Rankings of countries stated by a source (e.g. the third states most involved in Eurojust's casework).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<CountryRanking> Rankings
    {
        get => _rankings;
        init => _rankings = ValueList<CountryRanking>.From(value);
    }

    /// <summary>The document's statistics and rankings as one set, for its queries and comparisons.</summary>
    /// <returns>The set.</returns>
    public CaseStatisticSet ToStatisticSet() => new() { Statistics = _statistics, Rankings = _rankings };
}
