using JhaModel.ReferenceData;
using JhaModel.Validation;
using JhaModel.Provenance;
using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Statistics;

// Stryker disable Linq : the lists' Count is a property and Lists.All is not LINQ; mutants of them into Sum and Any cannot compile.

/// <summary>The predicates behind the case statistics rules; each is static and shared by every runner.</summary>
internal static class StatisticsRules
{
    public static bool IsPresent(CaseStatisticId id) => !id.IsDefault;

    public static bool IsPresent(StatisticMetric metric) => !metric.IsDefault;

    public static bool IsPresent(OrganisationId id) => !id.IsDefault;

    public static bool IsNotNegative(long value) => value >= 0;

    public static bool IsNotNegative(long? value) => value is not < 0;

    public static bool IsKnownGrouping(StatisticScope? scope) => IsKnownGrouping(scope, null);

    /// <summary>The grouping a scope names, if any, is one of <paramref name="dataset"/>'s (the embedded dataset's when <see langword="null"/>).</summary>
    public static bool IsKnownGrouping(StatisticScope? scope, JhaDataset? dataset) => scope is null || scope.IsResolvableIn(dataset);

    /// <summary>A publication date, when known, is not before the period's last day.</summary>
    public static bool IsPublishedAfterPeriod(LocalDate? published, DateInterval? period) =>
        !published.HasValue || period is null || published.GetValueOrDefault() >= period.End;

    public static bool DoesNotReviseItself(CaseStatistic statistic) => statistic.Revises != statistic.Id;

    /// <summary>
    /// Whether a country existed on a date, as far as the withdrawn codes of the dataset tell: a direct successor of a
    /// withdrawn code exists from the day that code was withdrawn (RS and ME from 2006-09-26).
    /// </summary>
    public static bool ExistsOn(CountryCode country, LocalDate date)
    {
        foreach (var withdrawn in CountryRegistry.Withdrawn)
        {
            if (withdrawn.WithdrawalDate > date && withdrawn.SuccessorCodes.Contains(country.ToString(), StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first country the scope names that did not exist as of the period's last day, or the default value.</summary>
    public static CountryCode FirstNotExisting(CaseStatistic statistic)
    {
        if (statistic.Scope is null || statistic.Period is null)
        {
            return default;
        }

        var countries = statistic.Scope.Countries;
        for (int i = 0; i < countries.Count; i++)
        {
            if (!countries[i].IsDefault && !ExistsOn(countries[i], statistic.Period.End))
            {
                return countries[i];
            }
        }

        return default;
    }

    /// <summary>A grouping scope resolves to at least one country as of the period's last day.</summary>
    public static bool HasMembers(CaseStatistic statistic) => HasMembers(statistic, null);

    /// <summary>A grouping scope resolves, in <paramref name="dataset"/> (the embedded dataset when <see langword="null"/>), to at least one country as of the period's last day.</summary>
    public static bool HasMembers(CaseStatistic statistic, JhaDataset? dataset)
    {
        var scope = statistic.Scope;
        return scope?.GroupingId is null || statistic.Period is null || !scope.IsResolvableIn(dataset) || scope.HasCountriesOn(statistic.Period.End, dataset);
    }

    /// <summary>The index of the first statistic whose identifier an earlier one has, or -1.</summary>
    public static int FirstDuplicateId(IReadOnlyList<CaseStatistic> statistics)
    {
        var seen = new HashSet<CaseStatisticId>();
        for (int i = 0; i < statistics.Count; i++)
        {
            var s = statistics[i];
            if (s is not null && !s.Id.IsDefault && !seen.Add(s.Id))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first statistic that revises an identifier no statistic of the set has, or -1.</summary>
    public static int FirstUnknownRevision(IReadOnlyList<CaseStatistic> statistics)
    {
        for (int i = 0; i < statistics.Count; i++)
        {
            var s = statistics[i];
            if (s is not null && s.Revises.HasValue && s.Revises.GetValueOrDefault() != s.Id && IndexOf(statistics, s.Revises.GetValueOrDefault()) < 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first statistic that revises one of another metric, scope or reporting body, or -1.</summary>
    public static int FirstRevisionMismatch(IReadOnlyList<CaseStatistic> statistics)
    {
        for (int i = 0; i < statistics.Count; i++)
        {
            var s = statistics[i];
            if (s is null || !s.Revises.HasValue || s.Revises.GetValueOrDefault() == s.Id)
            {
                continue;
            }

            int target = IndexOf(statistics, s.Revises.GetValueOrDefault());
            if (target >= 0 && !AreAlike(s, statistics[target]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first pair (later index first) of alike statistics with overlapping periods where neither revises the other, or (-1, -1).</summary>
    public static (int Index, int Other) FirstOverlap(IReadOnlyList<CaseStatistic> statistics)
    {
        for (int i = 1; i < statistics.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                var a = statistics[i];
                var b = statistics[j];
                if (a?.Period is not null && b?.Period is not null && StatisticPeriods.Overlap(a.Period, b.Period) && AreAlike(a, b)
                    && a.Revises != b.Id && b.Revises != a.Id)
                {
                    return (i, j);
                }
            }
        }

        return (-1, -1);
    }

    public static bool HasDate(CountryRanking ranking) => ranking.Period is not null || ranking.Published is not null;

    public static bool HasEntries(IReadOnlyList<RankingEntry> entries) => entries.Count > 0;

    public static bool HasOnePosition(RankingEntry entry) =>
        entry.Rank.HasValue != entry.Within.HasValue && (entry.Rank ?? entry.Within.GetValueOrDefault()) >= 1;

    /// <summary>The index of the first entry naming a country an earlier entry names, or -1.</summary>
    public static int FirstDuplicateCountry(IReadOnlyList<RankingEntry> entries)
    {
        var seen = new HashSet<CountryCode>();
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e is not null && !e.Country.IsDefault && !seen.Add(e.Country))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of the first entry out of order, or -1: ranked entries come first, by rank; no better-ranked entry has a
    /// smaller value than a worse-ranked one.
    /// </summary>
    public static int FirstOutOfOrder(IReadOnlyList<RankingEntry> entries)
    {
        RankingEntry? previous = null;
        for (int i = 0; i < entries.Count; i++)
        {
            var current = entries[i];
            if (current is null || !HasOnePosition(current))
            {
                continue;
            }

            if (previous is not null && current.Rank.HasValue && IsOutOfOrder(previous, current))
            {
                return i;
            }

            previous = current;
        }

        return -1;
    }

    /// <summary>The index of the first entry whose country is not in the population as of the ranking's date, or -1.</summary>
    public static int FirstOutsidePopulation(CountryRanking ranking) => FirstOutsidePopulation(ranking, null);

    /// <summary>The index of the first entry whose country is not in the population, resolved in <paramref name="dataset"/> (the embedded dataset when <see langword="null"/>), as of the ranking's date, or -1.</summary>
    public static int FirstOutsidePopulation(CountryRanking ranking, JhaDataset? dataset)
    {
        var population = ranking.Population;
        var asOf = ranking.AsOf();
        if (population is null || !population.IsResolvableIn(dataset) || !asOf.HasValue)
        {
            return -1;
        }

        for (int i = 0; i < ranking.Entries.Count; i++)
        {
            var e = ranking.Entries[i];
            if (e is not null && !e.Country.IsDefault && !population.ContainsOn(e.Country, asOf.GetValueOrDefault(), dataset))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a ranked entry stands wrongly after the ranked or unranked entry before it: after an entry without a rank, at a
    /// better rank, or at a worse rank with a greater value.
    /// </summary>
    private static bool IsOutOfOrder(RankingEntry previous, RankingEntry current)
    {
        if (!previous.Rank.HasValue)
        {
            return true;
        }

        int rank = current.Rank.GetValueOrDefault();
        int previousRank = previous.Rank.GetValueOrDefault();
        return rank < previousRank
            || (rank > previousRank && previous.Value.HasValue && current.Value.HasValue && current.Value.GetValueOrDefault() > previous.Value.GetValueOrDefault());
    }

    /// <summary>The index of the first statistic with the identifier, or -1.</summary>
    private static int IndexOf(IReadOnlyList<CaseStatistic> statistics, CaseStatisticId id)
    {
        for (int i = 0; i < statistics.Count; i++)
        {
            if (statistics[i] is not null && statistics[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AreAlike(CaseStatistic a, CaseStatistic b) =>
        a.Metric == b.Metric && a.ReportingBody == b.ReportingBody
        && a.Scope is not null && b.Scope is not null && a.Period is not null && b.Period is not null
        && StatisticDifference.SameScope(a.Scope, a.Period.End, b.Scope, b.Period.End);

    /// <summary>The fast path of <see cref="CaseStatisticValidator"/>: every rule of <see cref="StatisticsRuleTables.Statistic"/>.</summary>
    public static bool IsValid(CaseStatistic s) => StatisticsRuleTables.Statistic.Passes(s);

    /// <summary>The fast path of <see cref="CaseStatisticValidator(JhaDataset?)"/>: the scope resolved in <paramref name="dataset"/>.</summary>
    public static bool IsValid(CaseStatistic s, JhaDataset? dataset) => StatisticsRuleTables.Statistic.Passes(s, new ScopeContext(dataset));

    /// <summary>The fast path of <see cref="RankingEntryValidator"/>.</summary>
    public static bool IsValid(RankingEntry e) => StatisticsRuleTables.Entry.Passes(e);

    /// <summary>The fast path of <see cref="CountryRankingValidator"/>.</summary>
    public static bool IsValid(CountryRanking r) => StatisticsRuleTables.Ranking.Passes(r);

    /// <summary>The fast path of <see cref="CountryRankingValidator(JhaDataset?)"/>: the population resolved in <paramref name="dataset"/>.</summary>
    public static bool IsValid(CountryRanking r, JhaDataset? dataset) => StatisticsRuleTables.Ranking.Passes(r, new ScopeContext(dataset));

    /// <summary>The fast path of <see cref="CaseStatisticSetValidator"/>.</summary>
    public static bool IsValid(CaseStatisticSet set) => StatisticsRuleTables.Set.Passes(set);

    /// <summary>The fast path of <see cref="CaseStatisticSetValidator(JhaDataset?)"/>: scopes and populations resolved in <paramref name="dataset"/>.</summary>
    public static bool IsValid(CaseStatisticSet set, JhaDataset? dataset) => StatisticsRuleTables.Set.Passes(set, new ScopeContext(dataset));
}
