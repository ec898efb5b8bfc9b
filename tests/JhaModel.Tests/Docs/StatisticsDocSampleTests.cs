using JhaModel.Countries;
using JhaModel.Serialization;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Tests.Docs;

/// <summary>The samples of docs/statistics.md, as written there, with the output the page shows.</summary>
public sealed class StatisticsDocSampleTests
{
    [Fact]
    public void The_seed_example_describes_as_the_page_shows()
    {
        var comparison = CaseStatisticRegistry.All.Compare(
            CaseStatisticRegistry.WesternBalkans2019,                     // 107, 2019
            CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020);  // 110, 2020-01-01 to 2020-09-30

        Assert.Equal(
            "110 (2020-01-01/2020-09-30) against 107 (2019-01-01/2019-12-31): +3 (+2.8 %), comparing unequal periods (9 months against 12); "
            + "a year on a months basis 146.7 against 107.0 (+37.1 %); on a days basis 146.9 against 107.0 (+37.3 %)",
            comparison.Describe());
    }

    [Fact]
    public void The_refused_comparison_throws_the_message_the_page_shows()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseStatisticRegistry.All.Compare(
            CaseStatisticRegistry.WesternBalkans2019,
            CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020));

        Assert.Equal(
            "Refused to compare 'eurojust-wb6-new-cases-registered-by-2020' with 'eurojust-wb6-registered-cases-2019': "
            + "the metric differs: registered-cases-involving against new-cases-registered-by. Expected the same metric, scope and reporting body; "
            + "to compare anyway, allow the difference explicitly (allowDifferent: StatisticDimension.Metric). (Parameter 'subject')",
            error.Message);
    }

    [Fact]
    public void The_scope_samples_write_what_the_page_shows()
    {
        Assert.Equal("""{"country":"RS"}""", JhaModelJson.Serialize(StatisticScope.Of(CountryCode.Serbia)));
        Assert.Equal("""{"countries":["AL","RS"]}""", JhaModelJson.Serialize(StatisticScope.Of(CountryCode.Serbia, CountryCode.Albania)));
        Assert.Equal("""{"grouping":"wb6"}""", JhaModelJson.Serialize(StatisticScope.WesternBalkansSix));
        Assert.Equal("""{"outside":"eu"}""", JhaModelJson.Serialize(StatisticScope.ThirdCountries));
        Assert.Equal(6, StatisticScope.WesternBalkansSix.CountriesOn(new LocalDate(2020, 9, 30)).Count);
        Assert.Equal(28, StatisticScope.Grouping("eu").CountriesOn(new LocalDate(2019, 12, 31)).Count);
        Assert.Equal(27, StatisticScope.Grouping("eu").CountriesOn(new LocalDate(2020, 9, 30)).Count);
    }

    [Fact]
    public void The_formatting_samples_give_what_the_page_shows()
    {
        Assert.Equal("146.7 a year (9 of 12 months)", CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020).Annualise(AnnualisationBasis.Months).Format());
        Assert.Equal("+2.8 %", StatisticComparison.FormatPercent(3m / 107m));
    }
}
