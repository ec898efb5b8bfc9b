using FsCheck.Xunit;
using JhaModel.Empact;

namespace JhaModel.Tests.Empact;

public sealed class ActionCodeTests
{
    [Property]
    public bool Parse_of_the_text_form_gives_the_code_back(ActionCode code) => ActionCode.Parse(code.ToString()) == code;

    [Property]
    public bool Equality_hash_and_ordering_agree(ActionCode a, ActionCode b) =>
        (a == b) == a.Equals(b) && (a == b) == (a.CompareTo(b) == 0) && (!(a == b) || a.GetHashCode() == b.GetHashCode())
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a > b) == (a.CompareTo(b) > 0);

    [Fact]
    public void Codes_order_number_by_number()
    {
        string[] ordered = ["OA 1", "OA 1.1", "OA 3.2", "OA 3.10", "OA 10", "OA 10.1.1"];

        Assert.Equal(ordered, ordered.Reverse().Select(ActionCode.Parse).Order().Select(c => c.ToString()));
        Assert.Equal([3, 2], ActionCode.Parse("OA 3.2").Numbers);
    }

    [Theory]
    [InlineData("OA3.2")]
    [InlineData("oa 3.2")]
    [InlineData("OA 03.2")]
    [InlineData("OA 3.0")]
    [InlineData("OA 3.")]
    [InlineData("OA .2")]
    [InlineData("OA 1.2.3.4.5")]
    [InlineData("OA 1000")]
    [InlineData("OA  3.2")]
    [InlineData("")]
    public void Malformed_codes_are_rejected(string text)
    {
        Assert.False(ActionCode.TryParse(text, out var code));
        Assert.True(code.IsDefault);
        Assert.Throws<FormatException>(() => ActionCode.Parse(text));
    }

    [Fact]
    public void The_default_value_is_invalid_and_orders_first()
    {
        Assert.Equal(string.Empty, default(ActionCode).ToString());
        Assert.True(default(ActionCode) < ActionCode.Parse("OA 1"));
        Assert.Throws<InvalidOperationException>(() => default(ActionCode).Numbers);
    }
}
