using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Statistics;

/// <summary>
/// A set of case statistics and country rankings, with the queries over them: filters by metric, scope, reporting
/// body and period; the current figures (revisions applied); totals over disjoint periods; comparisons; and rankings
/// of countries computed from the counts.
/// </summary>
/// <remarks>
/// <para>
/// A valid set (<see cref="CaseStatisticSetValidator"/>) holds each identifier once and no two statistics of the same
/// metric, scope and reporting body whose periods overlap, unless one declares that it revises the other.
/// </para>
/// <para>
/// Filters return a new set and keep the order. Totals and computed rankings use checked 64-bit arithmetic and refuse
/// to add up unlike statistics, naming the difference.
/// </para>
/// </remarks>
public sealed record CaseStatisticSet
{
    private readonly ValueList<CaseStatistic> _statistics = ValueList<CaseStatistic>.Empty;
    private readonly ValueList<CountryRanking> _rankings = ValueList<CountryRanking>.Empty;

    /// <summary>The empty set.</summary>
    public static CaseStatisticSet Empty { get; } = new();

    /// <summary>The statistics, in the order given.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyList<CaseStatistic> Statistics
    {
        get => _statistics;
        init => _statistics = ValueList<CaseStatistic>.From(value);
    }

    /// <summary>The stated rankings of countries, in the order given.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyList<CountryRanking> Rankings
    {
        get => _rankings;
        init => _rankings = ValueList<CountryRanking>.From(value);
    }

    /// <summary>Finds a statistic by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The first statistic with that identifier, or <see langword="null"/>.</returns>
    public CaseStatistic? Find(CaseStatisticId id) => _statistics.FirstOrDefault(s => s is not null && s.Id == id);

    /// <summary>Gets a statistic by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The statistic.</returns>
    /// <exception cref="KeyNotFoundException">No statistic has that identifier.</exception>
    public CaseStatistic Get(CaseStatisticId id) =>
        Find(id) ?? throw new KeyNotFoundException($"No statistic in the set has the identifier '{id}'.");

    /// <summary>The statistics and rankings of one metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>A new set.</returns>
    public CaseStatisticSet ForMetric(StatisticMetric metric) =>
        Filter(s => s.Metric == metric, r => r.Metric == metric);

    /// <summary>The statistics and rankings of one reporting body.</summary>
    /// <param name="reportingBody">The reporting body.</param>
    /// <returns>A new set.</returns>
    public CaseStatisticSet ForReportingBody(OrganisationId reportingBody) =>
        Filter(s => s.ReportingBody == reportingBody, r => r.ReportingBody == reportingBody);

    /// <summary>
    /// The statistics whose scope names the same countries as <paramref name="scope"/>, each resolved as of the last day
    /// of the statistic's period (so <c>wb6</c> and the set of its six countries match), and the rankings among them.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    public CaseStatisticSet ForScope(StatisticScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Filter(
            s => s.Scope is not null && s.Period is not null && StatisticDifference.SameScope(s.Scope, s.Period.End, scope, s.Period.End),
            r => r.Population is not null && (r.AsOf() is { } asOf ? StatisticDifference.SameScope(r.Population, asOf, scope, asOf) : r.Population == scope));
    }

    /// <summary>The statistics and rankings whose period lies within <paramref name="period"/> (a ranking without a period: whose publication day does).</summary>
    /// <param name="period">The period.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public CaseStatisticSet Within(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Filter(
            s => s.Period is not null && period.Contains(s.Period.Start) && period.Contains(s.Period.End),
            r => r.Period is { } p ? period.Contains(p.Start) && period.Contains(p.End) : r.Published is { } d && period.Contains(d));
    }

    /// <summary>The statistics that no other statistic of the set revises (the current figures), and every ranking.</summary>
    /// <returns>A new set.</returns>
    public CaseStatisticSet Current()
    {
        var revised = _statistics.Where(s => s?.Revises is not null).Select(s => s.Revises!.Value).ToHashSet();
        return Filter(s => !revised.Contains(s.Id), _ => true);
    }

    /// <summary>Adds up the values of the statistics, which must be alike and cover disjoint periods.</summary>
    /// <param name="allowDifferent">
    /// The dimensions allowed to differ, e.g. <see cref="StatisticDimension.Scope"/> to add up figures for a grouping
    /// whose members changed between the periods; none by default.
    /// </param>
    /// <returns>The total; 0 for an empty set.</returns>
    /// <exception cref="InvalidOperationException">
    /// Two statistics differ in a dimension not allowed, or their periods overlap; the message names them.
    /// </exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="long.MaxValue"/>.</exception>
    public long Total(params ReadOnlySpan<StatisticDimension> allowDifferent)
    {
        var statistics = RequireAlike("add up", allowDifferent.ToArray());
        var byStart = statistics.OrderBy(s => s.Period.Start).ToArray();
        for (int i = 1; i < byStart.Length; i++)
        {
            if (byStart[i].Period.Start <= byStart[i - 1].Period.End)
            {
                throw new InvalidOperationException(
                    $"Refused to add up '{byStart[i - 1].Id}' and '{byStart[i].Id}': their periods {byStart[i - 1].Period} and {byStart[i].Period} overlap; expected disjoint periods (use Current() to drop revised figures).");
            }
        }

        long total = 0;
        foreach (var statistic in statistics)
        {
            total = checked(total + statistic.Value);
        }

        return total;
    }

    /// <summary>Compares two statistics of the set by identifier; see <see cref="StatisticComparison.Compare"/>.</summary>
    /// <param name="baseline">The identifier of the statistic compared against.</param>
    /// <param name="subject">The identifier of the statistic compared.</param>
    /// <param name="allowDifferent">The dimensions allowed to differ; none by default.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="KeyNotFoundException">An identifier names no statistic of the set.</exception>
    /// <exception cref="ArgumentException">The statistics differ in a dimension not allowed; the message names each difference.</exception>
    public StatisticComparison Compare(CaseStatisticId baseline, CaseStatisticId subject, params ReadOnlySpan<StatisticDimension> allowDifferent) =>
        StatisticComparison.Compare(Get(baseline), Get(subject), allowDifferent);

    /// <summary>
    /// Ranks the countries of single-country statistics by value, highest first: the statistics must be alike except for
    /// their country, and cover the same period. Equal values share a rank (1, 2, 2, 4), listed in alpha-2 order.
    /// </summary>
    /// <returns>The entries, each with its rank and value.</returns>
    /// <exception cref="InvalidOperationException">
    /// A statistic's scope is not a single country, two statistics differ in metric, reporting body or period, or a
    /// country appears twice.
    /// </exception>
    public IReadOnlyList<RankingEntry> RankCountries()
    {
        var statistics = _statistics.Select(RequireComplete).ToArray();
        foreach (var s in statistics)
        {
            if (s.Scope.Kind != StatisticScopeKind.Country)
            {
                throw new InvalidOperationException($"Refused to rank '{s.Id}': its scope '{s.Scope}' is not a single country; expected one country per statistic.");
            }
        }

        for (int i = 1; i < statistics.Length; i++)
        {
            var (first, other) = (statistics[0], statistics[i]);
            string? difference = first.Metric != other.Metric ? $"the metric differs: {first.Metric} against {other.Metric}"
                : first.ReportingBody != other.ReportingBody ? $"the reporting body differs: {first.ReportingBody} against {other.ReportingBody}"
                : first.Period != other.Period ? $"the period differs: {first.Period} against {other.Period}"
                : statistics.Take(i).Any(s => s.Scope == other.Scope) ? $"the country {other.Scope} appears twice"
                : null;
            if (difference is not null)
            {
                throw new InvalidOperationException($"Refused to rank '{other.Id}' with '{first.Id}': {difference}; expected one metric, reporting body and period.");
            }
        }

        var ordered = statistics.OrderByDescending(s => s.Value).ThenBy(s => s.Scope.Countries[0]).ToArray();
        var entries = new RankingEntry[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            int rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? entries[i - 1].Rank!.Value : i + 1;
            entries[i] = new RankingEntry { Country = ordered[i].Scope.Countries[0], Rank = rank, Value = ordered[i].Value };
        }

        return entries;
    }

    private CaseStatistic[] RequireAlike(string operation, StatisticDimension[] allowed)
    {
        var statistics = _statistics.Select(RequireComplete).ToArray();
        for (int i = 1; i < statistics.Length; i++)
        {
            var differences = StatisticDifference.Between(statistics[0], statistics[i]).Where(d => Array.IndexOf(allowed, d.Dimension) < 0).ToList();
            if (differences.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Refused to {operation} '{statistics[i].Id}' with '{statistics[0].Id}': {string.Join("; ", differences)}; expected the same metric, scope and reporting body (filter the set first, or allow the difference explicitly).");
            }
        }

        return statistics;
    }

    private static CaseStatistic RequireComplete(CaseStatistic? statistic, int index) =>
        statistic is null ? throw new InvalidOperationException($"Statistics[{index}] is null; expected a statistic.")
        : statistic.Scope is null || statistic.Period is null ? throw new InvalidOperationException($"The statistic '{statistic.Id}' has no scope or no period.")
        : statistic.Value < 0 ? throw new InvalidOperationException($"The statistic '{statistic.Id}' has the negative value {statistic.Value}; a count is never negative.")
        : statistic;

    private CaseStatisticSet Filter(Func<CaseStatistic, bool> keepStatistic, Func<CountryRanking, bool> keepRanking) => new()
    {
        Statistics = [.. _statistics.Where(s => s is not null && keepStatistic(s))],
        Rankings = [.. _rankings.Where(r => r is not null && keepRanking(r))],
    };
}
