using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using JhaModel.Testing;

namespace JhaModel.Tests.Statistics;

public sealed class StatisticComparisonTests
{
    private static CaseStatistic Cases2019 => CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019);

    private static CaseStatistic CasesJanuaryToSeptember2020 => CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020);

    private static CaseStatistic NewCasesRegisteredBy2020 => CaseStatisticRegistry.Get(CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020);

    [Fact]
    public void The_seed_comparison_is_three_more_cases_or_two_point_eight_percent_raw()
    {
        var comparison = StatisticComparison.Compare(Cases2019, CasesJanuaryToSeptember2020);

        Assert.Equal(107, comparison.Baseline.Value);
        Assert.Equal(110, comparison.Subject.Value);
        Assert.Equal(StatisticPeriods.Year(2019), comparison.Baseline.Period);
        Assert.Equal(StatisticPeriods.Months(2020, 1, 9), comparison.Subject.Period);
        Assert.Equal(3, comparison.Change);
        Assert.Equal(3m / 107m, comparison.RelativeChange);
        Assert.Equal("+2.8 %", StatisticComparison.FormatPercent(comparison.RelativeChange!.Value));
        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void Annualised_on_a_months_basis_the_seed_comparison_is_146_point_7_a_year_or_plus_37_point_1_percent()
    {
        var byMonths = StatisticComparison.Compare(Cases2019, CasesJanuaryToSeptember2020).ByMonths;

        Assert.Equal(AnnualisationBasis.Months, byMonths.Basis);
        Assert.Equal(9m, byMonths.Subject.PeriodLength);
        Assert.Equal(12m, byMonths.Subject.YearLength);
        Assert.Equal(110m * 12m / 9m, byMonths.Subject.Rate);
        Assert.Equal(107m, byMonths.Baseline.Rate);
        Assert.Equal(146.7m, Math.Round(byMonths.Subject.Rate, 1));
        Assert.Equal("+37.1 %", StatisticComparison.FormatPercent(byMonths.RelativeChange!.Value));
        Assert.Equal("146.7 a year (9 of 12 months)", byMonths.Subject.Format());
    }

    [Fact]
    public void Annualised_on_a_days_basis_the_seed_comparison_is_146_point_9_a_year_or_plus_37_point_3_percent()
    {
        var byDays = StatisticComparison.Compare(Cases2019, CasesJanuaryToSeptember2020).ByDays;

        Assert.Equal(AnnualisationBasis.Days, byDays.Basis);
        Assert.Equal(274m, byDays.Subject.PeriodLength);
        Assert.Equal(366m, byDays.Subject.YearLength);
        Assert.Equal(110m * 366m / 274m, byDays.Subject.Rate);
        Assert.Equal(365m, byDays.Baseline.PeriodLength);
        Assert.Equal(107m, byDays.Baseline.Rate);
        Assert.Equal(146.9m, Math.Round(byDays.Subject.Rate, 1));
        Assert.Equal("+37.3 %", StatisticComparison.FormatPercent(byDays.RelativeChange!.Value));
        Assert.Equal("146.9 a year (274 of 366 days)", byDays.Subject.Format());
    }

    [Fact]
    public void The_seed_comparison_is_described_with_rounding_only_in_the_text()
    {
        Assert.Equal(
            "110 (2020-01-01/2020-09-30) against 107 (2019-01-01/2019-12-31): +3 (+2.8 %), comparing unequal periods (9 months against 12); a year on a months basis 146.7 against 107.0 (+37.1 %); "
            + "on a days basis 146.9 against 107.0 (+37.3 %)",
            StatisticComparison.Compare(Cases2019, CasesJanuaryToSeptember2020).Describe());
    }

    [Fact]
    public void The_seed_comparison_compares_nine_months_with_twelve_and_says_so()
    {
        var comparison = StatisticComparison.Compare(Cases2019, CasesJanuaryToSeptember2020);

        Assert.True(comparison.ComparesUnequalPeriods);
        Assert.Equal(3, comparison.Change);
    }

    [Theory]
    [InlineData(2019, 1, 12, 2020, 1, 12)]
    [InlineData(2020, 1, 3, 2020, 4, 6)]
    [InlineData(2021, 2, 2, 2021, 3, 3)]
    public void Periods_of_as_many_months_are_equal_whatever_their_days(int y1, int m1, int n1, int y2, int m2, int n2)
    {
        var baseline = Cases2019 with { Period = StatisticPeriods.Months(y1, m1, n1) };
        var subject = Cases2019 with { Period = StatisticPeriods.Months(y2, m2, n2) };

        Assert.False(StatisticComparison.Compare(baseline, subject, StatisticDimension.Scope).ComparesUnequalPeriods);
    }

    [Fact]
    public void Half_a_month_against_a_month_is_unequal_and_described_with_the_share_of_the_month()
    {
        var baseline = Cases2019 with { Period = StatisticPeriods.Month(2019, 4) };
        var subject = Cases2019 with { Period = new NodaTime.DateInterval(new NodaTime.LocalDate(2019, 6, 1), new NodaTime.LocalDate(2019, 6, 15)), Value = 60 };

        var comparison = StatisticComparison.Compare(baseline, subject);

        Assert.True(comparison.ComparesUnequalPeriods);
        Assert.Contains("comparing unequal periods (0.5 months against 1)", comparison.Describe(), StringComparison.Ordinal);
    }

    [Property]
    public Property Periods_are_unequal_exactly_when_their_lengths_in_months_differ_and_swapping_keeps_it() => Prop.ForAll(
        JhaGenerators.CaseStatisticSeries.Where(s => s.Statistics.Count >= 2).ToArbitrary(),
        series =>
        {
            var (a, b) = (series.Statistics[0], series.Statistics[^1]);
            bool unequal = StatisticPeriods.LengthInMonths(a.Period) != StatisticPeriods.LengthInMonths(b.Period);
            var forward = StatisticComparison.Compare(a, b);
            return forward.ComparesUnequalPeriods == unequal
                && StatisticComparison.Compare(b, a).ComparesUnequalPeriods == unequal
                && forward.Describe().Contains("comparing unequal periods", StringComparison.Ordinal) == unequal;
        });

    [Fact]
    public void The_137_new_cases_registered_by_Western_Balkan_countries_are_not_compared_with_the_107_without_opting_in()
    {
        var error = Assert.Throws<ArgumentException>(() => StatisticComparison.Compare(Cases2019, NewCasesRegisteredBy2020));

        Assert.Contains("the metric differs: registered-cases-involving against new-cases-registered-by", error.Message, StringComparison.Ordinal);
        Assert.Contains("StatisticDimension.Metric", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the scope differs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCompare_refuses_unlike_statistics_with_the_differences_and_never_throws_for_them()
    {
        Assert.False(StatisticComparison.TryCompare(Cases2019, NewCasesRegisteredBy2020, out var comparison, out var refused));

        Assert.Null(comparison);
        var difference = Assert.Single(refused);
        Assert.Equal(StatisticDimension.Metric, difference.Dimension);
        Assert.Equal("registered-cases-involving", difference.Baseline);
        Assert.Equal("new-cases-registered-by", difference.Subject);
    }

    [Fact]
    public void TryCompare_compares_like_statistics()
    {
        Assert.True(StatisticComparison.TryCompare(Cases2019, CasesJanuaryToSeptember2020, out var comparison, out var refused));

        Assert.Empty(refused);
        Assert.Equal(3, comparison.Change);
    }

    [Fact]
    public void An_explicit_opt_in_compares_different_metrics_and_records_the_allowed_difference()
    {
        var comparison = StatisticComparison.Compare(Cases2019, NewCasesRegisteredBy2020, StatisticDimension.Metric);

        Assert.Equal(30, comparison.Change);
        Assert.Equal(StatisticDimension.Metric, Assert.Single(comparison.Differences).Dimension);
        Assert.EndsWith("allowed: the metric differs: registered-cases-involving against new-cases-registered-by", comparison.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Opting_in_to_one_difference_does_not_allow_another()
    {
        var europol = NewCasesRegisteredBy2020 with { ReportingBody = OrganisationId.Europol };

        Assert.False(StatisticComparison.TryCompare(Cases2019, europol, out _, out var refused, StatisticDimension.Metric));
        Assert.Equal(StatisticDimension.ReportingBody, Assert.Single(refused).Dimension);
        Assert.True(StatisticComparison.TryCompare(Cases2019, europol, out _, out _, StatisticDimension.Metric, StatisticDimension.ReportingBody));
    }

    [Fact]
    public void A_grouping_whose_members_changed_between_the_periods_is_a_different_scope()
    {
        var eu2019 = Cases2019 with { Scope = StatisticScope.Grouping("eu") };
        var eu2020 = CasesJanuaryToSeptember2020 with { Scope = StatisticScope.Grouping("eu") };

        var refused = Assert.Throws<ArgumentException>(() => StatisticComparison.Compare(eu2019, eu2020));

        Assert.Contains("the scope differs: eu as of 2019-12-31 (28 countries), of which only here: GB against eu as of 2020-09-30 (27 countries)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, StatisticComparison.Compare(eu2019, eu2020, StatisticDimension.Scope).Change);
    }

    [Fact]
    public void A_grouping_and_the_set_of_its_members_are_the_same_scope()
    {
        var sixCountries = CasesJanuaryToSeptember2020 with { Scope = StatisticScope.Of(CountryGroupings.WesternBalkansSix.MembersOn(new NodaTime.LocalDate(2020, 9, 30))) };

        Assert.Empty(StatisticComparison.Compare(Cases2019, sixCountries).Differences);
    }

    [Fact]
    public void A_zero_baseline_has_no_relative_change()
    {
        var comparison = StatisticComparison.Compare(Cases2019 with { Value = 0 }, CasesJanuaryToSeptember2020);

        Assert.Null(comparison.RelativeChange);
        Assert.Null(comparison.ByMonths.RelativeChange);
        Assert.Null(comparison.ByDays.RelativeChange);
        Assert.Equal(110, comparison.Change);
    }

    [Property]
    public Property Comparison_is_antisymmetric() => Prop.ForAll(
        JhaGenerators.CaseStatisticSeries.Where(s => s.Statistics.Count >= 2).ToArbitrary(),
        series =>
        {
            var (a, b) = (series.Statistics[0], series.Statistics[^1]);
            var forward = StatisticComparison.Compare(a, b);
            var backward = StatisticComparison.Compare(b, a);
            return forward.Change == -backward.Change
                && forward.ByMonths.Change == -backward.ByMonths.Change
                && forward.ByDays.Change == -backward.ByDays.Change
                && forward.Baseline == backward.Subject && forward.Subject == backward.Baseline;
        });

    [Property]
    public Property Comparing_unlike_metrics_always_fails() => Prop.ForAll(
        JhaArbitraries.CaseStatistic(),
        JhaArbitraries.StatisticMetric(),
        (statistic, metric) =>
        {
            var other = statistic with { Metric = metric };
            bool compared = StatisticComparison.TryCompare(statistic, other, out _, out var refused);
            bool threw = Record.Exception(() => StatisticComparison.Compare(statistic, other)) is ArgumentException;
            return metric == statistic.Metric
                ? compared && !threw
                : !compared && threw && refused.Any(d => d.Dimension == StatisticDimension.Metric)
                    && StatisticComparison.TryCompare(statistic, other, out _, out _, StatisticDimension.Metric);
        });

    [Property]
    public bool A_statistic_compared_with_itself_has_no_change(CaseStatistic statistic)
    {
        var comparison = StatisticComparison.Compare(statistic, statistic);
        return comparison.Change == 0 && comparison.ByMonths.Change == 0 && comparison.ByDays.Change == 0
            && comparison.RelativeChange is null or 0m;
    }

    [Fact]
    public void Missing_statistics_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => StatisticComparison.Compare(null!, Cases2019));
        Assert.Throws<ArgumentNullException>(() => StatisticComparison.Compare(Cases2019, Cases2019 with { Period = null! }));
    }

    [Fact]
    public void Percentages_round_half_away_from_zero_and_carry_their_sign()
    {
        Assert.Equal("+0.1 %", StatisticComparison.FormatPercent(0.0005m));
        Assert.Equal("-0.1 %", StatisticComparison.FormatPercent(-0.0005m));
        Assert.Equal("0.0 %", StatisticComparison.FormatPercent(0m));
        Assert.Equal("-12 %", StatisticComparison.FormatPercent(-0.12m, 0));
    }

    [Fact]
    public void Statistics_of_the_source_keep_their_provenance_in_the_comparison()
    {
        var comparison = StatisticComparison.Compare(Cases2019, CasesJanuaryToSeptember2020);

        Assert.Equal(Confidence.Verified, comparison.Subject.Confidence);
        Assert.Contains("Rising trend in judicial cooperation with Western Balkans", comparison.Subject.Source.Title, StringComparison.Ordinal);
    }
}
