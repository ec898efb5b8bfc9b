using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Tests.Statistics;

public sealed class StatisticPeriodsTests
{
    [Theory]
    [InlineData("2019-01-01", "2019-12-31", StatisticPeriodKind.CalendarYear)]
    [InlineData("2020-04-01", "2020-06-30", StatisticPeriodKind.CalendarQuarter)]
    [InlineData("2020-02-01", "2020-02-29", StatisticPeriodKind.CalendarMonth)]
    [InlineData("2020-01-01", "2020-09-30", StatisticPeriodKind.PartOfYear)]
    [InlineData("2020-02-01", "2020-04-30", StatisticPeriodKind.PartOfYear)]
    [InlineData("2020-01-15", "2020-01-31", StatisticPeriodKind.PartOfYear)]
    [InlineData("2019-07-01", "2020-06-30", StatisticPeriodKind.AcrossYears)]
    [InlineData("2019-01-01", "2020-12-31", StatisticPeriodKind.AcrossYears)]
    public void The_kind_of_period_is_derived_from_its_days(string start, string end, StatisticPeriodKind expected)
    {
        var period = new DateInterval(Support.Dates.D(start), Support.Dates.D(end));

        Assert.Equal(expected, StatisticPeriods.KindOf(period));
        Assert.Equal(expected is StatisticPeriodKind.CalendarQuarter or StatisticPeriodKind.CalendarMonth or StatisticPeriodKind.PartOfYear, StatisticPeriods.IsPartialYear(period));
    }

    [Fact]
    public void The_builders_give_whole_calendar_periods()
    {
        Assert.Equal(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 9, 30)), StatisticPeriods.Months(2020, 1, 9));
        Assert.Equal(new DateInterval(new LocalDate(2020, 10, 1), new LocalDate(2020, 12, 31)), StatisticPeriods.Quarter(2020, 4));
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), StatisticPeriods.Month(2024, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatisticPeriods.Quarter(2020, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatisticPeriods.Months(2020, 9, 1));
    }

    [Fact]
    public void Lengths_are_counted_in_months_and_in_days()
    {
        Assert.Equal(9m, StatisticPeriods.LengthInMonths(StatisticPeriods.Months(2020, 1, 9)));
        Assert.Equal(12m, StatisticPeriods.LengthInMonths(new DateInterval(new LocalDate(2019, 7, 1), new LocalDate(2020, 6, 30))));
        Assert.Equal(0.5m, StatisticPeriods.LengthInMonths(new DateInterval(new LocalDate(2021, 2, 1), new LocalDate(2021, 2, 14))));
        Assert.Equal(366m, StatisticPeriods.YearLengthInDays(StatisticPeriods.Months(2020, 1, 9)));
        Assert.Equal(365m, StatisticPeriods.YearLengthInDays(StatisticPeriods.Year(2019)));
        Assert.Equal(365.5m, StatisticPeriods.YearLengthInDays(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2020, 12, 31))));
    }

    [Property]
    public Property Annualising_a_whole_year_is_the_identity() => Prop.ForAll(
        Gen.Choose(1990, 2040).ToArbitrary(),
        Gen.Choose(0, int.MaxValue).Select(v => (long)v * 4_000_000_000L).ToArbitrary(),
        (year, value) =>
        {
            var period = StatisticPeriods.Year(year);
            return AnnualisedRate.Of(value, period, AnnualisationBasis.Months).Rate == value
                && AnnualisedRate.Of(value, period, AnnualisationBasis.Days).Rate == value;
        });

    [Property]
    public bool Annualising_a_generated_whole_year_statistic_is_the_identity(CaseStatistic statistic)
    {
        var year = statistic with { Period = StatisticPeriods.Year(statistic.Period.End.Year) };
        return year.Annualise(AnnualisationBasis.Months).Rate == year.Value && year.Annualise(AnnualisationBasis.Days).Rate == year.Value;
    }

    [Property]
    public bool Two_whole_years_annualise_to_half_their_count_on_both_bases(CaseStatistic statistic)
    {
        int year = statistic.Period.End.Year;
        var twoYears = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year + 1, 12, 31));
        long value = statistic.Value * 2;
        return AnnualisedRate.Of(value, twoYears, AnnualisationBasis.Months).Rate == statistic.Value
            && AnnualisedRate.Of(value, twoYears, AnnualisationBasis.Days).Rate == statistic.Value;
    }

    [Property]
    public bool A_shorter_period_never_annualises_lower(CaseStatistic statistic)
    {
        var months = statistic.Annualise(AnnualisationBasis.Months);
        var days = statistic.Annualise(AnnualisationBasis.Days);
        bool shorterThanAYear = statistic.Period.Length < 365;
        return !shorterThanAYear || (months.Rate >= statistic.Value && days.Rate >= statistic.Value);
    }

    [Fact]
    public void A_negative_count_is_not_annualised()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualisedRate.Of(-1, StatisticPeriods.Year(2020), AnnualisationBasis.Days));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualisedRate.Of(1, StatisticPeriods.Year(2020), (AnnualisationBasis)9));
    }
}
