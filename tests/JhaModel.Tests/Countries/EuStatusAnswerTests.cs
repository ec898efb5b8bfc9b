using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.Testing;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Countries;

/// <summary>The EU and Schengen status queries with their basis.</summary>
public sealed class EuStatusAnswerTests
{
    private static EuRelationEvent Event(EuRelationEventKind kind, EventDate date, Confidence confidence = Confidence.Verified) =>
        JhaModelFactory.EuRelationEvent(kind: kind, date: date, confidence: confidence) with { DecidedBy = null };

    [Fact]
    public void Nothing_recorded_is_unknown_and_a_record_declared_complete_with_nothing_in_it_is_a_known_third_country()
    {
        Assert.Equal((EuStatus.Unknown, AnswerKind.Unknown), (EuRelationshipTimeline.Empty.ExplainStatusOn(D("2020-01-01")).Value, EuRelationshipTimeline.Empty.ExplainStatusOn(D("2020-01-01")).Kind));
        Assert.Equal("no EU-relationship event is recorded", EuRelationshipTimeline.Empty.ExplainStatusOn(D("2020-01-01")).Reason);

        var complete = new EuRelationshipTimeline { CompleteAsOf = D("2026-12-01") }.ExplainStatusOn(D("2020-01-01"));
        Assert.Equal((EuStatus.ThirdCountry, AnswerKind.Known), (complete.Value, complete.Kind));
    }

    [Fact]
    public void A_decision_known_to_two_days_leaves_the_first_day_unknown()
    {
        var timeline = new EuRelationshipTimeline
        {
            Events = [Event(EuRelationEventKind.PotentialCandidate, EventDate.On(D("2003-06-21"))), Event(EuRelationEventKind.CandidateStatus, EventDate.Between(D("2005-12-15"), D("2005-12-16")))],
        };

        var answer = timeline.ExplainStatusOn(D("2005-12-15"));

        Assert.Equal((EuStatus.Unknown, AnswerKind.Unknown), (answer.Value, answer.Kind));
        Assert.Equal("the candidate-status (2005-12-15/2005-12-16) may or may not have happened by 2005-12-15", answer.Reason);
        Assert.Equal(["potential-candidate", "candidate-status"], answer.Basis.Select(e => e.Fact));
        Assert.Equal(EuStatus.Candidate, timeline.StatusOn(D("2005-12-16")));
    }

    [Fact]
    public void A_verified_status_is_known_only_where_the_record_is_declared_complete()
    {
        var events = new[] { Event(EuRelationEventKind.CandidateStatus, EventDate.On(D("2014-06-24"))) };
        var open = new EuRelationshipTimeline { Events = events }.ExplainStatusOn(D("2020-01-01"));
        var complete = new EuRelationshipTimeline { Events = events, CompleteAsOf = D("2026-12-01") };

        Assert.Equal((EuStatus.Candidate, AnswerKind.Inferred), (open.Value, open.Kind));
        Assert.Equal("no later step after the candidate-status is recorded, and the record is not declared complete on 2020-01-01", open.Reason);
        Assert.Equal((EuStatus.Candidate, AnswerKind.Known), (complete.ExplainStatusOn(D("2020-01-01")).Value, complete.ExplainStatusOn(D("2020-01-01")).Kind));
        Assert.Equal(AnswerKind.Inferred, complete.ExplainStatusOn(D("2027-01-01")).Kind);
    }

    [Fact]
    public void Verified_only_drops_the_facts_that_are_not_verified()
    {
        var timeline = new EuRelationshipTimeline
        {
            Events = [Event(EuRelationEventKind.Application, EventDate.On(D("2009-04-28"))), Event(EuRelationEventKind.PotentialCandidate, EventDate.InMonth(2000, 6), Confidence.Partial)],
        };

        Assert.Equal(EuStatus.PotentialCandidate, timeline.StatusOn(D("2001-01-01")));
        Assert.Equal("the potential-candidate rests on a partial fact", timeline.ExplainStatusOn(D("2001-01-01")).Reason);
        Assert.Equal(EuStatus.ThirdCountry, timeline.ExplainStatusOn(D("2001-01-01"), FactFilter.VerifiedOnly).Value);
    }

    [Fact]
    public void Before_the_first_recorded_Schengen_step_a_country_is_taken_as_not_participating_known_only_when_the_record_is_complete()
    {
        var timeline = new EuRelationshipTimeline
        {
            Events = [Event(EuRelationEventKind.Membership, EventDate.On(D("2007-01-01"))), Event(EuRelationEventKind.SchengenAirAndSeaBorders, EventDate.On(D("2024-03-31"))), Event(EuRelationEventKind.SchengenFull, EventDate.On(D("2025-01-01")))],
        };
        var complete = timeline with { CompleteAsOf = D("2026-12-01") };

        var before = timeline.ExplainSchengenStatusOn(D("2020-01-01"));
        Assert.Equal((SchengenStatus.NotParticipating, AnswerKind.Inferred), (before.Value, before.Kind));
        Assert.Equal("the schengen-air-and-sea-borders is recorded after 2020-01-01, and the record is not declared complete on that date", before.Reason);
        Assert.Equal("schengen-air-and-sea-borders", Assert.Single(before.Basis).Fact);
        Assert.Equal(AnswerKind.Known, complete.ExplainSchengenStatusOn(D("2020-01-01")).Kind);
        // Full participation is the last step: once certainly taken, nothing further can be missing.
        Assert.Equal((SchengenStatus.Full, AnswerKind.Known), (timeline.ExplainSchengenStatusOn(D("2025-06-01")).Value, timeline.ExplainSchengenStatusOn(D("2025-06-01")).Kind));
        Assert.Equal(AnswerKind.Inferred, EuRelationshipTimeline.Empty.ExplainSchengenStatusOn(D("2020-01-01")).Kind);
    }

    private static Arbitrary<(EuRelationshipTimeline Timeline, LocalDate Date)> Cases() =>
        (from timeline in JhaGenerators.EuRelationshipTimeline
         from date in JhaGenerators.Date
         select (timeline, date)).ToArbitrary();

    [Property]
    public Property The_shorthand_is_the_value_of_the_evidence_form() => Prop.ForAll(Cases(), c =>
        c.Timeline.StatusOn(c.Date) == c.Timeline.ExplainStatusOn(c.Date).Value
        && c.Timeline.SchengenStatusOn(c.Date) == c.Timeline.ExplainSchengenStatusOn(c.Date).Value);

    [Property]
    public Property The_answers_do_not_depend_on_the_order_the_events_are_stored_in() => Prop.ForAll(Cases(), c =>
    {
        // Events that share their last possible day keep their stored order (a withdrawal and an accession on one day),
        // so the law holds where the last days differ.
        var events = c.Timeline.Events;
        if (events.Select(e => e.Date.Latest).Distinct().Count() != events.Count)
        {
            return true;
        }

        var reversed = c.Timeline with { Events = [.. events.Reverse()] };
        return reversed.StatusOn(c.Date) == c.Timeline.StatusOn(c.Date)
            && reversed.SchengenStatusOn(c.Date) == c.Timeline.SchengenStatusOn(c.Date)
            && reversed.ExplainStatusOn(c.Date).Kind == c.Timeline.ExplainStatusOn(c.Date).Kind
            && reversed.ExplainSchengenStatusOn(c.Date).Kind == c.Timeline.ExplainSchengenStatusOn(c.Date).Kind
            && reversed.StatusOn(c.Date) == reversed.ExplainStatusOn(c.Date).Value
            && reversed.SchengenStatusOn(c.Date) == reversed.ExplainSchengenStatusOn(c.Date).Value;
    });

    [Property]
    public Property A_verified_only_answer_never_rests_on_a_fact_that_is_not_verified() => Prop.ForAll(Cases(), c =>
        c.Timeline.ExplainStatusOn(c.Date, FactFilter.VerifiedOnly).Basis.All(e => e.Confidence == Confidence.Verified)
        && c.Timeline.ExplainSchengenStatusOn(c.Date, FactFilter.VerifiedOnly).Basis.All(e => e.Confidence == Confidence.Verified));

    [Property]
    public Property Removing_an_event_never_turns_an_unknown_answer_into_a_known_one() => Prop.ForAll(Cases(), c =>
    {
        bool eu = c.Timeline.ExplainStatusOn(c.Date).Kind == AnswerKind.Unknown;
        bool schengen = c.Timeline.ExplainSchengenStatusOn(c.Date).Kind == AnswerKind.Unknown;
        for (int i = 0; i < c.Timeline.Events.Count; i++)
        {
            var fewer = new EuRelationshipTimeline { Events = [.. c.Timeline.Events.Where((_, j) => j != i)] };
            if ((eu && fewer.ExplainStatusOn(c.Date).IsKnown) || (schengen && fewer.ExplainSchengenStatusOn(c.Date).IsKnown))
            {
                return false;
            }
        }

        return true;
    });
}
