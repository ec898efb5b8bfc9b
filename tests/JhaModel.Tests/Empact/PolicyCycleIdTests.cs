using FsCheck.Xunit;
using JhaModel.Empact;
using NodaTime;

namespace JhaModel.Tests.Empact;

public sealed class PolicyCycleIdTests
{
    [Property]
    public bool Parse_of_the_text_form_gives_the_identifier_back(PolicyCycleId id) => PolicyCycleId.Parse(id.ToString()) == id;

    [Property]
    public bool Equality_hash_and_ordering_agree(PolicyCycleId a, PolicyCycleId b) =>
        (a == b) == a.Equals(b) && (a == b) == (a.CompareTo(b) == 0) && (!(a == b) || a.GetHashCode() == b.GetHashCode())
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a < b) == (a.CompareTo(b) < 0);

    [Fact]
    public void The_2022_2025_cycle_covers_its_four_calendar_years()
    {
        var id = PolicyCycleId.Parse("2022-2025");

        Assert.Equal(PolicyCycleId.Cycle2022To2025, id);
        Assert.Equal(2022, id.FirstYear);
        Assert.Equal(2025, id.LastYear);
        Assert.Equal(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2025, 12, 31)), id.Period);
        Assert.True(id.IsPrecededBy(PolicyCycleId.Cycle2018To2021));
        Assert.False(id.IsPrecededBy(PolicyCycleId.Cycle2026To2029));
        Assert.False(PolicyCycleId.Cycle2026To2029.IsPrecededBy(PolicyCycleId.Cycle2018To2021));
    }

    [Fact]
    public void Cycles_order_by_first_year()
    {
        Assert.True(PolicyCycleId.Cycle2018To2021 < PolicyCycleId.Cycle2022To2025);
        Assert.True(PolicyCycleId.Parse("2012-2013") < PolicyCycleId.Cycle2018To2021);
        Assert.True(default(PolicyCycleId) < PolicyCycleId.Cycle2018To2021);
    }

    [Theory]
    [InlineData("2022–2025")]
    [InlineData("2025-2022")]
    [InlineData("2022-2022")]
    [InlineData("22-25")]
    [InlineData("2022-2025 ")]
    [InlineData("0999-2000")]
    [InlineData("2022/2025")]
    [InlineData("")]
    public void Malformed_cycles_are_rejected(string text)
    {
        Assert.False(PolicyCycleId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
        Assert.Throws<FormatException>(() => PolicyCycleId.Parse(text));
    }

    [Fact]
    public void The_default_value_is_invalid_and_says_so()
    {
        var id = default(PolicyCycleId);

        Assert.True(id.IsDefault);
        Assert.Equal(string.Empty, id.ToString());
        Assert.Throws<InvalidOperationException>(() => id.FirstYear);
        Assert.Throws<InvalidOperationException>(() => id.Period);
        Assert.False(PolicyCycleId.TryParse((string?)null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyCycleId.Of(2025, 2022));
    }
}
