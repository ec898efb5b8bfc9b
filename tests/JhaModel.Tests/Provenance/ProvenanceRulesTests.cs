using JhaModel.Agreements;
using JhaModel.Provenance;

namespace JhaModel.Tests.Provenance;

/// <summary>What a source, a sourced fact and an optional date must be.</summary>
public sealed class ProvenanceRulesTests
{
    private static readonly Source Budapest = AgreementRegistry.Get("coe-cets-185").Events[0].Source;

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://www.coe.int/en/web/conventions/full-list", true)]
    [InlineData("http://www.coe.int", true)]
    [InlineData("HTTPS://WWW.COE.INT/EN", true)]
    [InlineData("https://x", true)]
    [InlineData("http://x", true)]
    [InlineData("https://[::1]:8080/path", true)]
    [InlineData("https://eur-lex.europa.eu?uri=CELEX:32005D0809", true)]
    [InlineData("https://example.org#part", true)]
    [InlineData("https://example.org/!", true)]
    [InlineData("https://sub-domain.example.org/a/b", true)]
    [InlineData("ftp://example.org", false)]
    [InlineData("www.coe.int", false)]
    [InlineData("https:/www.coe.int", false)]
    [InlineData("https://", false)]
    [InlineData("https:///path", false)]
    [InlineData("http://", false)]
    [InlineData("https://exa mple.org", false)]
    [InlineData("https://example_org", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("https://example.org/a\tb", false)]
    [InlineData("https://example.org/\u007f", false)]
    [InlineData("https://example.org/a\u0000", false)]
    public void A_source_URL_is_an_absolute_http_or_https_URL_without_spaces_or_control_characters(string? url, bool valid)
    {
        Assert.Equal(valid, ProvenanceRules.IsAbsoluteHttpUrl(url));
    }

    [Fact]
    public void A_source_has_a_title_and_an_absent_or_absolute_URL()
    {
        Assert.True(ProvenanceRules.IsValid(Budapest));
        Assert.True(ProvenanceRules.IsValid(Budapest with { Url = null }));
        Assert.False(ProvenanceRules.IsValid(Budapest with { Url = "coe.int" }));
        Assert.False(ProvenanceRules.IsValid(Budapest with { Title = " " }));
        Assert.False(ProvenanceRules.IsValid(null!));
    }

    [Fact]
    public void A_sourced_fact_has_a_valid_source_and_a_defined_confidence()
    {
        var fact = AgreementRegistry.Get("coe-cets-185").Events[0];

        Assert.True(ProvenanceRules.IsValidFact(fact));
        Assert.False(ProvenanceRules.IsValidFact(fact with { Source = Budapest with { Title = "" } }));
        Assert.False(ProvenanceRules.IsValidFact(fact with { Source = null! }));
        Assert.False(ProvenanceRules.IsValidFact(fact with { Confidence = 0 }));
        Assert.False(ProvenanceRules.IsValidFact(fact with { Confidence = (Confidence)4 }));
        Assert.True(ProvenanceRules.IsDefined(Confidence.Unverified));
    }

    [Fact]
    public void A_date_is_present_unless_it_is_the_default_value_and_an_optional_date_may_be_absent()
    {
        Assert.True(ProvenanceRules.IsPresent(EventDate.InYear(2005)));
        Assert.False(ProvenanceRules.IsPresent(default));
        Assert.True(ProvenanceRules.IsAbsentOrPresent(null));
        Assert.True(ProvenanceRules.IsAbsentOrPresent(EventDate.InYear(2005)));
        Assert.False(ProvenanceRules.IsAbsentOrPresent(default(EventDate)));
    }

    [Theory]
    [InlineData("2005-12-31", "2006", true)]
    [InlineData("2006-01-01", "2006", false)]
    [InlineData("2005", "2005-12-31", false)]
    [InlineData("2005-11", "2005-12-01", true)]
    [InlineData("2005-12", "2005-12-31", false)]
    [InlineData("2005-12-30", "../2006-06-01", false)]
    [InlineData("2004-01-01/2005-06-30", "2005-07-01", true)]
    [InlineData("2004-01-01/2005-07-01", "2005-07-01", false)]
    [InlineData("../2005-01-01", "2006", true)]
    public void A_date_is_certainly_before_another_when_its_latest_day_is_before_the_others_earliest(string first, string second, bool before)
    {
        Assert.Equal(before, ProvenanceRules.CertainlyBefore(EventDate.Parse(first), EventDate.Parse(second)));
    }

    [Fact]
    public void A_date_that_is_not_given_is_never_certainly_before_or_after_another()
    {
        Assert.False(ProvenanceRules.CertainlyBefore(default, EventDate.InYear(2006)));
        Assert.False(ProvenanceRules.CertainlyBefore(EventDate.InYear(2004), default));
    }
}
