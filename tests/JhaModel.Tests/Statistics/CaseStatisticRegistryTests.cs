using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Tests.Statistics;

/// <summary>The embedded figures are those of the reference facts, worded as their sources word them.</summary>
public sealed class CaseStatisticRegistryTests
{
    [Fact]
    public void Eurojust_registered_107_cases_involving_Western_Balkan_countries_in_2019()
    {
        var statistic = CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019);

        Assert.Equal(107, statistic.Value);
        Assert.Equal(StatisticMetric.RegisteredCasesInvolving, statistic.Metric);
        Assert.Equal("Cases involving Western Balkan countries registered", statistic.MetricWording);
        Assert.Equal(OrganisationId.Eurojust, statistic.ReportingBody);
        Assert.Equal(StatisticScope.WesternBalkansSix, statistic.Scope);
        Assert.Equal(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)), statistic.Period);
        Assert.Equal(StatisticPeriodKind.CalendarYear, statistic.PeriodKind());
        Assert.False(statistic.IsPartialYear());
        Assert.Equal(new LocalDate(2020, 10, 22), statistic.Published);
        Assert.Equal(Confidence.Verified, statistic.Confidence);
    }

    [Fact]
    public void Eurojust_registered_110_such_cases_from_January_to_September_2020_a_partial_year()
    {
        var statistic = CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020);

        Assert.Equal(110, statistic.Value);
        Assert.Equal(StatisticMetric.RegisteredCasesInvolving, statistic.Metric);
        Assert.Equal(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 9, 30)), statistic.Period);
        Assert.Equal(StatisticPeriodKind.PartOfYear, statistic.PeriodKind());
        Assert.True(statistic.IsPartialYear());
        Assert.Equal(
            [CountryCode.Albania, CountryCode.BosniaAndHerzegovina, CountryCode.Montenegro, CountryCode.NorthMacedonia, CountryCode.Serbia, CountryCode.Kosovo],
            statistic.ScopeCountries());
    }

    [Fact]
    public void The_137_new_cases_of_2020_are_another_metric_from_the_annual_report()
    {
        var statistic = CaseStatisticRegistry.Get(CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020);

        Assert.Equal(137, statistic.Value);
        Assert.Equal(StatisticMetric.NewCasesRegisteredBy, statistic.Metric);
        Assert.Equal("New cases registered by Western Balkan countries represented at Eurojust", statistic.MetricWording);
        Assert.Equal(StatisticPeriods.Year(2020), statistic.Period);
        Assert.Contains("Annual Report 2020", statistic.Source.Title, StringComparison.Ordinal);
        Assert.Null(statistic.Published);
    }

    [Fact]
    public void The_third_country_figures_of_2023_and_2024_are_embedded_with_their_wording()
    {
        var thirdCountries = CaseStatisticRegistry.All.ForScope(StatisticScope.ThirdCountries).Statistics
            .Select(s => (s.Period.Start.Year, s.Metric.ToString(), s.Value, s.MetricWording));

        Assert.Equal(
            [
                (2023, "cases-handled-involving", 712L, "Cases handled involving one or more third countries"),
                (2023, "cases-owned-by", 351L, "New cases owned by third countries"),
                (2024, "registered-cases-involving", 1022L, "Newly opened cases involving third countries"),
                (2024, "cases-owned-by", 378L, "Newly opened cases owned by third countries"),
            ],
            thirdCountries);
        Assert.Equal(
            [("GB", 2023, 275L), ("GB", 2024, 239L), ("CH", 2024, 191L)],
            CaseStatisticRegistry.All.ForMetric(StatisticMetric.ParticipationRequests).Statistics.Select(s => (s.Scope.ToString(), s.Period.Start.Year, s.Value)));
    }

    [Fact]
    public void Every_embedded_figure_has_a_wording_a_source_and_a_unique_identifier()
    {
        var all = CaseStatisticRegistry.All.Statistics;

        Assert.Equal(10, all.Count);
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(s.MetricWording)));
        Assert.All(all, s => Assert.Equal(Confidence.Verified, s.Confidence));
        Assert.Equal(all.Count, all.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void The_embedded_set_is_valid()
    {
        var result = JhaModel.Statistics.CaseStatisticSetValidator.Instance.Validate(CaseStatisticRegistry.All);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}")));
    }

    [Fact]
    public void The_third_countries_of_2023_include_the_United_Kingdom_but_not_Croatia()
    {
        var thirdCountries = StatisticScope.ThirdCountries.CountriesOn(new LocalDate(2023, 12, 31));

        Assert.Contains(CountryCode.Parse("GB"), thirdCountries);
        Assert.Contains(CountryCode.Serbia, thirdCountries);
        Assert.DoesNotContain(CountryCode.Parse("HR"), thirdCountries);
        Assert.DoesNotContain(CountryCode.Parse("GB"), StatisticScope.ThirdCountries.CountriesOn(new LocalDate(2019, 12, 31)));
    }
}
