using System.Text;
using JhaModel.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Tests.Serialization;

/// <summary>A count is a whole number as JSON Schema defines it, decided on the number's digits, never after rounding.</summary>
public sealed class WholeNumberTests
{
    private static string Statistic(string value) =>
        JhaModelJson.Serialize(CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019)).Replace("\"value\":107", "\"value\":" + value, StringComparison.Ordinal);

    [Theory]
    [InlineData("107", 107)]
    [InlineData("107.0", 107)]
    [InlineData("107.000000000000000000000000000000000", 107)]
    [InlineData("1.07e2", 107)]
    [InlineData("1.07E+2", 107)]
    [InlineData("10700e-2", 107)]
    [InlineData("0.0", 0)]
    [InlineData("0e999999999", 0)]
    [InlineData("9.223372036854775807e18", long.MaxValue)]
    public void Numbers_without_a_fraction_are_read_as_their_whole_value(string text, long expected)
    {
        Assert.Equal(expected, JhaModelJson.Deserialize<CaseStatistic>(Statistic(text)).Value);
    }

    [Theory]
    [InlineData("1.00000000000000000000000000001")] // a decimal rounds it to 1
    [InlineData("107.5")]
    [InlineData("1.075e2")]
    [InlineData("10701e-2")]
    [InlineData("9.223372036854775808e18")] // one past long.MaxValue
    [InlineData("1e999999999")]
    [InlineData("1e-999999999")]
    public void Numbers_with_a_fraction_or_out_of_range_are_refused(string text)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<CaseStatistic>(Statistic(text)));
        Assert.Contains("expected a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_reports_a_count_a_decimal_would_round()
    {
        var result = JhaModel.Exchange.JhaExchange.Read(Encoding.UTF8.GetBytes(
            "{\"formatVersion\":\"1.0\",\"producer\":\"p\",\"generatedAt\":\"2026-12-03T08:00:00Z\",\"statistics\":[" + Statistic("1.00000000000000000000000000001") + "]}"));

        Assert.Contains(result.Problems, p => p.Code == "JHA-DOC-002" && p.Path == "$.statistics[0].value");
    }
}
