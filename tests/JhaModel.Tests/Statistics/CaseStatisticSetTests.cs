using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using JhaModel.Testing;
using NodaTime;

namespace JhaModel.Tests.Statistics;

public sealed class CaseStatisticSetTests
{
    private static readonly Source ASource = new() { Title = "Eurojust Annual Report" };

    [Property]
    public Property Totals_are_additive_over_disjoint_periods() => Prop.ForAll(
        JhaGenerators.CaseStatisticSeries.ToArbitrary(),
        Gen.Choose(0, 8).ToArbitrary(),
        (series, cut) =>
        {
            int at = Math.Min(cut, series.Statistics.Count);
            var first = series with { Statistics = series.Statistics.Take(at).ToArray() };
            var second = series with { Statistics = series.Statistics.Skip(at).ToArray() };
            return series.Total() == first.Total() + second.Total()
                && series.Total() == series.Statistics.Sum(s => s.Value);
        });

    [Property]
    public bool The_total_does_not_depend_on_the_order(CaseStatisticSet set)
    {
        var series = set.Current().ForMetric(set.Statistics.Count > 0 ? set.Statistics[0].Metric : StatisticMetric.CasesInvolving);
        return series.Total() == (series with { Statistics = series.Statistics.Reverse().ToArray() }).Total();
    }

    [Fact]
    public void The_total_of_an_empty_set_is_zero()
    {
        Assert.Equal(0, CaseStatisticSet.Empty.Total());
    }

    [Fact]
    public void Unlike_statistics_are_not_added_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CaseStatisticRegistry.All.ForScope(StatisticScope.WesternBalkansSix).Total());

        Assert.Contains("the metric differs: registered-cases-involving against new-cases-registered-by", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_periods_are_not_added_up()
    {
        var year = Quarterly(2021, 1, 10) with { Id = CaseStatisticId.Parse("year"), Period = StatisticPeriods.Year(2021) };
        var set = new CaseStatisticSet { Statistics = [year, Quarterly(2021, 2, 5)] };

        var error = Assert.Throws<InvalidOperationException>(() => set.Total());

        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouping_whose_members_changed_is_added_up_only_when_the_scope_difference_is_allowed()
    {
        var before = Quarterly(2013, 2, 10) with { Scope = StatisticScope.Grouping("eu") };
        var after = Quarterly(2013, 3, 12) with { Scope = StatisticScope.Grouping("eu") };
        var set = new CaseStatisticSet { Statistics = [before, after] };

        var error = Assert.Throws<InvalidOperationException>(() => set.Total());

        Assert.Contains("of which only here: HR", error.Message, StringComparison.Ordinal);
        Assert.Equal(22, set.Total(StatisticDimension.Scope));
    }

    [Fact]
    public void The_total_of_quarters_is_their_sum()
    {
        var set = new CaseStatisticSet { Statistics = [Quarterly(2021, 1, 30), Quarterly(2021, 2, 25), Quarterly(2021, 3, 27), Quarterly(2021, 4, 31)] };

        Assert.Equal(113, set.Total());
    }

    [Fact]
    public void A_total_beyond_64_bits_is_an_overflow_not_a_wrong_number()
    {
        var set = new CaseStatisticSet { Statistics = [Quarterly(2021, 1, long.MaxValue), Quarterly(2021, 2, 1)] };

        Assert.Throws<OverflowException>(() => set.Total());
    }

    [Fact]
    public void Filters_select_by_metric_scope_reporting_body_and_period()
    {
        var all = CaseStatisticRegistry.All;

        Assert.Equal(
            [CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020],
            all.ForMetric(StatisticMetric.RegisteredCasesInvolving).ForScope(StatisticScope.WesternBalkansSix).Statistics.Select(s => s.Id));
        Assert.Equal(3, all.ForScope(StatisticScope.WesternBalkansSix).Statistics.Count);
        Assert.Equal(all.Statistics.Count, all.ForReportingBody(OrganisationId.Eurojust).Statistics.Count);
        Assert.Empty(all.ForReportingBody(OrganisationId.Europol).Statistics);
        Assert.Equal(2, all.Within(StatisticPeriods.Year(2020)).Statistics.Count(s => s.Scope == StatisticScope.WesternBalkansSix));
        Assert.Equal(4, all.Within(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31))).Statistics.Count(s => s.Scope == StatisticScope.ThirdCountries));
    }

    [Fact]
    public void Filtering_by_a_scope_matches_the_countries_not_the_wording()
    {
        var members = CountryGroupings.WesternBalkansSix.MembersOn(new LocalDate(2019, 12, 31));

        Assert.Equal(3, CaseStatisticRegistry.All.ForScope(StatisticScope.Of(members)).Statistics.Count);
        Assert.Empty(CaseStatisticRegistry.All.ForScope(StatisticScope.Of(CountryCode.Serbia)).Statistics);
    }

    [Fact]
    public void Filters_keep_the_rankings_that_match()
    {
        var all = CaseStatisticRegistry.All;

        Assert.Single(all.ForMetric(StatisticMetric.CasesInvolving).Rankings);
        Assert.Equal(2, all.ForScope(StatisticScope.ThirdCountries).Rankings.Count);
        Assert.Single(all.Within(StatisticPeriods.Year(2020)).Rankings);
        Assert.Single(all.Within(StatisticPeriods.Year(2023)).Rankings);
    }

    [Fact]
    public void The_current_figures_leave_out_revised_ones()
    {
        var original = Quarterly(2021, 1, 30);
        var revision = original with { Id = CaseStatisticId.Parse("q1-revised"), Value = 32, Revises = original.Id };
        var set = new CaseStatisticSet { Statistics = [original, revision, Quarterly(2021, 2, 25)] };

        Assert.True(CaseStatisticSetValidator.Instance.Validate(set).IsValid);
        Assert.Equal(["q1-revised", "q2"], set.Current().Statistics.Select(s => s.Id.ToString()));
        Assert.Equal(57, set.Current().Total());
        Assert.Throws<InvalidOperationException>(() => set.Total());
    }

    [Fact]
    public void Countries_are_ranked_by_value_with_ties_sharing_a_rank()
    {
        var set = new CaseStatisticSet
        {
            Statistics =
            [
                ByCountry("CH", 191),
                ByCountry("GB", 239),
                ByCountry("AL", 40),
                ByCountry("RS", 191),
            ],
        };

        var ranking = set.RankCountries();

        Assert.Equal(["GB", "CH", "RS", "AL"], ranking.Select(e => e.Country.ToString()));
        Assert.Equal([1, 2, 2, 4], ranking.Select(e => e.Rank!.Value));
        Assert.Equal([239L, 191L, 191L, 40L], ranking.Select(e => e.Value!.Value));
    }

    [Fact]
    public void Ranking_refuses_scopes_that_are_not_single_countries_and_unlike_statistics()
    {
        Assert.Contains("not a single country", Assert.Throws<InvalidOperationException>(() => CaseStatisticRegistry.All.RankCountries()).Message, StringComparison.Ordinal);

        var mixed = new CaseStatisticSet { Statistics = [ByCountry("GB", 239), ByCountry("CH", 191) with { Period = StatisticPeriods.Year(2023) }] };
        Assert.Contains("the period differs", Assert.Throws<InvalidOperationException>(() => mixed.RankCountries()).Message, StringComparison.Ordinal);

        var twice = new CaseStatisticSet { Statistics = [ByCountry("GB", 239), ByCountry("GB", 191) with { Id = CaseStatisticId.Parse("gb-again") }] };
        Assert.Contains("appears twice", Assert.Throws<InvalidOperationException>(() => twice.RankCountries()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_2024_figures_rank_the_United_Kingdom_before_Switzerland()
    {
        var requests2024 = CaseStatisticRegistry.All.ForMetric(StatisticMetric.ParticipationRequests).Within(StatisticPeriods.Year(2024));

        Assert.Equal(["GB", "CH"], requests2024.RankCountries().Select(e => e.Country.ToString()));
    }

    [Fact]
    public void Get_names_a_missing_identifier()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CaseStatisticRegistry.All.Get(CaseStatisticId.Parse("no-such-figure")));

        Assert.Contains("no-such-figure", error.Message, StringComparison.Ordinal);
        Assert.Null(CaseStatisticRegistry.All.Find(CaseStatisticId.Parse("no-such-figure")));
    }

    [Fact]
    public void Comparing_by_identifier_uses_the_guarded_comparison()
    {
        Assert.Equal(3, CaseStatisticRegistry.All.Compare(CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020).Change);
        Assert.Throws<ArgumentException>(() => CaseStatisticRegistry.All.Compare(CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020));
    }

    private static CaseStatistic Quarterly(int year, int quarter, long value) => new()
    {
        Id = CaseStatisticId.Parse($"q{quarter}"),
        Metric = StatisticMetric.RegisteredCasesInvolving,
        ReportingBody = OrganisationId.Eurojust,
        Scope = StatisticScope.WesternBalkansSix,
        Period = StatisticPeriods.Quarter(year, quarter),
        Value = value,
        Source = ASource,
        Confidence = Confidence.Verified,
    };

    private static CaseStatistic ByCountry(string country, long value) => new()
    {
        Id = CaseStatisticId.Parse(country.ToLowerInvariant() + "-requests"),
        Metric = StatisticMetric.ParticipationRequests,
        ReportingBody = OrganisationId.Eurojust,
        Scope = StatisticScope.Of(CountryCode.Parse(country)),
        Period = StatisticPeriods.Year(2024),
        Value = value,
        Source = ASource,
        Confidence = Confidence.Verified,
    };
}
