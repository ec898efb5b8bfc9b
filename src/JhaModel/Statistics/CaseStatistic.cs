using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Statistics;

/// <summary>
/// One published count of casework: what is counted (<see cref="Metric"/>), by whom (<see cref="ReportingBody"/>),
/// about which countries (<see cref="Scope"/>), over which days (<see cref="Period"/>), the count itself
/// (<see cref="Value"/>), and where it comes from.
/// </summary>
/// <remarks>
/// <para>
/// "Eurojust registered 110 cases involving Western Balkan countries between January and September 2020" is the
/// metric <c>registered-cases-involving</c>, the reporting body <c>eurojust</c>, the scope <c>wb6</c>, the period
/// 2020-01-01 to 2020-09-30 and the value 110. Whether the period is a partial year is derived from its dates
/// (<see cref="PeriodKind"/>, <see cref="IsPartialYear"/>), never stored.
/// </para>
/// <para>
/// Compare statistics with <see cref="StatisticComparison.Compare"/>, which refuses unlike ones; hold them in a
/// <see cref="CaseStatisticSet"/>; validate them with <see cref="CaseStatisticValidator"/>. The embedded figures are in
/// <see cref="CaseStatisticRegistry"/>.
/// </para>
/// </remarks>
public sealed record CaseStatistic : ISourcedFact
{
    /// <summary>The identifier, unique within a set.</summary>
    public required CaseStatisticId Id { get; init; }

    /// <summary>What is counted.</summary>
    public required StatisticMetric Metric { get; init; }

    /// <summary>The metric in the source's own words, e.g. <c>Cases involving Western Balkan countries registered</c>, when recorded.</summary>
    public string? MetricWording { get; init; }

    /// <summary>The organisation that reports the count, e.g. <see cref="OrganisationId.Eurojust"/>.</summary>
    public required OrganisationId ReportingBody { get; init; }

    /// <summary>The countries the count is about, resolved as of the last day of <see cref="Period"/>.</summary>
    public required StatisticScope Scope { get; init; }

    /// <summary>The days the count covers, both inclusive: a year, a quarter, a month or any range.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>The count; never negative.</summary>
    public required long Value { get; init; }

    /// <summary>The statistic of the same metric, scope and reporting body that this one revises (replaces), if any.</summary>
    public CaseStatisticId? Revises { get; init; }

    /// <summary>The day the count was published, when known; not before the end of <see cref="Period"/>.</summary>
    public LocalDate? Published { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <summary>What kind of period the statistic covers, derived from <see cref="Period"/>.</summary>
    /// <returns>The kind, e.g. <see cref="StatisticPeriodKind.PartOfYear"/> for January to September.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Period"/> is <see langword="null"/>.</exception>
    public StatisticPeriodKind PeriodKind() => StatisticPeriods.KindOf(RequirePeriod());

    /// <summary>Whether the statistic covers part of one calendar year, derived from <see cref="Period"/>.</summary>
    /// <returns><see langword="true"/> for a quarter, a month or another range within one year.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Period"/> is <see langword="null"/>.</exception>
    public bool IsPartialYear() => StatisticPeriods.IsPartialYear(RequirePeriod());

    /// <summary>The count as a rate per year on <paramref name="basis"/>.</summary>
    /// <param name="basis">The basis: months or days.</param>
    /// <returns>The rate, with its basis stated; a whole calendar year gives its own <see cref="Value"/>.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Period"/> is <see langword="null"/> or <see cref="Value"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public AnnualisedRate Annualise(AnnualisationBasis basis) => Value < 0
        ? throw new InvalidOperationException($"The statistic '{Id}' has the negative value {Value}; a count is never negative.")
        : AnnualisedRate.Of(Value, RequirePeriod(), basis);

    /// <summary>The countries of <see cref="Scope"/> as of the last day of <see cref="Period"/>.</summary>
    /// <returns>The countries, in alpha-2 order.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Scope"/> or <see cref="Period"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<CountryCode> ScopeCountries() =>
        (Scope ?? throw new InvalidOperationException($"The statistic '{Id}' has no scope.")).CountriesOn(RequirePeriod().End);

    private DateInterval RequirePeriod() => Period ?? throw new InvalidOperationException($"The statistic '{Id}' has no period.");
}
