using System.Text.RegularExpressions;
using JhaModel.Provenance;
using JhaModel.ReferenceData;

namespace JhaModel.Tests.ReferenceData;

/// <summary>
/// Every embedded fact marked verified names a source a reader can find: a URL, or a full citation as
/// docs/dataset.md defines it.
/// </summary>
public sealed partial class SourceCitationTests
{
    [Fact]
    public void Every_verified_fact_has_a_source_with_a_url_or_a_full_citation()
    {
        var unlocatable = JhaDataset.Default.Facts
            .Where(f => f.Confidence == Confidence.Verified && !IsLocatable(f.Source))
            .Select(f => f.Source.Title)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(unlocatable);
    }

    [Fact]
    public void Every_url_of_a_source_is_absolute_http_or_https()
    {
        Assert.All(JhaDataset.Default.Sources.Where(s => s.Url is not null), s =>
        {
            Assert.True(Uri.TryCreate(s.Url, UriKind.Absolute, out var uri), s.Url);
            Assert.True(uri.Scheme is "http" or "https", s.Url);
        });
    }

    [Fact]
    public void The_verified_facts_without_a_url_stand_on_a_full_citation()
    {
        var cited = JhaDataset.Default.Facts.Where(f => f.Confidence == Confidence.Verified && f.Source.Url is null).ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, f => Assert.True(IsFullCitation(f.Source.Title), f.Source.Title));
    }

    [Theory]
    [InlineData("Eurojust news, \"Rising trend in judicial cooperation with Western Balkans\", 22 October 2020")]
    [InlineData("Council of the European Union, Council Decision 2005/809/EC of 7 November 2005, OJ L 304, 23.11.2005, p. 14")]
    [InlineData("Council of Europe Treaty Office, chart of signatures and ratifications of CETS 185, status as of 20 June 2024")]
    [InlineData("Government of Montenegro, “Agreement on cooperation between Montenegro and Eurojust signed in Brussels”, 3 May 2016")]
    public void A_title_with_issuer_document_and_day_is_a_full_citation(string title)
    {
        Assert.True(IsFullCitation(title));
    }

    [Theory]
    [InlineData("Eurojust Annual Report 2024")]                                                           // no issuer apart, no day
    [InlineData("Eurojust news, \"Rising trend in judicial cooperation with Western Balkans\", October 2020")] // a month, not a day
    [InlineData("Eurojust news, Rising trend in judicial cooperation with Western Balkans, 22 October 2020")]  // no quoted title or reference
    [InlineData("kurir.rs, \"Srbija i Europol\", 24 September 2025")]                                      // a web site without its URL
    [InlineData("Council press release of 13 June 2025 (reproduced on politikinewsaaa.blogspot.com), \"EMPACT\"")] // names a site
    [InlineData("")]
    public void A_title_missing_issuer_document_or_day_or_naming_a_site_is_not_a_full_citation(string title)
    {
        Assert.False(IsFullCitation(title));
    }

    private static bool IsLocatable(Source source) => source.Url is not null || IsFullCitation(source.Title);

    /// <summary>
    /// A full citation: the issuer before the first comma, the document's title in quotation marks or its official
    /// reference, its date as a full day, and no web site named by its domain (a site needs its URL).
    /// </summary>
    private static bool IsFullCitation(string title)
    {
        var comma = title.IndexOf(',', StringComparison.Ordinal);
        var hasIssuer = comma > 0 && !string.IsNullOrWhiteSpace(title[..comma]);
        var namesDocument = QuotedTitle().IsMatch(title) || OfficialReference().IsMatch(title);
        return hasIssuer && namesDocument && Day().IsMatch(title) && !DomainName().IsMatch(title);
    }

    [GeneratedRegex(@"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:eu|com|org|net|info|io|int|gov|uk|fr|nl|de|be|it|es|ro|tr|ua|rs|me|mk|al|ba|au|blogspot)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    [GeneratedRegex("\"[^\"]+\"|“[^”]+”", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"\bOJ [LC]\b|\b(?:Decision|Regulation|Directive) \((?:EU|EC)\) \d{4}/\d+|\b\d{4}/\d+/(?:EC|EU|JHA)\b|\bC?ETS(?: No\.)? \d+\b|\b\d{4,5}/\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialReference();

    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Day();
}
