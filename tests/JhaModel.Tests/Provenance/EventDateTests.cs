using FsCheck.Xunit;
using JhaModel.Provenance;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Provenance;

public sealed class EventDateTests
{
    [Theory]
    [InlineData("2010-12-17", EventDateKind.Day, "2010-12-17", "2010-12-17")]
    [InlineData("2005-12", EventDateKind.Month, "2005-12-01", "2005-12-31")]
    [InlineData("2024-02", EventDateKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2000", EventDateKind.Year, "2000-01-01", "2000-12-31")]
    [InlineData("2005-12-15/2005-12-16", EventDateKind.Range, "2005-12-15", "2005-12-16")]
    [InlineData("../2025-01-01", EventDateKind.OnOrBefore, null, "2025-01-01")]
    public void Parse_reads_each_form_with_its_bounds(string text, EventDateKind kind, string? earliest, string latest)
    {
        var date = EventDate.Parse(text);

        Assert.Equal(kind, date.Kind);
        Assert.Equal(earliest is null ? null : D(earliest), date.Earliest);
        Assert.Equal(D(latest), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("2020-13-01")]
    [InlineData("2020-00")]
    [InlineData("0000")]
    [InlineData("20")]
    [InlineData("2020-1-01")]
    [InlineData("2005-12-16/2005-12-15")]
    [InlineData("2005-12-16/2005-12-16")]
    [InlineData("../2025")]
    [InlineData("2025-01-01/..")]
    [InlineData(" 2020")]
    [InlineData("")]
    [InlineData("20a0")]
    [InlineData("20.0")]
    [InlineData("20:0")]
    [InlineData("0000-05")]
    [InlineData("2020-13")]
    [InlineData("2020-0a")]
    [InlineData("2020x01")]
    [InlineData("0000-01-01")]
    [InlineData("2020-00-01")]
    [InlineData("2020-01-00")]
    [InlineData("2020-01-32")]
    [InlineData("2020-01-0x")]
    [InlineData("2020x01-01")]
    [InlineData("2020-01x01")]
    [InlineData("/2020-01-01")]
    [InlineData("2005-12-15/")]
    [InlineData("2005-12-15/2005-12-16x")]
    [InlineData("2021-02-29/2021-03-01")]
    [InlineData("../2020-02-30")]
    [InlineData("../2020-01-01/2020-01-02")]
    public void TryParse_rejects_malformed_or_impossible_dates(string text)
    {
        Assert.False(EventDate.TryParse(text, out var date));
        Assert.True(date.IsDefault);
    }

    [Fact]
    public void An_event_counts_from_its_last_possible_day()
    {
        var december = EventDate.InMonth(2005, 12);

        Assert.False(december.IsCertainlyOnOrBefore(D("2005-12-30")));
        Assert.True(december.IsCertainlyOnOrBefore(D("2005-12-31")));
        Assert.True(december.IsPossiblyOnOrBefore(D("2005-12-01")));
        Assert.False(december.IsPossiblyOnOrBefore(D("2005-11-30")));
        Assert.True(EventDate.OnOrBefore(D("2025-01-01")).IsPossiblyOnOrBefore(D("1900-01-01")));
    }

    [Fact]
    public void The_default_value_is_invalid()
    {
        EventDate date = default;

        Assert.True(date.IsDefault);
        Assert.Equal(string.Empty, date.ToString());
        Assert.Throws<InvalidOperationException>(() => date.Latest);
        Assert.True(date < EventDate.InYear(1));
    }

    [Fact]
    public void Between_requires_an_end_after_the_start()
    {
        Assert.Throws<ArgumentException>(() => EventDate.Between(D("2020-01-02"), D("2020-01-02")));
    }

    [Property]
    public bool Text_round_trips(EventDate date) => EventDate.Parse(date.ToString()) == date;

    [Property]
    public bool Every_date_contains_its_bounds(EventDate date) =>
        date.Contains(date.Latest) && (date.Earliest is not { } earliest || (date.Contains(earliest) && earliest <= date.Latest));

    [Property]
    public bool Ordering_is_antisymmetric_and_consistent_with_equality(EventDate a, EventDate b) =>
        Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a.CompareTo(b) == 0) == (a == b) && (a != b || a.GetHashCode() == b.GetHashCode());

    [Property]
    public bool Ordering_is_transitive(EventDate a, EventDate b, EventDate c) => !(a <= b && b <= c) || a <= c;

    [Theory]
    [InlineData("0001", "0001-01-01", "0001-12-31")]
    [InlineData("0001-01", "0001-01-01", "0001-01-31")]
    [InlineData("0001-01-01", "0001-01-01", "0001-01-01")]
    [InlineData("0001-01-01/0001-01-02", "0001-01-01", "0001-01-02")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("1999-09-09", "1999-09-09", "1999-09-09")]
    [InlineData("2005-01", "2005-01-01", "2005-01-31")]
    [InlineData("2005-12-31/2006-01-01", "2005-12-31", "2006-01-01")]
    public void Parse_reads_the_first_and_last_years_months_and_days_of_the_calendar(string text, string earliest, string latest)
    {
        var date = EventDate.Parse(text);

        Assert.Equal(D(earliest), date.Earliest);
        Assert.Equal(D(latest), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Exact_is_the_day_only_for_a_date_known_to_the_day()
    {
        var day = D("2010-12-17");

        Assert.Equal(day, EventDate.On(day).Exact);
        Assert.Null(EventDate.InMonth(2010, 12).Exact);
        Assert.Null(EventDate.InYear(2010).Exact);
        Assert.Null(EventDate.Between(day, D("2010-12-18")).Exact);
        Assert.Null(EventDate.OnOrBefore(day).Exact);
        Assert.Null(default(EventDate).Exact);
    }

    [Fact]
    public void Contains_holds_exactly_for_the_days_from_the_earliest_to_the_latest()
    {
        var december = EventDate.InMonth(2005, 12);

        Assert.False(december.Contains(D("2005-11-30")));
        Assert.True(december.Contains(D("2005-12-01")));
        Assert.True(december.Contains(D("2005-12-31")));
        Assert.False(december.Contains(D("2006-01-01")));
        Assert.True(EventDate.OnOrBefore(D("2025-01-01")).Contains(D("1900-01-01")));
        Assert.False(EventDate.OnOrBefore(D("2025-01-01")).Contains(D("2025-01-02")));
    }

    [Fact]
    public void Equality_compares_the_kind_and_both_bounds()
    {
        var day = D("2005-12-16");

        Assert.NotEqual(EventDate.On(day), EventDate.OnOrBefore(day));
        Assert.NotEqual(EventDate.Between(D("2005-12-14"), day), EventDate.Between(D("2005-12-15"), day));
        Assert.NotEqual(EventDate.Between(D("2005-12-14"), D("2005-12-15")), EventDate.Between(D("2005-12-14"), day));
        Assert.NotEqual(EventDate.InMonth(2005, 12), EventDate.Between(D("2005-12-01"), D("2005-12-31")));
        Assert.True(EventDate.InMonth(2005, 12) == EventDate.Parse("2005-12"));
        Assert.False(EventDate.InMonth(2005, 12) != EventDate.Parse("2005-12"));
        Assert.True(EventDate.InMonth(2005, 12).Equals((object)EventDate.Parse("2005-12")));
        Assert.False(EventDate.InMonth(2005, 12).Equals((object)"2005-12"));
        Assert.False(EventDate.InMonth(2005, 12).Equals(null));
    }

    [Fact]
    public void Ordering_is_by_the_earliest_day_then_the_latest_day_then_the_kind()
    {
        // The earliest day decides, even against the latest: 2005 may have begun before 1 June 2005.
        Assert.True(EventDate.InYear(2005).CompareTo(EventDate.On(D("2005-06-01"))) < 0);
        // An unknown lower bound comes first.
        Assert.True(EventDate.OnOrBefore(D("2025-01-01")).CompareTo(EventDate.On(D("1900-01-01"))) < 0);
        // With the same earliest day, the latest day decides.
        Assert.True(EventDate.Between(D("2005-01-01"), D("2005-01-03")).CompareTo(EventDate.Between(D("2005-01-01"), D("2005-01-02"))) > 0);
        // With the same days, the kind decides: a month before the range of its days, a year before the range of its days.
        Assert.True(EventDate.InMonth(2005, 12).CompareTo(EventDate.Between(D("2005-12-01"), D("2005-12-31"))) < 0);
        Assert.True(EventDate.Between(D("2005-01-01"), D("2005-12-31")).CompareTo(EventDate.InYear(2005)) > 0);
        Assert.Equal(0, EventDate.InYear(2005).CompareTo(EventDate.Parse("2005")));
    }

    [Fact]
    public void The_default_value_orders_before_every_date_and_equal_to_itself()
    {
        Assert.Equal(0, default(EventDate).CompareTo(default));
        Assert.True(EventDate.InYear(1).CompareTo(default) > 0);
        Assert.True(default(EventDate).CompareTo(EventDate.InYear(1)) < 0);
    }

    [Fact]
    public void The_comparison_operators_agree_with_the_order()
    {
        var earlier = EventDate.InMonth(2005, 12);
        var later = EventDate.On(D("2006-01-01"));
        var same = EventDate.Parse("2005-12");

        Assert.True(earlier < later);
        Assert.False(later < earlier);
        Assert.False(earlier < same);
        Assert.True(later > earlier);
        Assert.False(earlier > later);
        Assert.False(earlier > same);
        Assert.True(earlier <= later);
        Assert.True(earlier <= same);
        Assert.False(later <= earlier);
        Assert.True(later >= earlier);
        Assert.True(earlier >= same);
        Assert.False(earlier >= later);
    }

    [Fact]
    public void CompareTo_an_object_orders_after_null_and_rejects_other_types()
    {
        var date = EventDate.InYear(2005);

        Assert.True(date.CompareTo((object?)null) > 0);
        Assert.Equal(0, date.CompareTo((object)EventDate.Parse("2005")));
        Assert.True(date.CompareTo((object)EventDate.InYear(2006)) < 0);
        var error = Assert.Throws<ArgumentException>(() => date.CompareTo((object)"2005"));
        Assert.Equal("obj", error.ParamName);
        Assert.StartsWith("The object is not an EventDate.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "year")]
    [InlineData(-1, 1, "year")]
    [InlineData(10000, 1, "year")]
    [InlineData(2000, 0, "month")]
    [InlineData(2000, 13, "month")]
    public void InMonth_accepts_only_years_1_to_9999_and_months_1_to_12(int year, int month, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => EventDate.InMonth(year, month)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void InYear_accepts_only_years_1_to_9999(int year)
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => EventDate.InYear(year)).ParamName);
    }

    [Fact]
    public void The_calendar_of_event_dates_runs_from_year_1_to_9999()
    {
        Assert.Equal(D("0001-01-01"), EventDate.InYear(1).Earliest);
        Assert.Equal(D("9999-12-31"), EventDate.InYear(9999).Latest);
        Assert.Equal(D("0001-01-01"), EventDate.InMonth(1, 1).Earliest);
        Assert.Equal(D("9999-12-31"), EventDate.InMonth(9999, 12).Latest);
    }

    [Fact]
    public void The_errors_name_what_was_found()
    {
        var range = Assert.Throws<ArgumentException>(() => EventDate.Between(D("2020-01-03"), D("2020-01-02")));
        Assert.Equal("latest", range.ParamName);
        Assert.Contains("2020-01-03/2020-01-02", range.Message, StringComparison.Ordinal);
        Assert.Contains("EventDate.On", range.Message, StringComparison.Ordinal);

        var format = Assert.Throws<FormatException>(() => EventDate.Parse("2020-13"));
        Assert.StartsWith("\"2020-13\" is not an event date; expected YYYY-MM-DD", format.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => EventDate.Parse((string)null!));

        var latest = Assert.Throws<InvalidOperationException>(() => default(EventDate).Latest);
        Assert.Equal("The default EventDate has no days; it is not a valid date.", latest.Message);
        Assert.Throws<InvalidOperationException>(() => default(EventDate).Earliest);
    }
}
