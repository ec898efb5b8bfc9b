using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Generators of the case statistics area.</content>
public static partial class JhaGenerators
{
    private static readonly string[] MetricWords = ["cases", "new", "registered", "handled", "requests", "joint", "teams", "involving", "by", "2024"];

    private static readonly string[] StatisticWordings =
    [
        "Cases involving Western Balkan countries registered",
        "New cases registered by Western Balkan countries represented at Eurojust",
        "Cases handled involving one or more third countries",
        "New cases owned by third countries",
        "Joint investigation teams supported",
    ];

    private static readonly OrganisationId[] ReportingBodies =
        [Organisations.OrganisationId.Eurojust, Organisations.OrganisationId.Europol, Organisations.OrganisationId.Frontex];

    /// <summary>A metric: one of the well-known metrics, or another well-formed name that round-trips.</summary>
    public static Gen<StatisticMetric> StatisticMetric => Gen.Frequency(
        (4, Gen.Elements(Statistics.StatisticMetric.WellKnown.ToArray())),
        (1, from words in Gen.Choose(2, 4)
            from parts in Gen.ArrayOf(Gen.Elements(MetricWords), words)
            where char.IsAsciiLetter(parts[0][0])
            select Statistics.StatisticMetric.Parse(string.Join("-", parts))));

    /// <summary>A statistic identifier such as <c>eurojust-wb6-2019-q3</c>.</summary>
    public static Gen<CaseStatisticId> CaseStatisticId =>
        from body in Gen.Elements("eurojust", "europol", "frontex", "stat")
        from scope in Gen.Elements("wb6", "al", "rs", "mk", "third-countries", "eu")
        from year in Gen.Choose(2002, 2030)
        from part in Gen.Elements("", "-q1", "-q3", "-01-09", "-h2", "-revised")
        select Statistics.CaseStatisticId.Parse($"{body}-{scope}-{year}{part}");

    /// <summary>
    /// A period a statistic is reported for, from 2002 to 2030: a calendar year, quarter or month, a run of months, or any
    /// range of 1 to 800 days.
    /// </summary>
    public static Gen<DateInterval> StatisticPeriod => Gen.Frequency(
        (3, Gen.Choose(2002, 2030).Select(StatisticPeriods.Year)),
        (2, from year in Gen.Choose(2002, 2030) from quarter in Gen.Choose(1, 4) select StatisticPeriods.Quarter(year, quarter)),
        (1, from year in Gen.Choose(2002, 2030) from month in Gen.Choose(1, 12) select StatisticPeriods.Month(year, month)),
        (2, from year in Gen.Choose(2002, 2030) from first in Gen.Choose(1, 12) from last in Gen.Choose(first, 12) select StatisticPeriods.Months(year, first, last)),
        (2, from start in Gen.Choose(0, 10_500).Select(d => new LocalDate(2002, 1, 1).PlusDays(d))
            from days in Gen.Choose(1, 800)
            select new DateInterval(start, start.PlusDays(days - 1))));

    /// <summary>A scope valid for statistics from 2007 to 2030: a country, a set of countries, a grouping or the third countries.</summary>
    public static Gen<StatisticScope> StatisticScope => StatisticScopeOn(new LocalDate(2030, 12, 31));

    /// <summary>A valid statistic: its scope's countries existed, and its grouping had members, as of its period's last day.</summary>
    public static Gen<CaseStatistic> CaseStatistic =>
        from period in StatisticPeriod
        from scope in StatisticScopeOn(period.End)
        from statistic in CaseStatisticFor(period, scope)
        select statistic;

    /// <summary>
    /// A valid set of statistics of one metric, scope and reporting body over disjoint periods (a time series), in
    /// chronological order, with no revisions; a grouping scope has the same members throughout the series.
    /// </summary>
    public static Gen<CaseStatisticSet> CaseStatisticSeries => Gen.Sized(size => SeriesOf(Math.Min(size, 8), "s"));

    /// <summary>
    /// A valid set: a few series of different metrics, sometimes a revision of one of their statistics, and a few rankings.
    /// </summary>
    public static Gen<CaseStatisticSet> CaseStatisticSet => Gen.Sized(size =>
        from seriesCount in Gen.Choose(0, 3)
        from series in Sequence(Enumerable.Range(1, seriesCount).Select(i => SeriesOf(Math.Min(size, 6), "s" + i)))
        from revise in Gen.Elements(true, false)
        from revisedValue in Value
        from rankings in Gen.Choose(0, Math.Min(size, 2)).SelectMany(n => Gen.ArrayOf(CountryRanking, n))
        select BuildSet(series, revise, revisedValue, rankings));

    /// <summary>A valid ranking entry: a country with either a rank or a top group, and sometimes a value.</summary>
    public static Gen<RankingEntry> RankingEntry =>
        from country in CountryCode
        from ranked in Gen.Elements(true, false)
        from position in Gen.Choose(1, 20)
        from value in OrNone(Value)
        select ranked ? new RankingEntry { Country = country, Rank = position, Value = value } : new RankingEntry { Country = country, Within = position, Value = value };

    /// <summary>A valid ranking among the third countries, the EU member states or the Western Balkans six.</summary>
    public static Gen<CountryRanking> CountryRanking =>
        from population in Gen.Elements(Statistics.StatisticScope.ThirdCountries, Statistics.StatisticScope.Grouping("eu"), Statistics.StatisticScope.WesternBalkansSix)
        from ranking in CountryRankingAmong(population, 1)
        select ranking;

    /// <summary>A valid ranking among <paramref name="population"/> with at least <paramref name="minEntries"/> entries (at most 6).</summary>
    /// <param name="population">The countries ranked among; a scope with at least <paramref name="minEntries"/> members from 2007 on.</param>
    /// <param name="minEntries">The least number of entries, 1 to 6.</param>
    /// <returns>The generator.</returns>
    public static Gen<CountryRanking> CountryRankingAmong(StatisticScope population, int minEntries) =>
        from period in StatisticPeriod.Where(p => p.End >= new LocalDate(2007, 1, 1))
        from dating in Gen.Choose(0, 2)
        from lag in Gen.Choose(0, 400)
        from metric in StatisticMetric
        from wording in Gen.Elements(StatisticWordings).OrNull()
        from body in Gen.Elements(ReportingBodies)
        let asOf = dating == 1 ? period.End.PlusDays(lag) : period.End
        from members in Gen.Constant(population.CountriesOn(asOf).ToArray())
        from count in Gen.Choose(minEntries, Math.Max(minEntries, Math.Min(6, members.Length)))
        from shuffled in Gen.Shuffle(members)
        from ranked in Gen.Elements(true, false)
        from values in Gen.ArrayOf(Value, count)
        from withValues in Gen.Elements(true, false)
        from within in Gen.Choose(count, 20)
        from source in Source
        from confidence in Confidence
        select new CountryRanking
        {
            Metric = metric,
            MetricWording = wording,
            ReportingBody = body,
            Population = population,
            Period = dating == 1 ? null : period,
            Published = dating == 0 ? null : period.End.PlusDays(lag),
            Entries = [.. BuildEntries(shuffled.Take(count).ToArray(), ranked, withValues ? values : null, within)],
            Source = source,
            Confidence = confidence,
        };

    /// <summary>A scope valid as of <paramref name="asOf"/>: its countries existed then and its grouping had members.</summary>
    /// <param name="asOf">The day the scope is resolved as of.</param>
    /// <returns>The generator.</returns>
    public static Gen<StatisticScope> StatisticScopeOn(LocalDate asOf)
    {
        var existing = Countries.CountryCode.All.Where(c => ExistsOn(c, asOf)).ToArray();
        var groupings = CountryGroupings.All.Where(g => g.MembersOn(asOf).Count > 0).Select(g => g.Id).ToArray();
        return Gen.Frequency(
            (3, Gen.Elements(existing).Select(c => Statistics.StatisticScope.Of(c))),
            (2, from n in Gen.Choose(2, 5) from countries in Gen.ArrayOf(Gen.Elements(existing), n) select Statistics.StatisticScope.Of(countries)),
            (3, Gen.Elements(groupings).Select(Statistics.StatisticScope.Grouping)),
            (1, Gen.Constant(Statistics.StatisticScope.ThirdCountries)));
    }

    private static Gen<long> Value => Gen.Frequency(
        (8, Gen.Choose(0, 2000).Select(v => (long)v)),
        (1, Gen.Choose(0, int.MaxValue).Select(v => (long)v * 1000)));

    private static Gen<CaseStatistic> CaseStatisticFor(DateInterval period, StatisticScope scope) =>
        from id in CaseStatisticId
        from metric in StatisticMetric
        from wording in Gen.Elements(StatisticWordings).OrNull()
        from body in Gen.Elements(ReportingBodies)
        from value in Value
        from revises in OrNone(CaseStatisticId)
        from published in OrNone(Gen.Choose(0, 400).Select(d => period.End.PlusDays(d)))
        from source in Source
        from confidence in Confidence
        select new CaseStatistic
        {
            Id = id,
            Metric = metric,
            MetricWording = wording,
            ReportingBody = body,
            Scope = scope,
            Period = period,
            Value = value,
            Revises = revises == id ? null : revises,
            Published = published,
            Source = source,
            Confidence = confidence,
        };

    private static Gen<CaseStatisticSet> SeriesOf(int maxCount, string prefix) =>
        from count in Gen.Choose(0, maxCount)
        from first in Gen.Choose(0, 8000).Select(d => new LocalDate(2007, 1, 1).PlusDays(d))
        from lengths in Gen.ArrayOf(Gen.Frequency((2, Gen.Choose(1, 400)), (1, Gen.Elements(30, 91, 365))), count)
        from gaps in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 100))), count)
        let last = first.PlusDays(lengths.Sum() + gaps.Sum())
        from scope in StatisticScopeOn(first).Where(s => s.CountriesOn(first).SequenceEqual(s.CountriesOn(last)))
        from template in CaseStatisticFor(new DateInterval(first, first), scope)
        from values in Gen.ArrayOf(Value, count)
        from published in Gen.ArrayOf(OrNone(Gen.Choose(0, 400)), count)
        select BuildSeries(prefix, template, first, lengths, gaps, values, published);

    private static CaseStatisticSet BuildSeries(string prefix, CaseStatistic template, LocalDate first, int[] lengths, int[] gaps, long[] values, int?[] published)
    {
        var statistics = new CaseStatistic[lengths.Length];
        var start = first;
        for (int i = 0; i < lengths.Length; i++)
        {
            var period = new DateInterval(start, start.PlusDays(lengths[i] - 1));
            statistics[i] = template with
            {
                Id = Statistics.CaseStatisticId.Parse($"{prefix}-{i + 1}"),
                Period = period,
                Value = values[i],
                Revises = null,
                Published = published[i] is { } lag ? period.End.PlusDays(lag) : null,
            };
            start = period.End.PlusDays(1 + gaps[i]);
        }

        return new CaseStatisticSet { Statistics = statistics };
    }

    private static CaseStatisticSet BuildSet(CaseStatisticSet[] series, bool revise, long revisedValue, CountryRanking[] rankings)
    {
        var statistics = new List<CaseStatistic>();
        var usedMetrics = new HashSet<StatisticMetric>();
        foreach (var s in series)
        {
            if (s.Statistics.Count > 0 && usedMetrics.Add(s.Statistics[0].Metric))
            {
                statistics.AddRange(s.Statistics);
            }
        }

        if (revise && statistics.Count > 0)
        {
            var revised = statistics[statistics.Count / 2];
            statistics.Add(revised with { Id = Statistics.CaseStatisticId.Parse(revised.Id + "-revised"), Value = revisedValue, Revises = revised.Id });
        }

        return new CaseStatisticSet { Statistics = statistics, Rankings = rankings };
    }

    private static IEnumerable<RankingEntry> BuildEntries(CountryCode[] countries, bool ranked, long[]? values, int within)
    {
        var ordered = values?.OrderDescending().ToArray();
        for (int i = 0; i < countries.Length; i++)
        {
            yield return ranked
                ? new RankingEntry { Country = countries[i], Rank = i + 1, Value = ordered?[i] }
                : new RankingEntry { Country = countries[i], Within = within, Value = values?[i] };
        }
    }

    /// <summary>The values of <paramref name="gen"/>, or <see langword="null"/> one time in four.</summary>
    internal static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((3, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static bool ExistsOn(CountryCode country, LocalDate date) =>
        !CountryRegistry.Withdrawn.Any(w => w.WithdrawalDate > date && w.SuccessorCodes.Contains(country.ToString(), StringComparer.Ordinal));
}
