using JhaModel.Validation;

namespace JhaModel.Tests.Validation;

/// <summary>A required text must hold more than whitespace; an optional one may be absent but never blank.</summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData(null, false, true)]
    [InlineData("", false, false)]
    [InlineData(" ", false, false)]
    [InlineData("\t\n", false, false)]
    [InlineData("\u00a0", false, false)]
    [InlineData("Budapest", true, true)]
    [InlineData(" x ", true, true)]
    public void A_text_is_present_when_it_holds_more_than_whitespace(string? text, bool present, bool absentOrPresent)
    {
        Assert.Equal(present, TextRules.IsPresent(text));
        Assert.Equal(absentOrPresent, TextRules.IsAbsentOrPresent(text));
    }
}
