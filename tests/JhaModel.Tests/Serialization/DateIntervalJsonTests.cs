using System.Text.Json;
using FsCheck.Xunit;
using JhaModel.Serialization;
using NodaTime;

namespace JhaModel.Tests.Serialization;

public sealed class DateIntervalJsonTests
{
    [Fact]
    public void A_period_is_written_as_start_and_end()
    {
        var period = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 9, 30));

        Assert.Equal("""{"start":"2020-01-01","end":"2020-09-30"}""", JhaModelJson.Serialize(period));
    }

    [Property]
    public bool Periods_round_trip(LocalDate a, LocalDate b)
    {
        var period = new DateInterval(a < b ? a : b, a < b ? b : a);
        return JhaModelJson.Deserialize<DateInterval>(JhaModelJson.Serialize(period)) == period;
    }

    [Theory]
    [InlineData("""{"start":"2020-01-01"}""", "'end' is missing")]
    [InlineData("""{"end":"2020-01-01"}""", "'start' is missing")]
    [InlineData("""{"start":"2020-02-01","end":"2020-01-01"}""", "after end")]
    [InlineData("""{"start":"2020-01-01","end":"2020-02-30"}""", "for 'end'")]
    [InlineData("""{"start":"2020-01-01","start":"2020-01-02","end":"2020-03-01"}""", "appears twice")]
    [InlineData("""{"start":"2020-01-01","end":"2020-03-01","days":60}""", "unknown member 'days'")]
    [InlineData("""["2020-01-01","2020-03-01"]""", "expected a period")]
    [InlineData("""{"start":20200101,"end":"2020-03-01"}""", "Found a JSON number")]
    public void Malformed_periods_are_rejected_with_what_was_expected(string json, string expected)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<DateInterval>(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
