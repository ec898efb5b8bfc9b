using FsCheck.Xunit;
using JhaModel.Empact;

namespace JhaModel.Tests.Empact;

public sealed class CrimePriorityKeyTests
{
    [Property]
    public bool Parse_of_the_text_form_gives_the_key_back(CrimePriorityKey key) => CrimePriorityKey.Parse(key.ToString()) == key;

    [Property]
    public bool Equality_hash_and_ordering_agree(CrimePriorityKey a, CrimePriorityKey b) =>
        (a == b) == a.Equals(b) && (a == b) == (a.CompareTo(b) == 0) && (!(a == b) || a.GetHashCode() == b.GetHashCode())
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a <= b) == (a.CompareTo(b) <= 0);

    [Fact]
    public void A_key_is_the_cycle_a_slash_and_the_slug()
    {
        var key = CrimePriorityKey.Parse("2022-2025/migrant-smuggling");

        Assert.Equal(PolicyCycleId.Cycle2022To2025, key.Cycle);
        Assert.Equal("migrant-smuggling", key.Slug);
        Assert.Equal(key, CrimePriorityKey.Of(PolicyCycleId.Cycle2022To2025, "migrant-smuggling"));
        Assert.Equal("2022-2025/migrant-smuggling", key.ToString());
    }

    [Fact]
    public void Keys_order_by_cycle_then_slug()
    {
        Assert.True(CrimePriorityKey.Parse("2018-2021/firearms-trafficking") < CrimePriorityKey.Parse("2022-2025/cyber-attacks"));
        Assert.True(CrimePriorityKey.Parse("2022-2025/cyber-attacks") < CrimePriorityKey.Parse("2022-2025/document-fraud"));
    }

    [Theory]
    [InlineData("2022-2025/Migrant-Smuggling")]
    [InlineData("2022-2025/")]
    [InlineData("/migrant-smuggling")]
    [InlineData("2022-2025 /migrant-smuggling")]
    [InlineData("2022-2025/migrant--smuggling")]
    [InlineData("2022-2025/MS")]
    [InlineData("migrant-smuggling")]
    public void Malformed_keys_are_rejected(string text)
    {
        Assert.False(CrimePriorityKey.TryParse(text, out var key));
        Assert.True(key.IsDefault);
        Assert.Throws<FormatException>(() => CrimePriorityKey.Parse(text));
    }

    [Fact]
    public void The_default_value_is_invalid_and_says_so()
    {
        var key = default(CrimePriorityKey);

        Assert.Equal(string.Empty, key.ToString());
        Assert.Throws<InvalidOperationException>(() => key.Cycle);
        Assert.Throws<InvalidOperationException>(() => key.Slug);
        Assert.Throws<ArgumentException>(() => CrimePriorityKey.Of(default, "fraud"));
        Assert.Throws<FormatException>(() => CrimePriorityKey.Of(PolicyCycleId.Cycle2022To2025, "Fraud"));
    }
}
