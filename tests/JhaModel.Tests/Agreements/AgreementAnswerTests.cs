using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Testing;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Agreements;

/// <summary>The status queries with their basis: what they rest on, and never more certainty than the data give.</summary>
public sealed class AgreementAnswerTests
{
    private static readonly Party Albania = CountryCode.Albania;
    private static readonly Party Austria = CountryCode.Parse("AT");
    private static readonly Party France = CountryCode.Parse("FR");

    private static PartyEvent Event(Party party, PartyEventKind kind, EventDate date, Confidence confidence = Confidence.Verified, ConsentForm? form = null) =>
        JhaModelFactory.PartyEvent(party: party, kind: kind, date: date, confidence: confidence, consentForm: form);

    private static Agreement Treaty(params PartyEvent[] events) => JhaModelFactory.Agreement(
        id: AgreementId.Parse("test-treaty"),
        form: AgreementForm.Multilateral,
        parties: [.. events.Select(e => e.Party).Distinct()],
        events: [JhaModelFactory.AgreementEvent(kind: AgreementEventKind.OpenedForSignature, date: EventDate.On(D("2001-11-23")))],
        partyEvents: events,
        entryIntoForceRule: null,
        ineligibleParties: []);

    [Fact]
    public void An_entry_into_force_known_only_to_its_year_leaves_the_status_unknown_within_that_year()
    {
        var treaty = Treaty(
            Event(Albania, PartyEventKind.Signature, EventDate.On(D("2001-11-23"))),
            Event(Albania, PartyEventKind.EntryIntoForce, EventDate.InYear(2014)));

        var answer = treaty.ExplainStatusOn(Albania, D("2014-06-01"));

        Assert.Equal(AgreementStatus.Unknown, answer.Value);
        Assert.Equal(AnswerKind.Unknown, answer.Kind);
        Assert.Equal(AgreementStatus.Unknown, treaty.StatusOn(Albania, D("2014-06-01")));
        Assert.Contains("the entry-into-force of AL (2014) may or may not have happened by then", answer.Reason, StringComparison.Ordinal);
        Assert.Equal(["signature by AL", "entry-into-force of AL"], answer.Basis.Select(e => e.Fact));
        Assert.Equal(AgreementStatus.InForce, treaty.StatusOn(Albania, D("2015-01-01")));
        Assert.Equal(AgreementStatus.Signed, treaty.StatusOn(Albania, D("2013-12-31")));
    }

    [Fact]
    public void A_ratification_without_its_signature_leaves_the_years_before_it_unknown_not_unsigned()
    {
        var treaty = Treaty(
            Event(Austria, PartyEventKind.ConsentToBeBound, EventDate.On(D("2012-06-13")), form: ConsentForm.Ratification),
            Event(Austria, PartyEventKind.EntryIntoForce, EventDate.On(D("2012-10-01"))));

        var answer = treaty.ExplainStatusOn(Austria, D("2010-01-01"));

        Assert.Equal(AgreementStatus.Unknown, answer.Value);
        Assert.Equal("the consent-to-be-bound of AT (ratification) follows a signature whose date is not recorded", answer.Reason);
    }

    [Fact]
    public void An_accession_needs_no_signature_so_the_years_before_it_are_not_signed_inferred_or_known_when_complete()
    {
        var treaty = Treaty(Event(Austria, PartyEventKind.ConsentToBeBound, EventDate.On(D("2012-06-13")), form: ConsentForm.Accession));

        var answer = treaty.ExplainStatusOn(Austria, D("2010-01-01"));
        var complete = (treaty with { PartyList = JhaModelFactory.PartyListCoverage(completeness: ListCompleteness.Complete) }).ExplainStatusOn(Austria, D("2010-01-01"));

        Assert.Equal((AgreementStatus.NotSigned, AnswerKind.Inferred), (answer.Value, answer.Kind));
        Assert.Equal("the first step recorded, the consent-to-be-bound of AT (accession), comes later, and the record is not declared complete on 2010-01-01", answer.Reason);
        Assert.Equal((AgreementStatus.NotSigned, AnswerKind.Known), (complete.Value, complete.Kind));
        Assert.Equal("consent-to-be-bound of AT (accession)", complete.Basis[0].Fact);
    }

    [Fact]
    public void A_party_missing_from_a_partial_list_is_unknown_and_from_a_complete_one_not_signed()
    {
        var partial = Treaty(Event(Albania, PartyEventKind.Signature, EventDate.On(D("2001-11-23")))) with
        {
            PartyList = JhaModelFactory.PartyListCoverage(),
        };
        var complete = partial with { PartyList = JhaModelFactory.PartyListCoverage(completeness: ListCompleteness.Complete, partiesPerSource: 1) };

        var unknown = partial.ExplainStatusOn(France, D("2010-01-01"));
        Assert.Equal(AgreementStatus.Unknown, unknown.Value);
        Assert.Equal(
            "FR is not among the recorded parties, and the party list is partial (75 parties as of 2024-06-20 according to Council of Europe, news of 20 June 2024 on the Convention on Cybercrime)",
            unknown.Reason);
        Assert.Equal((AgreementStatus.NotSigned, AnswerKind.Known), (complete.ExplainStatusOn(France, D("2010-01-01")).Value, complete.ExplainStatusOn(France, D("2010-01-01")).Kind));
        // Complete as of 2024-06-20 says nothing about later dates.
        Assert.Equal(AgreementStatus.Unknown, complete.StatusOn(France, D("2025-01-01")));
    }

    [Fact]
    public void A_party_not_among_the_two_of_a_bilateral_agreement_is_known_not_to_have_signed()
    {
        var readmission = JhaModelFactory.Agreement();

        var answer = readmission.ExplainStatusOn(France, D("2010-01-01"));

        Assert.Equal((AgreementStatus.NotSigned, AnswerKind.Known), (answer.Value, answer.Kind));
    }

    [Fact]
    public void A_status_short_of_the_end_is_inferred_unless_the_record_is_declared_complete()
    {
        var treaty = Treaty(Event(Albania, PartyEventKind.Signature, EventDate.On(D("2001-11-23"))));

        var inferred = treaty.ExplainStatusOn(Albania, D("2020-01-01"));
        var known = (treaty with { PartyList = JhaModelFactory.PartyListCoverage(completeness: ListCompleteness.Complete, asOf: D("2024-06-20")) })
            .ExplainStatusOn(Albania, D("2020-01-01"));

        Assert.Equal((AgreementStatus.Signed, AnswerKind.Inferred), (inferred.Value, inferred.Kind));
        Assert.Equal("no later step of AL is recorded, and the record is not declared complete on 2020-01-01", inferred.Reason);
        Assert.Equal((AgreementStatus.Signed, AnswerKind.Known), (known.Value, known.Kind));
        Assert.Null(known.Reason);
        Assert.Equal("signature by AL", Assert.Single(known.Basis).Fact);
    }

    [Fact]
    public void Verified_only_answers_as_if_the_unverified_facts_were_not_recorded()
    {
        var treaty = Treaty(
            Event(Albania, PartyEventKind.Signature, EventDate.On(D("2001-11-23"))),
            Event(Albania, PartyEventKind.EntryIntoForce, EventDate.On(D("2004-07-01")), Confidence.Unverified));

        var all = treaty.ExplainStatusOn(Albania, D("2020-01-01"));
        var verified = treaty.ExplainStatusOn(Albania, D("2020-01-01"), FactFilter.VerifiedOnly);

        Assert.Equal((AgreementStatus.InForce, AnswerKind.Inferred), (all.Value, all.Kind));
        Assert.Equal("the entry-into-force of AL rests on a unverified fact", all.Reason);
        Assert.Equal(AgreementStatus.Signed, verified.Value);
        Assert.All(verified.Basis, e => Assert.Equal(Confidence.Verified, e.Confidence));
    }

    [Fact]
    public void The_parties_bound_of_a_partial_list_say_so_with_the_count_of_the_source()
    {
        var treaty = Treaty(
            Event(Albania, PartyEventKind.Signature, EventDate.On(D("2001-11-23"))),
            Event(Albania, PartyEventKind.EntryIntoForce, EventDate.On(D("2004-07-01")))) with
        {
            PartyList = JhaModelFactory.PartyListCoverage(),
        };

        var answer = treaty.ExplainPartiesBoundOn(D("2024-07-01"));

        Assert.Equal([Albania], answer.Value);
        Assert.Equal(AnswerKind.Inferred, answer.Kind);
        Assert.StartsWith("1 parties are recorded and the party list is partial (75 parties as of 2024-06-20", answer.Reason, StringComparison.Ordinal);
        Assert.Contains(answer.Basis, e => e.Fact == "party list partial as of 2024-06-20, 75 parties according to the source");
        Assert.Equal(treaty.PartiesBoundOn(D("2024-07-01")), answer.Value);
    }

    [Fact]
    public void Before_the_opening_for_signature_no_party_has_signed_and_that_is_known()
    {
        var treaty = Treaty(Event(Albania, PartyEventKind.Signature, EventDate.On(D("2001-11-23"))));

        var answer = treaty.ExplainStatusOn(France, D("2001-01-01"));

        Assert.Equal((AgreementStatus.NotSigned, AnswerKind.Known), (answer.Value, answer.Kind));
        Assert.Equal("opened-for-signature", Assert.Single(answer.Basis).Fact);
    }

    // Generated agreements, with some event dates widened to their month or year so that events straddle the dates asked.
    private static Arbitrary<(Agreement Agreement, LocalDate Date)> Cases() =>
        (from agreement in JhaGenerators.Agreement
         from widen in Gen.ArrayOf(Gen.Choose(0, 2), agreement.PartyEvents.Count)
         from offset in Gen.Choose(-400, 400)
         let events = agreement.PartyEvents.Select((e, i) => e with { Date = Widen(e.Date, widen[i]) }).ToList()
         let pivot = agreement.PartyEvents.Count > 0 ? agreement.PartyEvents[0].Date.Latest : new LocalDate(2010, 1, 1)
         select (agreement with { PartyEvents = events }, pivot.PlusDays(offset))).ToArbitrary();

    private static EventDate Widen(EventDate date, int how) => how switch
    {
        1 => EventDate.InMonth(date.Latest.Year, date.Latest.Month),
        2 => EventDate.InYear(date.Latest.Year),
        _ => date,
    };

    [Property]
    public Property The_shorthand_is_the_value_of_the_evidence_form() => Prop.ForAll(Cases(), c =>
        c.Agreement.StatusOn(c.Date) == c.Agreement.ExplainStatusOn(c.Date).Value
        && c.Agreement.Parties.All(p => c.Agreement.StatusOn(p, c.Date) == c.Agreement.ExplainStatusOn(p, c.Date).Value)
        && c.Agreement.PartiesBoundOn(c.Date).SequenceEqual(c.Agreement.ExplainPartiesBoundOn(c.Date).Value));

    [Property]
    public Property An_unknown_answer_has_the_unknown_value_and_a_reason_and_a_known_one_neither() => Prop.ForAll(Cases(), c =>
        c.Agreement.Parties.Select(p => c.Agreement.ExplainStatusOn(p, c.Date)).All(a =>
            (a.Kind == AnswerKind.Unknown) == (a.Value == AgreementStatus.Unknown) && (a.Kind == AnswerKind.Known) == (a.Reason is null)));

    [Property]
    public Property A_verified_only_answer_never_rests_on_a_fact_that_is_not_verified() => Prop.ForAll(Cases(), c =>
        c.Agreement.Parties.All(p => c.Agreement.ExplainStatusOn(p, c.Date, FactFilter.VerifiedOnly).Basis.All(e => e.Confidence == Confidence.Verified))
        && c.Agreement.ExplainStatusOn(c.Date, FactFilter.VerifiedOnly).Basis.All(e => e.Confidence == Confidence.Verified)
        && c.Agreement.ExplainPartiesBoundOn(c.Date, FactFilter.VerifiedOnly).Basis.All(e => e.Confidence == Confidence.Verified));

    [Property]
    public Property Removing_an_event_never_turns_an_unknown_answer_into_a_known_one() => Prop.ForAll(Cases(), c =>
    {
        foreach (var party in c.Agreement.Parties)
        {
            if (c.Agreement.ExplainStatusOn(party, c.Date).Kind != AnswerKind.Unknown)
            {
                continue;
            }

            for (int i = 0; i < c.Agreement.PartyEvents.Count; i++)
            {
                var fewer = c.Agreement with { PartyEvents = [.. c.Agreement.PartyEvents.Where((_, j) => j != i)] };
                if (fewer.ExplainStatusOn(party, c.Date).Kind == AnswerKind.Known)
                {
                    return false;
                }
            }

            for (int i = 0; i < c.Agreement.Events.Count; i++)
            {
                var fewer = c.Agreement with { Events = [.. c.Agreement.Events.Where((_, j) => j != i)] };
                if (fewer.ExplainStatusOn(party, c.Date).Kind == AnswerKind.Known)
                {
                    return false;
                }
            }
        }

        return true;
    });
}
