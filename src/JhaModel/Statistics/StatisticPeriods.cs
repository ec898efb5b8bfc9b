using NodaTime;

namespace JhaModel.Statistics;

/// <summary>
/// Builds the periods statistics are reported for (a year, a quarter, a month, a run of months) and derives what
/// kind of period a <see cref="DateInterval"/> is and how long it is on each <see cref="AnnualisationBasis"/>.
/// </summary>
/// <remarks>All periods are <see cref="DateInterval"/>s with both days inclusive. All members are thread-safe.</remarks>
public static class StatisticPeriods
{
    /// <summary>A whole calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>1 January to 31 December of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static DateInterval Year(int year) => Months(year, 1, 12);

    /// <summary>A whole calendar quarter.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter's three months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static DateInterval Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return Months(year, (3 * quarter) - 2, 3 * quarter);
    }

    /// <summary>A whole calendar month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static DateInterval Month(int year, int month) => Months(year, month, month);

    /// <summary>A run of whole calendar months within one year, e.g. January to September 2020.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="lastMonth">The last month, <paramref name="firstMonth"/> to 12.</param>
    /// <returns>The first day of <paramref name="firstMonth"/> to the last day of <paramref name="lastMonth"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or <paramref name="lastMonth"/> is before <paramref name="firstMonth"/>.</exception>
    public static DateInterval Months(int year, int firstMonth, int lastMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastMonth, firstMonth);
        var start = new LocalDate(year, firstMonth, 1);
        return new DateInterval(start, new LocalDate(year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(year, lastMonth)));
    }

    /// <summary>What kind of period <paramref name="period"/> is.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The kind; a month is <see cref="StatisticPeriodKind.CalendarMonth"/>, not also a part of a year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static StatisticPeriodKind KindOf(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);
        bool wholeMonths = start.Day == 1 && end.Day == CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month);
        if (start.Year != end.Year)
        {
            return StatisticPeriodKind.AcrossYears;
        }

        int months = end.Month - start.Month + 1;
        return !wholeMonths ? StatisticPeriodKind.PartOfYear
            : months == 12 ? StatisticPeriodKind.CalendarYear
            : months == 3 && start.Month % 3 == 1 ? StatisticPeriodKind.CalendarQuarter
            : months == 1 ? StatisticPeriodKind.CalendarMonth
            : StatisticPeriodKind.PartOfYear;
    }

    /// <summary>Whether <paramref name="period"/> lies within one calendar year without covering all of it (a quarter, a month, January to September, …).</summary>
    /// <param name="period">The period.</param>
    /// <returns><see langword="true"/> for a partial year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static bool IsPartialYear(DateInterval period) =>
        KindOf(period) is StatisticPeriodKind.CalendarQuarter or StatisticPeriodKind.CalendarMonth or StatisticPeriodKind.PartOfYear;

    /// <summary>Whether two periods share at least one day.</summary>
    /// <param name="a">The first period.</param>
    /// <param name="b">The second period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    /// <exception cref="ArgumentNullException">A period is <see langword="null"/>.</exception>
    public static bool Overlap(DateInterval a, DateInterval b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Start <= b.End && b.Start <= a.End;
    }

    /// <summary>The length of <paramref name="period"/> in months: whole calendar months count 1, a partly covered month the share of its days covered.</summary>
    /// <param name="period">The period.</param>
    /// <returns>For example <c>9</c> for January to September.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static decimal LengthInMonths(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        decimal months = 0m;
        int wholeMonths = 0;
        var day = period.Start;
        while (day <= period.End)
        {
            var monthEnd = new LocalDate(day.Year, day.Month, CalendarSystem.Iso.GetDaysInMonth(day.Year, day.Month));
            var last = monthEnd < period.End ? monthEnd : period.End;
            int covered = Period.Between(day, last, PeriodUnits.Days).Days + 1;
            int inMonth = monthEnd.Day;
            if (covered == inMonth)
            {
                wholeMonths++;
            }
            else
            {
                months += (decimal)covered / inMonth;
            }

            if (last == period.End)
            {
                break;
            }

            day = last.PlusDays(1);
        }

        return wholeMonths + months;
    }

    /// <summary>The length of <paramref name="period"/> in a year of its own calendar years, in days (see <see cref="AnnualisationBasis.Days"/>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>
    /// 365 or 366 for a period within one calendar year; for a longer period, the mean length of the calendar years it
    /// touches, weighted by the days it covers in each (365.5 for 2019 and 2020 together).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static decimal YearLengthInDays(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Start.Year == period.End.Year)
        {
            return DaysInYear(period.Start.Year);
        }

        decimal years = 0m;
        for (int year = period.Start.Year; year <= period.End.Year; year++)
        {
            var first = year == period.Start.Year ? period.Start : new LocalDate(year, 1, 1);
            var last = year == period.End.Year ? period.End : new LocalDate(year, 12, 31);
            int covered = Period.Between(first, last, PeriodUnits.Days).Days + 1;
            int inYear = DaysInYear(year);
            years += covered == inYear ? 1m : (decimal)covered / inYear;
        }

        return period.Length / years;
    }

    private static int DaysInYear(int year) => CalendarSystem.Iso.GetDaysInYear(year);
}
