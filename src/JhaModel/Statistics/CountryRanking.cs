using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Statistics;

/// <summary>
/// A sourced statement ranking countries by a metric: "Serbia, Albania and North Macedonia are among the ten third
/// States most involved in Eurojust casework" (positions unknown), or "the United Kingdom most (275), followed by
/// Switzerland, Albania, Serbia and Ukraine" (positions known).
/// </summary>
/// <remarks>
/// A ranking records what the source says and no more: an entry has an exact <see cref="RankingEntry.Rank"/> only when
/// the source gives the order, otherwise only <see cref="RankingEntry.Within"/>. Entries with ranks are listed by rank.
/// Rankings computed from counts come from <see cref="CaseStatisticSet.RankCountries"/>.
/// </remarks>
public sealed record CountryRanking : ISourcedFact
{
    private readonly ValueList<RankingEntry> _entries = ValueList<RankingEntry>.Empty;

    /// <summary>What the countries are ranked by.</summary>
    public required StatisticMetric Metric { get; init; }

    /// <summary>The ranking in the source's own words, when recorded.</summary>
    public string? MetricWording { get; init; }

    /// <summary>The organisation whose casework is ranked, e.g. <see cref="OrganisationId.Eurojust"/>.</summary>
    public required OrganisationId ReportingBody { get; init; }

    /// <summary>
    /// The countries ranked among, e.g. <see cref="StatisticScope.ThirdCountries"/>: every ranked country belongs to it as of
    /// <see cref="AsOf"/>. The source's wording may narrow it further (e.g. to countries with a liaison prosecutor).
    /// </summary>
    public required StatisticScope Population { get; init; }

    /// <summary>The period ranked, when the source names one.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>The day the ranking was published, when known; not before the end of <see cref="Period"/>.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>The ranked countries: those with a rank first, by rank; then those known only to be within a top group.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyList<RankingEntry> Entries
    {
        get => _entries;
        init => _entries = ValueList<RankingEntry>.From(value);
    }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <summary>The day the ranking speaks as of: the last day of <see cref="Period"/>, else <see cref="Published"/>.</summary>
    /// <returns>The day, or <see langword="null"/> when neither is known.</returns>
    public LocalDate? AsOf() => Period?.End ?? Published;

    /// <summary>The entry of a country, if the ranking names it.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public RankingEntry? EntryOf(CountryCode country) => _entries.FirstOrDefault(e => e is not null && e.Country == country);
}
