using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Breaking generators of the case statistics rules.</content>
public static partial class Invalid
{
    private static readonly StatisticMetric RestatedMetric = StatisticMetric.Parse("restated-count");

    private static IEnumerable<BreakingCase> StatisticsCases() =>
    [
        Case(JhaErrorCodes.StatisticIdMissing, JhaGenerators.CaseStatistic.Select(s => s with { Id = default })),
        Case(JhaErrorCodes.MetricMissing, JhaGenerators.CaseStatistic.Select(s => s with { Metric = default })),
        Case(JhaErrorCodes.MetricWordingBlank, from s in JhaGenerators.CaseStatistic from wording in Blank select s with { MetricWording = wording }),
        Case(JhaErrorCodes.ReportingBodyMissing, JhaGenerators.CaseStatistic.Select(s => s with { ReportingBody = default })),
        Case(JhaErrorCodes.ScopeMissing, JhaGenerators.CaseStatistic.Select(s => s with { Scope = null! })),
        Case(JhaErrorCodes.ScopeGroupingUnknown,
            from s in JhaGenerators.CaseStatistic
            from id in Gen.Elements("balkan-route", "g7", "nato", "western-balkans")
            from outside in Gen.Elements(true, false)
            select s with { Scope = outside ? StatisticScope.Outside(id) : StatisticScope.Grouping(id) }),
        Case(JhaErrorCodes.ScopeCountryNotExisting,
            from s in JhaGenerators.CaseStatistic
            from end in Gen.Choose(0, Period.Between(new LocalDate(2002, 1, 1), SerbiaAndMontenegroWithdrawn, PeriodUnits.Days).Days - 1).Select(d => new LocalDate(2002, 1, 1).PlusDays(d))
            from days in Gen.Choose(1, 400)
            from successor in Gen.Elements(CountryCode.Serbia, CountryCode.Montenegro)
            from others in Gen.Elements(Array.Empty<CountryCode>(), [CountryCode.Albania], [CountryCode.NorthMacedonia, CountryCode.Parse("HR")])
            select s with
            {
                Scope = StatisticScope.Of([successor, .. others]),
                Period = new DateInterval(end.PlusDays(1 - days), end),
                Published = s.Published is null ? null : end.PlusDays(30),
            }),
        Case(JhaErrorCodes.ScopeEmpty,
            from s in JhaGenerators.CaseStatistic
            from end in Gen.Choose(0, 2000).Select(d => new LocalDate(1993, 1, 1).PlusDays(d))
            select s with
            {
                Scope = StatisticScope.Grouping(CountryGroupings.CandidateCountries.Id),
                Period = new DateInterval(end.PlusDays(-30), end),
                Published = s.Published is null ? null : end.PlusDays(60),
            }),
        Case(JhaErrorCodes.StatisticPeriodMissing, JhaGenerators.CaseStatistic.Select(s => s with { Period = null! })),
        Case(JhaErrorCodes.ValueNegative,
            from s in JhaGenerators.CaseStatistic
            from value in Gen.Frequency((4, Gen.Choose(int.MinValue, -1).Select(v => (long)v)), (1, Gen.Constant(long.MinValue)))
            select s with { Value = value }),
        Case(JhaErrorCodes.PublishedBeforePeriodEnd,
            from s in JhaGenerators.CaseStatistic
            from early in Gen.Choose(1, 400)
            select s with { Published = s.Period.End.PlusDays(-early) }),
        Case(JhaErrorCodes.RevisesSelf, JhaGenerators.CaseStatistic.Select(s => s with { Revises = s.Id })),
        Case(JhaErrorCodes.StatisticIdDuplicate,
            from set in NonEmptySeries
            from at in Gen.Choose(0, set.Statistics.Count - 1)
            select set with { Statistics = [.. set.Statistics, set.Statistics[at] with { Metric = RestatedMetric }] }),
        Case(JhaErrorCodes.RevisedStatisticUnknown,
            from set in NonEmptySeries
            from at in Gen.Choose(0, set.Statistics.Count - 1)
            select set with
            {
                Statistics = [.. set.Statistics, set.Statistics[at] with { Id = CaseStatisticId.Parse("restated"), Metric = RestatedMetric, Revises = CaseStatisticId.Parse("no-such-statistic") }],
            }),
        Case(JhaErrorCodes.RevisionMismatch,
            from set in NonEmptySeries
            from at in Gen.Choose(0, set.Statistics.Count - 1)
            select set with
            {
                Statistics = [.. set.Statistics, set.Statistics[at] with { Id = CaseStatisticId.Parse("restated"), Metric = RestatedMetric, Revises = set.Statistics[at].Id }],
            }),
        Case(JhaErrorCodes.StatisticsOverlap,
            from set in NonEmptySeries
            from at in Gen.Choose(0, set.Statistics.Count - 1)
            from shift in Gen.Choose(0, 20)
            let period = set.Statistics[at].Period
            select set with { Statistics = [.. set.Statistics, StartShifted(set.Statistics[at], Math.Min(shift, Period.Between(period.Start, period.End, PeriodUnits.Days).Days))] }),
        Case(JhaErrorCodes.RankingDateMissing, JhaGenerators.CountryRanking.Select(r => r with { Period = null, Published = null })),
        Case(JhaErrorCodes.RankingEmpty, JhaGenerators.CountryRanking.Select(r => r with { Entries = [] })),
        Case(JhaErrorCodes.RankingPositionInvalid,
            from e in JhaGenerators.RankingEntry
            from rank in JhaGenerators.OrNone(Gen.Choose(-3, 20))
            from within in JhaGenerators.OrNone(Gen.Choose(-3, 20))
            where !((rank is >= 1 && within is null) || (rank is null && within is >= 1))
            select e with { Rank = rank, Within = within }),
        Case(JhaErrorCodes.RankingCountryDuplicate,
            JhaGenerators.CountryRanking.Select(r => r with { Entries = [.. r.Entries, r.Entries[^1]] })),
        Case(JhaErrorCodes.RankingOrderInvalid,
            from r in JhaGenerators.CountryRankingAmong(StatisticScope.WesternBalkansSix, 2)
            from firstRanked in Gen.Elements(true, false)
            select r with
            {
                Entries =
                [
                    firstRanked ? r.Entries[0] with { Rank = 2, Within = null, Value = null } : r.Entries[0] with { Rank = null, Within = 10 },
                    r.Entries[1] with { Rank = 1, Within = null, Value = null },
                    .. r.Entries.Skip(2).Select(e => e with { Rank = null, Within = 10 }),
                ],
            }),
        Case(JhaErrorCodes.RankingCountryOutsidePopulation,
            from r in JhaGenerators.CountryRankingAmong(StatisticScope.WesternBalkansSix, 1)
            from at in Gen.Choose(0, r.Entries.Count - 1)
            from outsider in Gen.Elements("FR", "DE", "US", "UA", "CH", "TR").Select(CountryCode.Parse)
            select r with { Entries = [.. r.Entries.Select((e, i) => i == at ? e with { Country = outsider } : e)] }),
    ];

    private static Gen<CaseStatisticSet> NonEmptySeries => JhaGenerators.CaseStatisticSeries.Where(s => s.Statistics.Count > 0);

    /// <summary>The day Serbia and Montenegro's code was withdrawn: before it, Serbia and Montenegro did not exist on their own.</summary>
    private static LocalDate SerbiaAndMontenegroWithdrawn => CountryRegistry.Withdrawn.Single(w => w.Alpha2 == "CS").WithdrawalDate;

    // The end stays, so that a grouping scope resolves to the same members (they are taken as of the period's end).
    private static CaseStatistic StartShifted(CaseStatistic statistic, int days)
    {
        var period = new DateInterval(statistic.Period.Start.PlusDays(days), statistic.Period.End);
        return statistic with
        {
            Id = CaseStatisticId.Parse("restated"),
            Period = period,
            Published = statistic.Published is null ? null : period.End.PlusDays(10),
        };
    }
}
