using System.Text.Json;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary>
/// <c>jha report --language</c> run as a process: the country names in Albanian, Macedonian and Serbian as iso-codes
/// 4.15.0-1 translates them (checked against its iso_3166-1.mo), Kosovo's from the sourced names, and every name
/// with no known translation shown in English, marked, with the reason.
/// </summary>
public sealed class ReportLanguageTests
{
    [Theory]
    [InlineData("sq", "AL", "Shqipëri", "sq")]
    [InlineData("sq", "BA", "Bosnjë dhe Hercegovinë", "sq")]
    [InlineData("sq", "ME", "Mali i Zi", "sq")]
    [InlineData("sq", "MK", "Maqedonia e Veriut", "sq")]
    [InlineData("sq", "RS", "Serbi", "sq")]
    [InlineData("sq", "XK", "Kosova*", "sq")]
    [InlineData("mk", "AL", "Албанија", "mk")]
    [InlineData("mk", "ME", "Црна Гора", "mk")]
    [InlineData("mk", "RS", "Србија", "mk")]
    [InlineData("sr", "AL", "Албанија", "sr-Cyrl")]
    [InlineData("sr", "MK", "Северна Македонија", "sr-Cyrl")]
    [InlineData("sr", "XK", "Косово*", "sr-Cyrl")]
    [InlineData("sr-Latn", "RS", "Srbija", "sr-Latn")]
    [InlineData("sr-Latn", "XK", "Kosovo*", "sr-Latn")]
    public void The_json_report_names_each_country_in_the_language_and_says_which(string language, string code, string name, string actual)
    {
        var country = Country(Json(language), code);

        Assert.Equal(name, country.GetProperty("name").GetString());
        Assert.Equal(actual, country.GetProperty("nameLanguage").GetString());
        Assert.False(country.TryGetProperty("nameMissing", out _));
    }

    [Theory]
    [InlineData("mk", "MK", "North Macedonia", "Debian iso-codes 4.15.0-1 has no mk translation of 'North Macedonia' (MK), and no other source gives one")]
    [InlineData("mk", "XK", "Kosovo*", "no source gives 'Kosovo*' (XK) in mk")]
    [InlineData("cnr", "AL", "Albania", "no names in cnr: the tables hold ")]
    public void A_name_with_no_known_translation_is_in_English_with_the_reason(string language, string code, string name, string missing)
    {
        var country = Country(Json(language), code);

        Assert.Equal(name, country.GetProperty("name").GetString());
        Assert.StartsWith(missing, country.GetProperty("nameMissing").GetString(), StringComparison.Ordinal);
        Assert.False(country.TryGetProperty("nameLanguage", out _));
    }

    [Fact]
    public void Before_the_Prespa_Agreement_the_former_name_stays_in_English_marked_in_the_text_report()
    {
        var run = JhaTool.Run("report", "--as-of", "2018-06-01", "--language", "sq");

        ToolAssert.Succeeds(run);
        string text = run.Stdout.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("Shqipëri", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Macedonia [en]", text, StringComparison.Ordinal);
        Assert.Contains("[en] MK the former Yugoslav Republic of Macedonia: no source gives 'the former Yugoslav Republic of Macedonia' (MK) in sq.", Unwrapped(run.Stdout), StringComparison.Ordinal);
        Assert.Contains("[en] the footnote of Kosova*: no source gives the eu footnote in sq.", Unwrapped(run.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void The_footnote_is_in_Serbian_Latin_where_the_EU_gives_it()
    {
        var report = Json("sr-Latn");
        var footnote = report.RootElement.GetProperty("footnotes")[0];

        Assert.StartsWith("*Ova oznaka je bez prejudiciranja stavova o statusu", footnote.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("sr-Latn", footnote.GetProperty("textLanguage").GetString());
    }

    [Fact]
    public void Without_a_language_the_report_is_unchanged()
    {
        var report = JsonDocument.Parse(JhaTool.Run("report", "--as-of", "2020-10-22", "-f", "json").Stdout);

        Assert.False(report.RootElement.TryGetProperty("language", out _));
        Assert.Equal("North Macedonia", Country(report, "MK").GetProperty("name").GetString());
        Assert.False(Country(report, "MK").TryGetProperty("nameLanguage", out _));
    }

    [Fact]
    public void The_html_page_marks_each_name_with_its_language_and_a_fallback_with_its_reason()
    {
        string path = Path.Combine(TempDirectory.Create(), "report.html");

        ToolAssert.Succeeds(JhaTool.Run("report", "--as-of", "2020-10-22", "--language", "mk", "--html", path));

        string html = File.ReadAllText(path);
        Assert.Contains("<td lang=\"mk\">Албанија</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"en\" class=\"fallback\" title=\"Debian iso-codes 4.15.0-1 has no mk translation of &#39;North Macedonia&#39; (MK), and no other source gives one\">North Macedonia [en]</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note language\">Country names in mk", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sr_Latn")]
    [InlineData("SQ")]
    [InlineData("sr-latn")]
    public void A_malformed_language_tag_is_exit_code_2_with_one_line(string tag)
    {
        ToolAssert.FailsWithOneLine(JhaTool.Run("report", "--language", tag), 2, $"--language: '{tag}' is not a language tag; expected a BCP 47 tag");
    }

    private static JsonDocument Json(string language)
    {
        var run = JhaTool.Run("report", "--as-of", "2020-10-22", "--language", language, "-f", "json");
        ToolAssert.Succeeds(run);
        return JsonDocument.Parse(run.Stdout);
    }

    private static JsonElement Country(JsonDocument report, string code) =>
        report.RootElement.GetProperty("westernBalkans").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    /// <summary>The text with the terminal's line wrapping undone.</summary>
    private static string Unwrapped(string text) => text.Replace(" \n", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
