using FsCheck;
using FsCheck.Fluent;
using JhaModel.Provenance;
using JhaModel.Testing;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Tests.Provenance;

/// <summary>The ISO date text that messages and answers use, against NodaTime's own ISO pattern.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData(2020, 10, 22, "2020-10-22")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    [InlineData(0, 2, 29, "0000-02-29")]
    [InlineData(-9998, 1, 1, "-9998-01-01")]
    [InlineData(-5, 6, 7, "-0005-06-07")]
    public void Formats_as_the_iso_pattern_does(int year, int month, int day, string expected)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(expected, IsoDate.Format(date));
        Assert.Equal(LocalDatePattern.Iso.Format(date), IsoDate.Format(date));
    }

    [Fact]
    public void Every_day_of_the_iso_calendar_formats_as_the_iso_pattern_does()
    {
        // Days since 1970-01-01 over the whole ISO calendar of NodaTime, -9998-01-01 to 9999-12-31.
        var epoch = new LocalDate(1970, 1, 1);
        var days = Gen.Choose(Period.Between(epoch, LocalDate.MinIsoValue, PeriodUnits.Days).Days, Period.Between(epoch, LocalDate.MaxIsoValue, PeriodUnits.Days).Days)
            .Select(epoch.PlusDays);

        Check.One(JhaPropertyTests.Config, Prop.ForAll(days.ToArbitrary(), d => IsoDate.Format(d) == LocalDatePattern.Iso.Format(d)));
    }

    [Fact]
    public void None_reads_as_given()
    {
        Assert.Equal("(none)", IsoDate.Format(null, "(none)"));
        Assert.Equal("2020-01-01", IsoDate.Format(new LocalDate(2020, 1, 1), "(none)"));
    }
}
