using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Agreements;

/// <summary>The embedded agreements answer the reference facts through the public API.</summary>
public sealed class AgreementFactsTests
{
    private static readonly Party Eu = OrganisationId.EuropeanUnion;

    [Theory]
    [InlineData("2023-02-08", AgreementStatus.Signed)]
    [InlineData("2023-02-09", AgreementStatus.ConsentExpressed)]
    [InlineData("2023-02-10", AgreementStatus.ConsentExpressed)]
    [InlineData("2022-05-11", AgreementStatus.NotSigned)]
    public void Serbia_ratified_CETS_224_on_2023_02_09(string date, AgreementStatus expected)
    {
        Assert.Equal(expected, AgreementRegistry.Get("coe-cets-224").StatusOn(CountryCode.Serbia, D(date)));
    }

    [Fact]
    public void CETS_224_is_not_in_force_in_the_sources()
    {
        var protocol = AgreementRegistry.Get("coe-cets-224");

        Assert.Equal(AgreementStatus.ConsentExpressed, protocol.StatusOn(D("2026-11-30")));
        Assert.Empty(protocol.PartiesBoundOn(D("2026-11-30")));
        Assert.Equal(AgreementStatus.Signed, protocol.StatusOn(CountryCode.BosniaAndHerzegovina, D("2025-11-14")));
        Assert.Equal(AgreementStatus.NotSigned, protocol.StatusOn(CountryCode.BosniaAndHerzegovina, D("2025-11-13")));
    }

    [Theory]
    [InlineData("2006-04-30", AgreementStatus.Signed)]
    [InlineData("2006-05-01", AgreementStatus.InForce)]
    [InlineData("2005-04-13", AgreementStatus.NotSigned)]
    public void The_EU_Albania_readmission_agreement_entered_into_force_on_2006_05_01(string date, AgreementStatus expected)
    {
        var agreement = AgreementRegistry.Get("eu-al-readmission");

        Assert.Equal(expected, agreement.StatusOn(D(date)));
        Assert.Equal(expected, agreement.StatusOn(CountryCode.Albania, D(date)));
        Assert.Equal(expected, agreement.StatusOn(Eu, D(date)));
    }

    [Fact]
    public void The_EU_Albania_readmission_agreement_carries_its_Council_decisions()
    {
        var agreement = AgreementRegistry.Get("eu-al-readmission");

        Assert.Equal("2005/371/EC", agreement.EventOf(AgreementEventKind.CouncilDecisionOnSigning)?.DecisionReference);
        var conclusion = agreement.EventOf(AgreementEventKind.CouncilDecisionOnConclusion)!;
        Assert.Equal("2005/809/EC", conclusion.DecisionReference);
        Assert.Equal("32005D0809", conclusion.Celex);
        Assert.Equal("OJ L 304, 23.11.2005, p. 14", conclusion.OfficialJournal);
        Assert.Equal("2005-11-07", conclusion.Date.ToString());
    }

    [Theory]
    [InlineData("eu-mk-readmission", "2007/817/EC", 7)]
    [InlineData("eu-me-readmission", "2007/818/EC", 26)]
    [InlineData("eu-rs-readmission", "2007/819/EC", 46)]
    [InlineData("eu-ba-readmission", "2007/820/EC", 66)]
    public void The_2007_readmission_agreements_were_concluded_on_2007_11_08_and_published_in_OJ_L_334(string id, string decision, int page)
    {
        var agreement = AgreementRegistry.Get(id);

        Assert.Equal(decision, agreement.EventOf(AgreementEventKind.CouncilDecisionOnConclusion)?.DecisionReference);
        Assert.Equal("2007-11-08", agreement.EventOf(AgreementEventKind.CouncilDecisionOnConclusion)?.Date.ToString());
        Assert.Equal($"OJ L 334, 19.12.2007, p. {page}", agreement.Identifiers?.OfficialJournal);
        Assert.Equal(AgreementStatus.InForce, agreement.StatusOn(agreement.Parties[1], D("2008-01-01")));
    }

    [Fact]
    public void Kosovo_is_not_eligible_for_the_Council_of_Europe_cybercrime_treaties()
    {
        foreach (var id in new[] { "coe-cets-185", "coe-cets-189", "coe-cets-224" })
        {
            Assert.Equal(AgreementStatus.NotEligible, AgreementRegistry.Get(id).StatusOn(CountryCode.Kosovo, D("2024-01-01")));
        }
    }

    [Fact]
    public void Montenegro_and_Serbia_signed_CETS_185_as_Serbia_and_Montenegro()
    {
        var convention = AgreementRegistry.Get("coe-cets-185");
        var signatures = convention.PartyEvents.Where(e => e.Kind == PartyEventKind.Signature && e.ActingAs == "CS").ToList();

        Assert.Equal([Party.Of(CountryCode.Montenegro), Party.Of(CountryCode.Serbia)], signatures.Select(s => s.Party).Order());
        Assert.All(signatures, s => Assert.Equal("2005-04-07", s.Date.ToString()));
    }

    [Theory]
    [InlineData("AL", "2002-06-20", "2004-07-01")]
    [InlineData("BA", "2006-05-19", "2006-09-01")]
    [InlineData("AT", "2012-06-13", "2012-10-01")]
    [InlineData("BE", "2012-08-20", "2012-12-01")]
    [InlineData("AZ", "2010-03-15", "2010-07-01")]
    [InlineData("MK", "2004-09-15", "2005-01-01")]
    [InlineData("ME", "2010-03-03", "2010-07-01")]
    [InlineData("RS", "2009-04-14", "2009-08-01")]
    public void The_entry_into_force_rule_reproduces_every_CETS_185_row(string party, string consent, string entry)
    {
        var convention = AgreementRegistry.Get("coe-cets-185");
        var own = convention.EventOf(AgreementEventKind.EntryIntoForce)!.Date.Exact;

        Assert.Equal(D(entry), convention.EntryIntoForceRule!.EntryIntoForceFor(D(consent), own));
        Assert.Equal(D(entry), convention.PartyEvents.Single(e => e.Party == Party.Parse(party) && e.Kind == PartyEventKind.EntryIntoForce).Date.Exact);
    }

    [Fact]
    public void Verified_and_unverified_CETS_185_rows_are_marked_as_such()
    {
        var convention = AgreementRegistry.Get("coe-cets-185");

        Assert.All(convention.PartyEvents.Where(e => e.Party == Party.Of(CountryCode.Albania)), e => Assert.Equal(Confidence.Verified, e.Confidence));
        Assert.All(convention.PartyEvents.Where(e => e.Party == Party.Of(CountryCode.Serbia)), e => Assert.Equal(Confidence.Unverified, e.Confidence));
    }

    [Fact]
    public void The_parties_bound_by_CETS_185_on_2010_01_01_exclude_Montenegro_and_Azerbaijan()
    {
        var convention = AgreementRegistry.Get("coe-cets-185");

        Assert.Equal(["AL", "BA", "MK", "RS"], convention.PartiesBoundOn(D("2010-01-01")).Select(p => p.ToString()));
        Assert.Equal(["AL", "AZ", "BA", "ME", "MK", "RS"], convention.PartiesBoundOn(D("2010-07-01")).Select(p => p.ToString()));
    }

    [Fact]
    public void CETS_189_and_CETS_224_are_protocols_of_CETS_185_with_ETS_aliases()
    {
        Assert.Equal(["coe-cets-189", "coe-cets-224"], AgreementRegistry.ProtocolsOf(AgreementId.Parse("coe-cets-185")).Select(a => a.Id.ToString()));
        Assert.Equal("ETS No. 185", AgreementRegistry.Get("coe-cets-185").Identifiers?.Cets?.EtsAlias);
    }

    [Fact]
    public void The_Frontex_status_agreements_come_in_two_generations()
    {
        Assert.Equal(["eu-al-frontex-status-2"], AgreementRegistry.SuccessorsOf(AgreementId.Parse("eu-al-frontex-status")).Select(a => a.Id.ToString()));
        var montenegro = AgreementRegistry.Get("eu-me-frontex-status-2");
        Assert.Equal(AgreementStatus.Signed, montenegro.StatusOn(CountryCode.Montenegro, D("2023-06-30")));
        Assert.Equal(AgreementStatus.ProvisionallyApplied, montenegro.StatusOn(CountryCode.Montenegro, D("2023-07-01")));
        Assert.Equal(AgreementStatus.InForce, AgreementRegistry.Get("eu-me-frontex-status").StatusOn(CountryCode.Montenegro, D("2020-07-01")));
    }

    [Fact]
    public void The_agreements_binding_Albania_and_EU_bodies_in_2020_are_in_force_ones_only()
    {
        var binding = AgreementRegistry.BindingWithEuOn(CountryCode.Albania, D("2020-01-01"));

        Assert.Equal(["eu-al-frontex-status", "eu-al-readmission", "eurojust-al-cooperation", "europol-al-operational"], binding.Select(a => a.Id.ToString()));
        Assert.Equal(["eu-al-readmission"], AgreementRegistry.BindingOn(Eu, CountryCode.Albania, D("2019-01-01")).Select(a => a.Id.ToString()));
    }

    [Fact]
    public void The_Europol_Kosovo_working_arrangement_was_effective_on_signature()
    {
        var arrangement = AgreementRegistry.Get("europol-xk-working-arrangement");

        Assert.Equal(AgreementStatus.NotSigned, arrangement.StatusOn(CountryCode.Kosovo, D("2020-07-26")));
        Assert.Equal(AgreementStatus.InForce, arrangement.StatusOn(CountryCode.Kosovo, D("2020-07-27")));
    }

    [Fact]
    public void Every_embedded_agreement_passes_its_validator()
    {
        Assert.All(AgreementRegistry.All, a =>
        {
            var result = AgreementValidator.Instance.Validate(a);
            Assert.True(result.IsValid, $"{a.Id}: {result}");
        });
    }
}
