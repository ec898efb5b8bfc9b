using FsCheck;
using FsCheck.Fluent;
using JhaModel.Statistics;

namespace JhaModel.Testing;

/// <content>Arbitraries of the case statistics area.</content>
public static partial class JhaArbitraries
{
    /// <summary>Metrics, well-known or not, shrinking towards <see cref="StatisticMetric.RegisteredCasesInvolving"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatisticMetric> StatisticMetric() =>
        Arb.From(JhaGenerators.StatisticMetric, m => m == Statistics.StatisticMetric.RegisteredCasesInvolving ? [] : [Statistics.StatisticMetric.RegisteredCasesInvolving]);

    /// <summary>Statistic identifiers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CaseStatisticId> CaseStatisticId() => Arb.From(JhaGenerators.CaseStatisticId);

    /// <summary>Scopes of every kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatisticScope> StatisticScope() => Arb.From(JhaGenerators.StatisticScope);

    /// <summary>Valid statistics, shrinking by dropping the optional members.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CaseStatistic> CaseStatistic() => Arb.From(JhaGenerators.CaseStatistic, ShrinkStatistic);

    /// <summary>Valid sets of statistics and rankings, shrinking by dropping rankings and statistics from the end.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CaseStatisticSet> CaseStatisticSet() => Arb.From(JhaGenerators.CaseStatisticSet, ShrinkSet);

    /// <summary>Valid rankings, shrinking by dropping entries from the end.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryRanking> CountryRanking() => Arb.From(JhaGenerators.CountryRanking, ShrinkRanking);

    /// <summary>Valid ranking entries.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RankingEntry> RankingEntry() => Arb.From(JhaGenerators.RankingEntry);

    private static IEnumerable<CaseStatistic> ShrinkStatistic(CaseStatistic statistic)
    {
        if (statistic.MetricWording is not null)
        {
            yield return statistic with { MetricWording = null };
        }

        if (statistic.Published is not null)
        {
            yield return statistic with { Published = null };
        }

        if (statistic.Revises is not null)
        {
            yield return statistic with { Revises = null };
        }

        if (statistic.Value > 0)
        {
            yield return statistic with { Value = statistic.Value / 2 };
        }
    }

    // Revisions follow the statistics they revise, so every prefix of a valid set is valid.
    private static IEnumerable<CaseStatisticSet> ShrinkSet(CaseStatisticSet set)
    {
        if (set.Rankings.Count > 0)
        {
            yield return set with { Rankings = [] };
        }

        for (int keep = set.Statistics.Count - 1; keep >= 0; keep--)
        {
            yield return set with { Statistics = set.Statistics.Take(keep).ToArray() };
        }
    }

    private static IEnumerable<CountryRanking> ShrinkRanking(CountryRanking ranking)
    {
        for (int keep = ranking.Entries.Count - 1; keep >= 1; keep--)
        {
            yield return ranking with { Entries = ranking.Entries.Take(keep).ToArray() };
        }
    }
}
