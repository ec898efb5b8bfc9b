using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.ReferenceData;

/// <summary>The corrected and added reference facts, each pinned against the source the data name.</summary>
public sealed class CorrectedFactsTests
{
    [Fact]
    public void Montenegro_is_bound_with_Eurojust_on_2020_01_01()
    {
        var binding = AgreementRegistry.BindingWithEuOn(CountryCode.Montenegro, D("2020-01-01"));

        Assert.Equal(["eu-me-readmission", "eurojust-me-cooperation", "europol-me-operational"], binding.Select(a => a.Id.ToString()));
    }

    [Theory]
    [InlineData("eurojust-me-cooperation", "../2018-06-13", "https://www.eurojust.europa.eu/news/eurojust-montenegro-enhance-cooperation-western-balkans")]
    [InlineData("eurojust-mk-cooperation", "../2019-11-18", "https://cscwb.info/project-representatives-meet-the-chief-public-prosecutor-of-north-macedonia/")]
    [InlineData("eurojust-rs-cooperation", "../2020-03-10", "http://government-world.com/author/europa-newsroom/page/623/?print=print-search")]
    [InlineData("europol-al-operational", "../2019-07-11", "http://www.publicnow.com/view/26AB0136B626962058FE7425DBD611FD502D7BA0?2019-07-11-14:00:13+01:00-xxx4656")]
    [InlineData("europol-ba-operational", "../2018-09-26", "http://europa.ba/?p=59351")]
    [InlineData("europol-mk-operational", "../2020-06-30", null)]
    public void An_agreement_known_only_to_be_in_force_by_a_day_is_in_force_from_then_as_an_inference(string id, string bound, string? url)
    {
        var agreement = AgreementRegistry.Get(id);
        var entry = Assert.Single(agreement.Events, e => e.Kind == AgreementEventKind.EntryIntoForce);

        Assert.Equal(bound, entry.Date.ToString());
        Assert.Equal(EventDateKind.OnOrBefore, entry.Date.Kind);
        Assert.Equal(Confidence.Partial, entry.Confidence);
        Assert.Equal(url, entry.Source.Url);
        Assert.StartsWith("Inferred: ", entry.Note, StringComparison.Ordinal);

        var party = agreement.Parties.Single(p => p.Country is not null);
        var answer = agreement.ExplainStatusOn(party, entry.Date.Latest);
        Assert.Equal(AgreementStatus.InForce, answer.Value);
        Assert.Equal(AnswerKind.Inferred, answer.Kind);
        Assert.Contains(answer.Basis, b => b.Fact == "entry-into-force" && b.Date == entry.Date);
        Assert.Equal(AgreementStatus.Unknown, agreement.StatusOn(party, entry.Date.Latest.PlusDays(-1)));
    }

    [Fact]
    public void Eurojust_and_Serbia_signed_on_12_November_2019_in_Belgrade()
    {
        var signature = Assert.Single(AgreementRegistry.Get("eurojust-rs-cooperation").PartyEvents, e => e.Party == CountryCode.Serbia && e.Kind == PartyEventKind.Signature);

        Assert.Equal("2019-11-12", signature.Date.ToString());
        Assert.Equal(Confidence.Verified, signature.Confidence);
        Assert.Equal("https://eucrim.eu/news/cooperation-agreement-serbia-signed/", signature.Source.Url);
    }

    [Fact]
    public void The_Eurojust_Albania_agreement_entered_into_force_a_month_after_its_signature_in_2018()
    {
        var agreement = AgreementRegistry.Get("eurojust-al-cooperation");
        var entry = Assert.Single(agreement.Events, e => e.Kind == AgreementEventKind.EntryIntoForce);

        Assert.Equal("2018-11-01", entry.Date.ToString());
        Assert.Equal(Confidence.Partial, entry.Confidence);
        Assert.Equal("https://javanews.al/?p=794791", entry.Source.Url);
        Assert.Equal(AgreementStatus.InForce, agreement.StatusOn(CountryCode.Albania, D("2019-01-01")));
    }

    [Theory]
    [InlineData("GE", "application", "2022-03-03")]
    [InlineData("GE", "candidate-status", "2023-12-14")]
    [InlineData("MD", "application", "2022-03-03")]
    [InlineData("MD", "candidate-status", "2022-06-23")]
    [InlineData("MD", "decision-to-open-negotiations", "2023-12-14")]
    [InlineData("UA", "application", "2022-02-28")]
    [InlineData("UA", "candidate-status", "2022-06-23")]
    [InlineData("UA", "decision-to-open-negotiations", "2023-12-14")]
    [InlineData("TR", "application", "1987-04-12/1987-04-14")]
    [InlineData("TR", "candidate-status", "1999-12-10/1999-12-11")]
    public void The_candidate_countries_beyond_the_Western_Balkans_have_their_dates_from_a_source_with_a_url(string code, string kind, string date)
    {
        var events = CountryRegistry.Get(CountryCode.Parse(code)).EuRelationship.Events;
        var e = Assert.Single(events, e => JhaModel.Serialization.StrictEnumConverter<EuRelationEventKind>.NameOf(e.Kind) == kind);

        Assert.Equal(date, e.Date.ToString());
        Assert.NotNull(e.Source.Url);
        Assert.StartsWith("https://", e.Source.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Turkiyes_application_day_is_recorded_as_the_conflict_of_its_two_sources()
    {
        var application = Assert.Single(CountryRegistry.Get(CountryCode.Parse("TR")).EuRelationship.Events, e => e.Kind == EuRelationEventKind.Application);

        Assert.Equal(Confidence.Partial, application.Confidence);
        Assert.Contains("12 April 1987", application.Note, StringComparison.Ordinal);
        Assert.Contains("14 April 1987", application.Note, StringComparison.Ordinal);
        Assert.Equal(EuStatus.Unknown, CountryRegistry.Get(CountryCode.Parse("TR")).EuStatusOn(D("1987-04-13")));
        Assert.Equal(EuStatus.Applicant, CountryRegistry.Get(CountryCode.Parse("TR")).EuStatusOn(D("1987-04-14")));
    }

    [Theory]
    [InlineData("BE", "schengen-full", "1995-03-26", "https://austria-forum.org/af/AEIOU/Schengener_%C3%9Cbereinkommen/Schengener_%C3%9Cbereinkommen_english")]
    [InlineData("IT", "schengen-air-and-sea-borders", "1997-10-26", "http://news.bbc.co.uk/2/hi/uk_news/15682.stm")]
    [InlineData("IT", "schengen-full", "1998-04-01", "http://news.bbc.co.uk/2/hi/uk_news/15682.stm")]
    [InlineData("AT", "schengen-full", "1998-04-01", "https://austria-forum.org/af/AEIOU/Schengener_%C3%9Cbereinkommen/Schengener_%C3%9Cbereinkommen_english")]
    [InlineData("NO", "schengen-full", "2001-03-25", "https://vistoturistico.it/zoom_news.asp?id=258")]
    [InlineData("MT", "schengen-land-and-sea-borders", "2007-12-21", "https://vistoturistico.it/zoom_news.asp?id=258")]
    [InlineData("MT", "schengen-full", "2008-03-30", "https://vistoturistico.it/zoom_news.asp?id=258")]
    [InlineData("HR", "schengen-land-and-sea-borders", "2023-01-01", "https://mup.gov.hr/print.aspx?id=290180&url=print")]
    public void Each_Schengen_step_has_its_day_and_its_source(string code, string kind, string date, string url)
    {
        var events = CountryRegistry.Get(CountryCode.Parse(code)).EuRelationship.Events;
        var e = Assert.Single(events, e => JhaModel.Serialization.StrictEnumConverter<EuRelationEventKind>.NameOf(e.Kind) == kind);

        Assert.Equal(date, e.Date.ToString());
        Assert.Equal(url, e.Source.Url);
    }

    [Fact]
    public void Every_Schengen_member_has_a_joining_day_and_none_is_known_only_to_an_upper_bound()
    {
        var members = CountryGroupings.SchengenArea.MembersOn(D("2025-01-01"));

        Assert.Equal(29, members.Count);
        foreach (var code in members)
        {
            var steps = CountryRegistry.Get(code).EuRelationship.Events.Where(e => e.Kind is EuRelationEventKind.SchengenAirAndSeaBorders or EuRelationEventKind.SchengenLandAndSeaBorders or EuRelationEventKind.SchengenFull).ToList();
            Assert.NotEmpty(steps);
            Assert.DoesNotContain(steps, e => e.Date.Kind == EventDateKind.OnOrBefore);
        }
    }

    [Fact]
    public void Greeces_joining_day_is_recorded_as_the_conflict_of_its_sources()
    {
        var greece = CountryRegistry.Get(CountryCode.Parse("GR"));
        var full = Assert.Single(greece.EuRelationship.Events, e => e.Kind == EuRelationEventKind.SchengenFull);

        Assert.Equal("2000-01-01/2000-03-26", full.Date.ToString());
        Assert.Equal(Confidence.Partial, full.Confidence);
        Assert.Contains("January 2000", full.Note, StringComparison.Ordinal);
        Assert.Contains("26 March 2000", full.Note, StringComparison.Ordinal);
        Assert.Equal(SchengenStatus.Unknown, greece.SchengenStatusOn(D("2000-02-15")));
    }

    [Theory]
    [InlineData("AT", "2001-11-23")]
    [InlineData("AZ", "2008-06-30")]
    [InlineData("BE", "2001-11-23")]
    public void The_CETS_185_signatures_of_Austria_Azerbaijan_and_Belgium_are_from_the_treaty_office_chart(string code, string date)
    {
        var cybercrime = AgreementRegistry.Get("coe-cets-185");
        var signature = Assert.Single(cybercrime.PartyEvents, e => e.Party == CountryCode.Parse(code) && e.Kind == PartyEventKind.Signature);

        Assert.Equal(date, signature.Date.ToString());
        Assert.Equal(Confidence.Verified, signature.Confidence);
        Assert.Equal("https://www.coe.int/en/web/conventions/full-list", signature.Source.Url);
        Assert.Equal(AgreementStatus.Signed, cybercrime.StatusOn(CountryCode.Parse(code), signature.Date.Latest));
    }

    [Fact]
    public void Austria_is_a_signatory_of_CETS_185_in_2010_not_unsigned()
    {
        Assert.Equal(AgreementStatus.Signed, AgreementRegistry.Get("coe-cets-185").StatusOn(CountryCode.Parse("AT"), D("2010-01-01")));
    }

    [Fact]
    public void Montenegro_and_Europol_signed_their_operational_agreement_in_The_Hague_on_29_September_2014()
    {
        var agreement = AgreementRegistry.Get("europol-me-operational");
        var signature = Assert.Single(agreement.PartyEvents, e => e.Party == CountryCode.Montenegro && e.Kind == PartyEventKind.Signature);

        Assert.Equal("2014-09-29", signature.Date.ToString());
        Assert.Equal("https://lawinsider.com/hr/contracts/lGVratA5xYQ", signature.Source.Url);
        var entry = Assert.Single(agreement.Events, e => e.Kind == AgreementEventKind.EntryIntoForce);
        Assert.Equal("../2018-04-17", entry.Date.ToString());
        Assert.Equal("https://zoek.officielebekendmakingen.nl/trb-2018-59.html", entry.Source.Url);
        Assert.Contains(AgreementRegistry.BindingWithEuOn(CountryCode.Montenegro, D("2020-01-01")), a => a.Id.ToString() == "europol-me-operational");
    }

    [Fact]
    public void The_Serbia_Europol_entry_into_force_is_an_inference_from_the_Serbian_law()
    {
        var entry = Assert.Single(AgreementRegistry.Get("europol-rs-operational").Events, e => e.Kind == AgreementEventKind.EntryIntoForce);

        Assert.Equal("2014", entry.Date.ToString());
        Assert.Equal(Confidence.Partial, entry.Confidence);
        Assert.StartsWith("Inferred: ", entry.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ME")]
    [InlineData("RS")]
    public void The_Feira_potential_candidate_status_of_states_that_did_not_exist_in_2000_is_unverified(string code)
    {
        var feira = Assert.Single(CountryRegistry.Get(CountryCode.Parse(code)).EuRelationship.Events, e => e.Kind == EuRelationEventKind.PotentialCandidate);

        Assert.Equal("2000-06", feira.Date.ToString());
        Assert.Equal(Confidence.Unverified, feira.Confidence);
        Assert.StartsWith("Inferred: ", feira.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void North_Macedonias_former_name_ends_with_the_Prespa_Agreement_on_12_February_2019()
    {
        var country = CountryRegistry.Get(CountryCode.NorthMacedonia);
        var former = Assert.Single(country.FormerNames);

        Assert.Equal("2019-02-12", former.ValidUntil.ToString());
        Assert.Equal("https://sofiaglobe.com/2019/02/12/prespa-agreement-comes-into-force-after-athens-sends-skopje-formal-notification/", former.Source.Url);
        Assert.Equal("the former Yugoslav Republic of Macedonia", country.NameOn(D("2019-02-11")));
        Assert.Equal("North Macedonia", country.NameOn(D("2019-02-12")));
    }

    [Fact]
    public void North_Macedonias_candidate_status_range_includes_the_17_December_its_note_gives()
    {
        var candidate = Assert.Single(CountryRegistry.Get(CountryCode.NorthMacedonia).EuRelationship.Events, e => e.Kind == EuRelationEventKind.CandidateStatus);

        Assert.Equal("2005-12-15/2005-12-17", candidate.Date.ToString());
        Assert.Equal(EuStatus.Unknown, CountryRegistry.Get(CountryCode.NorthMacedonia).EuStatusOn(D("2005-12-16")));
        Assert.Equal(EuStatus.Candidate, CountryRegistry.Get(CountryCode.NorthMacedonia).EuStatusOn(D("2005-12-17")));
    }

    [Theory]
    [InlineData("eu-rs-frontex-status")]
    [InlineData("eu-me-frontex-status")]
    public void The_Council_concluded_the_Frontex_agreements_of_Serbia_and_Montenegro_on_27_May_2020(string id)
    {
        var conclusion = Assert.Single(AgreementRegistry.Get(id).Events, e => e.Kind == AgreementEventKind.CouncilDecisionOnConclusion);

        Assert.Equal("2020-05-27", conclusion.Date.ToString());
        Assert.Equal("https://europeanwesternbalkans.com/2020/05/27/eu-concludes-agreements-with-montenegro-and-serbia-on-frontex-cooperation/", conclusion.Source.Url);
    }

    [Fact]
    public void The_Frontex_Bosnia_initialling_month_is_recorded_as_the_conflict_of_its_sources()
    {
        var initialled = Assert.Single(AgreementRegistry.Get("eu-ba-frontex-status").Events, e => e.Kind == AgreementEventKind.Initialled);

        Assert.Equal("2019-01-01/2019-02-28", initialled.Date.ToString());
        Assert.Equal(Confidence.Partial, initialled.Confidence);
        Assert.Contains("January 2019", initialled.Note, StringComparison.Ordinal);
        Assert.Contains("February 2019", initialled.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_Frontex_agreement_with_North_Macedonia_was_signed_on_26_October_2022_and_applies_from_1_April_2023()
    {
        var agreement = AgreementRegistry.Get("eu-mk-frontex-status-2");
        var signature = Assert.Single(agreement.PartyEvents, e => e.Party == CountryCode.NorthMacedonia && e.Kind == PartyEventKind.Signature);
        var entry = Assert.Single(agreement.Events, e => e.Kind == AgreementEventKind.EntryIntoForce);

        Assert.Equal(("2022-10-26", Confidence.Verified), (signature.Date.ToString(), signature.Confidence));
        Assert.Equal("https://www.euronews.com/my-europe/2022/10/26/the-eu-and-north-macedonia-sign-migration-agreement", signature.Source.Url);
        Assert.Equal(("2023-04-01", Confidence.Verified), (entry.Date.ToString(), entry.Confidence));
        Assert.Equal("https://archive.fo/QuEnU", entry.Source.Url);
    }

    [Fact]
    public void Serbia_is_a_party_to_CETS_189_by_its_2009_ratification_law_the_deposit_day_unknown()
    {
        var protocol = AgreementRegistry.Get("coe-cets-189");
        var consent = Assert.Single(protocol.PartyEvents, e => e.Party == CountryCode.Serbia);

        Assert.Contains(Party.Of(CountryCode.Serbia), protocol.Parties);
        Assert.Equal((PartyEventKind.ConsentToBeBound, "2009", Confidence.Partial), (consent.Kind, consent.Date.ToString(), consent.Confidence));
        Assert.Equal(ConsentForm.Ratification, consent.ConsentForm);
        Assert.StartsWith("Inferred: ", consent.Note, StringComparison.Ordinal);
        Assert.Contains("19/2009", consent.Source.Title, StringComparison.Ordinal);
        Assert.Equal("http://demo.paragraf.rs/demo/combined/Old/t/t2009_03/t03_0153.htm", consent.Source.Url);
        Assert.NotEqual(AgreementStatus.NotSigned, protocol.StatusOn(CountryCode.Serbia, D("2010-01-01")));
    }

    [Theory]
    [InlineData("coe-cets-185", "Article 37", "Council of Europe, Convention on Cybercrime (CETS 185), Budapest, 23 November 2001")]
    [InlineData("coe-cets-189", "Articles 9 and 11", "Council of Europe, Additional Protocol to the Convention on Cybercrime (CETS 189), Strasbourg, 28 January 2003")]
    [InlineData("coe-cets-224", "Article 16", "Council of Europe, Second Additional Protocol to the Convention on Cybercrime (CETS 224), Strasbourg, 12 May 2022")]
    public void Kosovos_ineligibility_rests_on_the_treatys_final_clauses_not_on_a_self_citation(string id, string article, string citation)
    {
        var agreement = AgreementRegistry.Get(id);
        var ineligible = Assert.Single(agreement.IneligibleParties);

        Assert.Equal(CountryCode.Kosovo, ineligible.Party);
        Assert.Contains(article, ineligible.Reason, StringComparison.Ordinal);
        Assert.StartsWith(citation, ineligible.Source.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("JhaModel", ineligible.Source.Title, StringComparison.Ordinal);
        Assert.Equal(Confidence.Partial, ineligible.Confidence);
        Assert.Equal(AgreementStatus.NotEligible, agreement.StatusOn(CountryCode.Kosovo, D("2024-01-01")));
    }

    [Fact]
    public void The_2022_Kosovo_Europol_instrument_has_a_described_title_not_an_invented_one()
    {
        var agreement = AgreementRegistry.Get("europol-xk-information-exchange");

        Assert.Contains("the official title is not in the sources found", agreement.Title, StringComparison.Ordinal);
        Assert.All(agreement.PartyEvents, e => Assert.Contains("\"the third agreement\"", e.Source.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void The_2026_2029_plan_periodicity_is_recorded_as_the_conflict_of_its_sources()
    {
        var cycle = EmpactRegistry.GetCycle(PolicyCycleId.Cycle2026To2029);

        Assert.Contains("\"biannual\" (eucrim, 1 August 2025)", cycle.Note, StringComparison.Ordinal);
        Assert.Contains("\"annual\" (noerr.com insight)", cycle.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Turkiyes_former_name_Turkey_ends_when_the_United_Nations_received_its_letter_on_1_June_2022()
    {
        var country = CountryRegistry.Get(CountryCode.Parse("TR"));
        var former = Assert.Single(country.FormerNames);

        Assert.Equal(("Turkey", "2022-06-01", Confidence.Verified), (former.Name, former.ValidUntil.ToString(), former.Confidence));
        Assert.Equal("https://www.freepressjournal.in/world/un-approves-turkeys-request-to-change-name-to-turkiye", former.Source.Url);
        Assert.Equal("Turkey", country.NameOn(D("2020-01-01")));
        Assert.Equal("Türkiye", country.NameOn(D("2022-06-01")));
    }
}
