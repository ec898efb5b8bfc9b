using JhaModel.Countries;

namespace JhaModel.Tests.Countries;

/// <summary>The subtags of a language tag and its lookup chain; parsing and formatting are the text-value contract (TextValueContractTests).</summary>
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("sq", "sq", null, null)]
    [InlineData("sr-Latn", "sr", "Latn", null)]
    [InlineData("pt-BR", "pt", null, "BR")]
    [InlineData("sr-Cyrl-RS", "sr", "Cyrl", "RS")]
    [InlineData("es-419", "es", null, "419")]
    [InlineData("cnr", "cnr", null, null)]
    public void The_subtags_are_read_from_the_tag(string text, string language, string? script, string? region)
    {
        var tag = LanguageTag.Parse(text);

        Assert.Equal(language, tag.Language);
        Assert.Equal(script, tag.Script);
        Assert.Equal(region, tag.Region);
    }

    [Fact]
    public void The_fallback_chain_removes_the_last_subtag_until_the_language_is_left()
    {
        Assert.Equal(["sr-Latn-RS", "sr-Latn", "sr"], LanguageTag.Parse("sr-Latn-RS").FallbackChain().Select(t => t.ToString()));
        Assert.Equal(["sq"], LanguageTag.Parse("sq").FallbackChain().Select(t => t.ToString()));
        Assert.Empty(default(LanguageTag).FallbackChain());
    }

    [Theory]
    [InlineData("sr_Latn")]
    [InlineData("SR-Latn")]
    [InlineData("sr-latn")]
    [InlineData("sr-Latn-rs")]
    [InlineData("sr-Latn-RS-x-private")]
    public void A_tag_in_another_case_or_beyond_language_script_region_is_rejected_saying_what_was_expected(string text)
    {
        var error = Assert.Throws<FormatException>(() => LanguageTag.Parse(text));

        Assert.Contains($"\"{text}\" is not a language tag; expected a BCP 47 tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_tag_has_no_language()
    {
        Assert.True(default(LanguageTag).IsDefault);
        Assert.Throws<InvalidOperationException>(() => default(LanguageTag).Language);
        Assert.Null(default(LanguageTag).Script);
    }
}
