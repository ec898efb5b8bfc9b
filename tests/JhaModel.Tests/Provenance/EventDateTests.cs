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
}
