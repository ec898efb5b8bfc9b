using JhaModel.Organisations;
using JhaModel.Statistics;

namespace JhaModel.Tests.Statistics;

/// <summary>
/// A refused comparison explains itself: both statistics by identifier, each difference with what each side has, and
/// how to allow it; and the presentation of a percentage takes 0 to 10 decimals.
/// </summary>
public sealed class ComparisonRefusalTests
{
    private static CaseStatistic Cases2019 => CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019);

    private static CaseStatistic NewCasesRegisteredBy2020 => CaseStatisticRegistry.Get(CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020);

    [Fact]
    public void A_refusal_names_both_statistics_the_difference_and_the_dimension_to_allow()
    {
        var error = Assert.Throws<ArgumentException>(() => StatisticComparison.Compare(Cases2019, NewCasesRegisteredBy2020));

        Assert.Equal("subject", error.ParamName);
        Assert.StartsWith(
            $"Refused to compare '{NewCasesRegisteredBy2020.Id}' with '{Cases2019.Id}': the metric differs: registered-cases-involving against new-cases-registered-by. "
            + "Expected the same metric, scope and reporting body; to compare anyway, allow the difference explicitly (allowDifferent: StatisticDimension.Metric).",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_lists_every_difference_not_allowed_and_each_dimension_to_allow()
    {
        var europol = NewCasesRegisteredBy2020 with { ReportingBody = OrganisationId.Europol };

        var error = Assert.Throws<ArgumentException>(() => StatisticComparison.Compare(Cases2019, europol));

        Assert.Contains("the metric differs: registered-cases-involving against new-cases-registered-by; the reporting body differs: eurojust against europol.", error.Message, StringComparison.Ordinal);
        Assert.Contains("(allowDifferent: StatisticDimension.Metric, StatisticDimension.ReportingBody).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "+3 %")]
    [InlineData(10, "+2.8037383178 %")]
    public void A_percentage_takes_zero_to_ten_decimals(int decimals, string expected)
    {
        Assert.Equal(expected, StatisticComparison.FormatPercent(3m / 107m, decimals));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_percentage_with_fewer_than_zero_or_more_than_ten_decimals_is_refused(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StatisticComparison.FormatPercent(0.5m, decimals));

        Assert.Equal("decimals", error.ParamName);
    }
}
