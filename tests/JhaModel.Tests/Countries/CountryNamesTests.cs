using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Tests.Countries;

/// <summary>Country names in other languages: pinned to iso-codes 4.15.0-1's catalogues and to the sourced names, with every fallback visible.</summary>
public sealed class CountryNamesTests
{
    private static readonly LocalDate Before = new(2018, 6, 1);
    private static readonly LocalDate After = new(2020, 10, 22);

    private static readonly string[] EuLanguages = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];

    private static Country Of(string code) => CountryRegistry.Get(CountryCode.Parse(code));

    private static LanguageTag Tag(string text) => LanguageTag.Parse(text);

    [Fact]
    public void The_24_EU_languages_and_those_of_the_region_each_have_a_table()
    {
        string[] region = ["sq", "bs", "hr", "mk", "sr-Cyrl", "sr-Latn"];

        var languages = CountryNames.Languages.Select(l => l.ToString()).ToHashSet();
        Assert.Equal(24, EuLanguages.Length);
        Assert.All(EuLanguages.Concat(region), l => Assert.Contains(l, languages));
        Assert.Equal(CountryNames.Languages.Order(), CountryNames.Languages);
    }

    [Theory]
    [InlineData("AL", "sq", "Shqipëri")]
    [InlineData("RS", "sq", "Serbi")]
    [InlineData("ME", "sq", "Mali i Zi")]
    [InlineData("MK", "sq", "Maqedonia e Veriut")]
    [InlineData("AL", "mk", "Албанија")]
    [InlineData("RS", "mk", "Србија")]
    [InlineData("AL", "sr-Cyrl", "Албанија")]
    [InlineData("MK", "sr-Cyrl", "Северна Македонија")]
    [InlineData("AL", "sr-Latn", "Albanija")]
    [InlineData("BA", "sr-Latn", "Bosna i Hercegovina")]
    [InlineData("MK", "hr", "Sjeverna Makedonija")]
    [InlineData("MK", "de", "Nordmazedonien")]
    [InlineData("RS", "ga", "An tSeirbia")]
    public void An_iso_name_is_translated_as_the_iso_codes_catalogue_translates_it(string code, string language, string expected)
    {
        var name = Of(code).NameOn(After, Tag(language));

        Assert.Equal(expected, name.Text);
        Assert.True(name.IsTranslated, $"{code} in {language}: {name.Missing}");
        Assert.Equal(Tag(language), name.Language);
        Assert.Null(name.Missing);
        Assert.Equal(Confidence.Verified, name.Confidence);
        Assert.StartsWith("Debian iso-codes 4.15.0-1, iso_3166-1.mo of locale ", name.Source!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Serbian_without_a_script_is_answered_by_the_Cyrillic_table_and_says_so()
    {
        var name = Of("RS").NameOn(After, Tag("sr"));

        Assert.Equal("Србија", name.Text);
        Assert.Equal(Tag("sr"), name.Requested);
        Assert.Equal(Tag("sr-Cyrl"), name.Language);
    }

    [Fact]
    public void A_longer_tag_falls_back_along_its_chain_to_a_table_of_the_same_script()
    {
        var name = Of("RS").NameOn(After, Tag("sr-Latn-RS"));

        Assert.Equal("Srbija", name.Text);
        Assert.Equal(Tag("sr-Latn"), name.Language);
    }

    [Fact]
    public void A_name_the_catalogue_does_not_translate_stays_in_English_and_says_why()
    {
        // iso-codes 4.15.0-1's Macedonian catalogue has no entry for "North Macedonia".
        var name = Of("MK").NameOn(After, Tag("mk"));

        Assert.Equal("North Macedonia", name.Text);
        Assert.False(name.IsTranslated);
        Assert.Null(name.Language);
        Assert.Null(name.Source);
        Assert.Equal("Debian iso-codes 4.15.0-1 has no mk translation of 'North Macedonia' (MK), and no other source gives one", name.Missing);
    }

    [Fact]
    public void The_former_name_is_not_translated_where_no_source_gives_a_translation()
    {
        var name = Of("MK").NameOn(Before, Tag("sq"));

        Assert.Equal("the former Yugoslav Republic of Macedonia", name.Text);
        Assert.False(name.IsTranslated);
        Assert.Equal("no source gives 'the former Yugoslav Republic of Macedonia' (MK) in sq", name.Missing);
        Assert.Equal("Maqedonia e Veriut", Of("MK").NameOn(After, Tag("sq")).Text);
    }

    [Fact]
    public void A_language_without_a_table_gets_the_English_name_and_the_reason()
    {
        var name = Of("AL").NameOn(After, Tag("cnr"));

        Assert.Equal("Albania", name.Text);
        Assert.False(name.IsTranslated);
        Assert.StartsWith("no names in cnr: the tables hold ", name.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void English_is_the_language_of_the_data()
    {
        var name = Of("MK").NameOn(Before, Tag("en-GB"));

        Assert.Equal("the former Yugoslav Republic of Macedonia", name.Text);
        Assert.Equal(Tag("en"), name.Language);
    }

    [Fact]
    public void A_name_other_than_the_iso_name_is_not_translated_as_if_it_were()
    {
        var renamed = Of("AL") with { ShortName = "Shqipëria e Madhe" };

        var name = renamed.NameOn(After, Tag("de"));

        Assert.Equal("Shqipëria e Madhe", name.Text);
        Assert.False(name.IsTranslated);
    }

    [Theory]
    [InlineData("Kosovo", "sq", "Kosova", Confidence.Partial)]
    [InlineData("Kosovo*", "sq", "Kosova*", Confidence.Unverified)]
    [InlineData("Kosovo", "sr-Cyrl", "Косово", Confidence.Partial)]
    [InlineData("Kosovo*", "sr", "Косово*", Confidence.Unverified)]
    [InlineData("Kosovo*", "sr-Latn", "Kosovo*", Confidence.Partial)]
    public void Kosovo_is_named_in_a_language_where_a_source_gives_the_name(string english, string language, string expected, Confidence confidence)
    {
        var name = CountryNames.Translate(CountryCode.Kosovo, english, Tag(language));

        Assert.Equal(expected, name.Text);
        Assert.True(name.IsTranslated);
        Assert.Equal(confidence, name.Confidence);
        Assert.NotNull(name.Source!.Url);
    }

    [Fact]
    public void Kosovo_is_not_named_where_no_source_gives_the_name()
    {
        var name = CountryRegistry.Get(CountryCode.Kosovo).NameOn(After, Tag("mk"));

        Assert.Equal("Kosovo", name.Text);
        Assert.False(name.IsTranslated);
        Assert.Equal("no source gives 'Kosovo' (XK) in mk", name.Missing);
    }

    [Fact]
    public void The_EU_footnote_is_given_in_Serbian_Latin_and_falls_back_visibly_elsewhere()
    {
        var footnote = CountryRegistry.Get(CountryCode.Kosovo).Designation!.FootnoteOf(OrganisationId.EuropeanUnion)!;

        var serbian = footnote.TextIn(Tag("sr-Latn"));
        var albanian = footnote.TextIn(Tag("sq"));

        Assert.StartsWith("*Ova oznaka je bez prejudiciranja stavova o statusu", serbian.Text, StringComparison.Ordinal);
        Assert.Equal(Tag("sr-Latn"), serbian.Language);
        Assert.Equal("https://europa.rs/saopstenje-portparola-eu-o-kosovskim-snagama-bezbednosti/", serbian.Source!.Url);
        Assert.Equal(footnote.Text, albanian.Text);
        Assert.False(albanian.IsTranslated);
        Assert.Equal("no source gives the eu footnote in sq", albanian.Missing);
    }

    [Fact]
    public void The_default_language_tag_is_rejected_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Of("AL").NameOn(After, default));

        Assert.Equal("language", error.ParamName);
    }

    [Fact]
    public void The_tables_answer_the_same_from_many_threads_at_once()
    {
        var names = Enumerable.Range(0, 64).AsParallel().Select(i => Of("AL").NameOn(After, Tag(i % 2 == 0 ? "sq" : "sr-Latn")).Text).ToList();

        Assert.All(names.Where((_, i) => i % 2 == 0), n => Assert.Equal("Shqipëri", n));
        Assert.All(names.Where((_, i) => i % 2 == 1), n => Assert.Equal("Albanija", n));
    }
}
