using JhaModel.Agreements;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Tests.Agreements;

/// <summary>
/// The boundaries of the agreement rules, each checked through the validator (the error code it reports) and the
/// fast path (which runs the same predicates), on the embedded Budapest Convention changed in one place.
/// </summary>
public sealed class AgreementRulesTests
{
    private static readonly Party Albania = Party.Parse("AL");
    private static readonly Party Bosnia = Party.Parse("BA");

    /// <summary>The Convention on Cybercrime: opened for signature on 2001-11-23, in force on 2004-07-01, three months after consent.</summary>
    private static Agreement Budapest => AgreementRegistry.Get("coe-cets-185");

    private static string[] Errors(Agreement agreement)
    {
        var codes = AgreementValidator.Instance.Validate(agreement).Errors.Select(e => e.ErrorCode).ToArray();
        Assert.Equal(codes.Length == 0, AgreementRules.IsValid(agreement));
        return codes;
    }

    private static string Message(Agreement agreement, string code) =>
        Assert.Single(AgreementValidator.Instance.Validate(agreement).Errors, e => e.ErrorCode == code).ErrorMessage;

    private static string PathOf(Agreement agreement, string code) =>
        ElementAt.PropertyPath(Assert.Single(AgreementValidator.Instance.Validate(agreement).Errors, e => e.ErrorCode == code));

    private static int Opening(Agreement agreement) => agreement.Events.ToList().FindIndex(e => e.Kind == AgreementEventKind.OpenedForSignature);

    private static int Termination(Agreement agreement) => agreement.Events.ToList().FindIndex(e => e.Kind == AgreementEventKind.Terminated);

    private static PartyEvent PartyEvent(Party party, PartyEventKind kind, string date) => new()
    {
        Party = party,
        Kind = kind,
        Date = EventDate.Parse(date),
        ConsentForm = kind == PartyEventKind.ConsentToBeBound ? ConsentForm.Ratification : null,
        Source = Budapest.Events[0].Source,
        Confidence = Confidence.Verified,
    };

    private static AgreementEvent AgreementEvent(AgreementEventKind kind, string date) => new()
    {
        Kind = kind,
        Date = EventDate.Parse(date),
        Source = Budapest.Events[0].Source,
        Confidence = Confidence.Verified,
    };

    private static Agreement WithPartyEvent(PartyEvent e) => Budapest with { PartyEvents = [.. Budapest.PartyEvents, e] };

    private static Agreement WithEvent(AgreementEvent e) => Budapest with { Events = [.. Budapest.Events, e] };

    [Fact]
    public void The_embedded_convention_is_valid()
    {
        Assert.Empty(Errors(Budapest));
    }

    [Fact]
    public void A_party_listed_twice_is_reported_at_its_second_place()
    {
        var parties = Budapest.Parties;

        Assert.Equal(-1, OrganisationRules.FirstDuplicateParty(parties));
        Assert.Equal(1, OrganisationRules.FirstDuplicateParty([Albania, Albania]));
        Assert.Equal(2, OrganisationRules.FirstDuplicateParty([Albania, Bosnia, Albania]));
        Assert.Equal(3, OrganisationRules.FirstDuplicateParty([Albania, Bosnia, Party.Parse("ME"), Bosnia]));
        // Missing parties are reported as missing, not as one party listed twice.
        Assert.Equal(-1, OrganisationRules.FirstDuplicateParty([default, default]));

        var twice = Budapest with { Parties = [.. parties, Bosnia] };
        Assert.Equal([JhaErrorCodes.AgreementPartyDuplicate], Errors(twice));
        Assert.Contains("The party BA is listed twice", Message(twice, JhaErrorCodes.AgreementPartyDuplicate), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(24, true)]
    [InlineData(25, false)]
    [InlineData(-3, false)]
    public void An_entry_into_force_rule_counts_1_to_24_months(int months, bool valid)
    {
        var rule = new EntryIntoForceRule { MonthsAfterConsent = months };

        Assert.Equal(valid, AgreementRules.HasValidMonths(rule));
        // Without party events to compute, only the rule's own check can fail.
        var agreement = Budapest with { EntryIntoForceRule = rule, PartyEvents = [] };
        Assert.Equal(valid ? [] : [JhaErrorCodes.EntryIntoForceRuleInvalid], Errors(agreement));
    }

    [Theory]
    [InlineData("OJ L 124, 17.5.2005", true)]
    [InlineData("OJ L 124, 1.1.2005", true)]
    [InlineData("OJ L 124, 31.12.2005", true)]
    [InlineData("OJ L 124, 29.2.2004", true)]
    [InlineData("OJ L 124, 30.4.2004, p. 5", true)]
    [InlineData("OJ C 15, 30.12.1952", true)]
    [InlineData("OJ C 15, 31.12.1951", false)]
    [InlineData("OJ L 124, 0.5.2005", false)]
    [InlineData("OJ L 124, 32.5.2005", false)]
    [InlineData("OJ L 124, 31.4.2005, p. 5", false)]
    [InlineData("OJ L 124, 29.2.2005", false)]
    [InlineData("OJ L 124, 17.0.2005", false)]
    [InlineData("OJ L 124, 17.13.2005", false)]
    [InlineData("OJ L, 2023/2105, 20.10.2023", true)]
    [InlineData("OJ L, 2023/2105, 31.9.2023", false)]
    [InlineData("OJ L 124, 17.5.2005, p. 21", true)]
    [InlineData("OJ L 124 17.5.2005", false)]
    public void An_Official_Journal_reference_names_a_real_day_of_the_Journal_s_years(string reference, bool valid)
    {
        Assert.Equal(valid, AgreementRules.IsOfficialJournalReference(reference));
        Assert.Equal(valid, AgreementIdentifiersValidator.Instance.Validate(new AgreementIdentifiers { OfficialJournal = reference }).IsValid);
    }

    [Theory]
    [InlineData("2001-11-22", true)]
    [InlineData("2001-11", false)]
    [InlineData("2001-11-23", false)]
    [InlineData("2001-11-24", false)]
    public void A_party_event_certainly_before_the_opening_for_signature_is_reported(string date, bool reported)
    {
        var agreement = WithPartyEvent(PartyEvent(Party.Parse("AT"), PartyEventKind.Signature, date));

        Assert.Equal(reported ? [JhaErrorCodes.EventBeforeOpening] : [], Errors(agreement));
        Assert.Equal(!reported, AgreementRules.HasNothingBeforeOpening(agreement));
        if (reported)
        {
            int last = agreement.PartyEvents.Count - 1;
            Assert.Equal(
                $"partyEvents[{last}], the signature of AT on 2001-11-22, is before the opening for signature, events[{Opening(agreement)}] on 2001-11-23; expected nothing but adoption, initialling and the decision on signing before it.",
                Message(agreement, JhaErrorCodes.EventBeforeOpening));
            Assert.Equal($"PartyEvents[{last}]", PathOf(agreement, JhaErrorCodes.EventBeforeOpening));
        }
        else
        {
            Assert.Null(AgreementRules.FirstBeforeOpening(agreement));
        }
    }

    [Theory]
    [InlineData(AgreementEventKind.Adopted, false)]
    [InlineData(AgreementEventKind.Initialled, false)]
    [InlineData(AgreementEventKind.CouncilDecisionOnSigning, false)]
    [InlineData(AgreementEventKind.CouncilDecisionOnConclusion, true)]
    public void Only_adoption_initialling_and_the_decision_on_signing_may_precede_the_opening(AgreementEventKind kind, bool reported)
    {
        var agreement = WithEvent(AgreementEvent(kind, "2001-11-08"));

        Assert.Equal(reported ? [JhaErrorCodes.EventBeforeOpening] : [], Errors(agreement));
        if (reported)
        {
            int last = agreement.Events.Count - 1;
            Assert.Equal(
                $"events[{last}], council-decision-on-conclusion on 2001-11-08, is before the opening for signature, events[{Opening(agreement)}] on 2001-11-23",
                AgreementRules.FirstBeforeOpening(agreement));
            Assert.Equal($"Events[{last}]", PathOf(agreement, JhaErrorCodes.EventBeforeOpening));
        }
    }

    [Fact]
    public void An_agreement_with_no_opening_for_signature_has_nothing_before_it()
    {
        var agreement = Budapest with { Events = [AgreementEvent(AgreementEventKind.EntryIntoForce, "2004-07-01")] };

        Assert.True(AgreementRules.HasNothingBeforeOpening(agreement));
        Assert.Null(AgreementRules.FirstBeforeOpening(agreement));
    }

    [Theory]
    [InlineData("2020-01-02", true)]
    [InlineData("2020-01", false)]
    [InlineData("2020-01-01", false)]
    [InlineData("2019-12-31", false)]
    public void A_party_event_certainly_after_the_termination_is_reported(string date, bool reported)
    {
        var terminated = WithEvent(AgreementEvent(AgreementEventKind.Terminated, "2020-01-01"));
        var agreement = terminated with { PartyEvents = [.. terminated.PartyEvents, PartyEvent(Albania, PartyEventKind.Denunciation, date)] };

        Assert.Equal(reported ? [JhaErrorCodes.EventAfterTermination] : [], Errors(agreement));
        Assert.Equal(!reported, AgreementRules.HasNothingAfterTermination(agreement));
        Assert.Equal(
            reported ? $"partyEvents[{agreement.PartyEvents.Count - 1}], the denunciation of AL on 2020-01-02, is after the termination, events[{Termination(agreement)}] on 2020-01-01" : null,
            AgreementRules.FirstAfterTermination(agreement));
        if (reported)
        {
            Assert.Equal($"PartyEvents[{agreement.PartyEvents.Count - 1}]", PathOf(agreement, JhaErrorCodes.EventAfterTermination));
        }
    }

    [Theory]
    [InlineData("2020-01-02", true)]
    [InlineData("2020-01-01", false)]
    [InlineData("2019-12-31", false)]
    public void An_agreement_event_certainly_after_the_termination_is_reported(string date, bool reported)
    {
        var agreement = WithEvent(AgreementEvent(AgreementEventKind.Terminated, "2020-01-01"));
        agreement = agreement with { Events = [.. agreement.Events, AgreementEvent(AgreementEventKind.Superseded, date)] };

        Assert.Equal(reported ? [JhaErrorCodes.EventAfterTermination] : [], Errors(agreement));
        Assert.Equal(
            reported ? $"events[{agreement.Events.Count - 1}], superseded on 2020-01-02, is after the termination, events[{Termination(agreement)}] on 2020-01-01" : null,
            AgreementRules.FirstAfterTermination(agreement));
        if (reported)
        {
            Assert.Equal($"Events[{agreement.Events.Count - 1}]", PathOf(agreement, JhaErrorCodes.EventAfterTermination));
        }
    }

    [Fact]
    public void A_second_termination_record_is_not_an_event_after_the_termination()
    {
        var agreement = WithEvent(AgreementEvent(AgreementEventKind.Terminated, "2020-01-01"));
        agreement = agreement with { Events = [.. agreement.Events, AgreementEvent(AgreementEventKind.Terminated, "2021-01-01")] };

        Assert.True(AgreementRules.HasNothingAfterTermination(agreement));
    }

    [Theory]
    [InlineData("2002-06-21", true)]
    [InlineData("2002-06-20", false)]
    [InlineData("2002-06", false)]
    public void A_party_s_signature_certainly_after_its_consent_is_reported(string signature, bool reported)
    {
        // Albania ratified on 2002-06-20; its signature is moved to the given date.
        var events = Budapest.PartyEvents.Select(e => e.Party == Albania && e.Kind == PartyEventKind.Signature
            ? e with { Date = EventDate.Parse(signature) }
            : e).ToList();
        var agreement = Budapest with { PartyEvents = events };

        Assert.Equal(reported ? [JhaErrorCodes.PartyEventsOutOfOrder] : [], Errors(agreement));
        Assert.Equal(reported, AgreementRules.FirstPartyEventsOutOfOrder(agreement.PartyEvents) is not null);
    }

    [Fact]
    public void The_order_of_events_is_kept_per_party()
    {
        // Austria's signature after Albania's ratification is in order: they are different parties.
        var agreement = WithPartyEvent(PartyEvent(Party.Parse("AT"), PartyEventKind.Signature, "2002-06-21"));

        Assert.Null(AgreementRules.FirstPartyEventsOutOfOrder(agreement.PartyEvents));
        var denounced = WithPartyEvent(PartyEvent(Albania, PartyEventKind.Denunciation, "2004-06-30"));
        var pair = AgreementRules.FirstPartyEventsOutOfOrder(denounced.PartyEvents);
        Assert.NotNull(pair);
        Assert.Equal(PartyEventKind.EntryIntoForce, pair.Value.Earlier.Kind);
        Assert.Equal(PartyEventKind.Denunciation, pair.Value.Later.Kind);
    }

    [Theory]
    [InlineData(AgreementEventKind.CouncilDecisionOnConclusion, "2004-07-02", true)]
    [InlineData(AgreementEventKind.CouncilDecisionOnConclusion, "2004-07-01", false)]
    [InlineData(AgreementEventKind.Superseded, "2004-06-30", true)]
    [InlineData(AgreementEventKind.Superseded, "2004-07-01", false)]
    [InlineData(AgreementEventKind.Initialled, "2004-07-02", true)]
    public void The_agreement_s_own_steps_follow_their_order(AgreementEventKind kind, string date, bool reported)
    {
        // The convention entered into force on 2004-07-01.
        var agreement = WithEvent(AgreementEvent(kind, date));

        Assert.Equal(reported ? [JhaErrorCodes.AgreementEventsOutOfOrder] : [], Errors(agreement));
        if (reported)
        {
            // The problem points at the event its message names first, the later one in the list.
            var later = AgreementRules.FirstAgreementEventsOutOfOrder(agreement.Events)!.Value.Later;
            Assert.Equal($"Events[{agreement.Events.ToList().FindIndex(e => ReferenceEquals(e, later))}]", PathOf(agreement, JhaErrorCodes.AgreementEventsOutOfOrder));
        }
    }

    [Fact]
    public void The_opening_for_signature_is_ordered_by_its_own_rule_only()
    {
        // A decision on conclusion before the opening is reported as before the opening, not also as out of order.
        var agreement = WithEvent(AgreementEvent(AgreementEventKind.CouncilDecisionOnConclusion, "2001-11-08"));

        Assert.Null(AgreementRules.FirstAgreementEventsOutOfOrder(agreement.Events));
        // An adoption after the opening is out of order (adoption comes first).
        var late = WithEvent(AgreementEvent(AgreementEventKind.Adopted, "2001-11-24"));
        Assert.NotNull(AgreementRules.FirstAgreementEventsOutOfOrder(late.Events));
    }

    [Theory]
    [InlineData("2012-06-13", "2012-10-01", false)]
    [InlineData("2012-06-13", "2012-09-01", true)]
    [InlineData("2012-06-13", "2012-11-01", true)]
    [InlineData("2012-06", "2012-11-01", false)]
    [InlineData("2012-06-13", "2012-10", false)]
    public void An_exact_entry_into_force_is_the_rule_s_date_from_the_exact_consent(string consent, string entry, bool reported)
    {
        // Austria ratified on 2012-06-13; three months later, from the first day of the following month: 2012-10-01.
        var austria = Party.Parse("AT");
        var events = Budapest.PartyEvents.Where(e => e.Party != austria)
            .Append(PartyEvent(austria, PartyEventKind.ConsentToBeBound, consent))
            .Append(PartyEvent(austria, PartyEventKind.EntryIntoForce, entry))
            .ToList();
        var agreement = Budapest with { PartyEvents = events };

        Assert.Equal(reported ? [JhaErrorCodes.EntryIntoForceRuleMismatch] : [], Errors(agreement));
        Assert.Equal(
            reported ? $"AT consented on 2012-06-13 and entered into force on {entry}; the rule of 3 months gives 2012-10-01" : null,
            AgreementRules.FirstEntryIntoForceMismatch(agreement));
    }

    [Fact]
    public void An_agreement_without_a_rule_computes_no_entry_into_force()
    {
        var austria = Party.Parse("AT");
        var events = Budapest.PartyEvents.Select(e => e.Party == austria && e.Kind == PartyEventKind.EntryIntoForce
            ? e with { Date = EventDate.Parse("2012-07-01") }
            : e).ToList();

        Assert.Null(AgreementRules.FirstEntryIntoForceMismatch(Budapest with { EntryIntoForceRule = null, PartyEvents = events }));
        Assert.NotNull(AgreementRules.FirstEntryIntoForceMismatch(Budapest with { PartyEvents = events }));
        Assert.Null(AgreementRules.FirstEntryIntoForceMismatch(Budapest with { EntryIntoForceRule = new() { MonthsAfterConsent = 0 }, PartyEvents = events }));
    }

    [Theory]
    [InlineData("2010-01-01", "2010-12-31", true)]
    [InlineData("2010-01-01", "2010-01-01", true)]
    [InlineData("2010-01-02", "2010-01-01", false)]
    [InlineData("2010", "2010-01-01", true)]
    [InlineData("2010-02", "2010-01-31", false)]
    [InlineData("../2010-02-01", "2000-01-01", true)]
    public void A_statement_is_valid_until_no_earlier_than_it_is_valid_from(string from, string until, bool valid)
    {
        var statement = new PartyStatement
        {
            Party = Albania,
            Kind = StatementKind.Declaration,
            Summary = "A declaration on the authorities designated under Article 24.",
            ValidFrom = EventDate.Parse(from),
            ValidUntil = EventDate.Parse(until),
            Source = Budapest.Events[0].Source,
            Confidence = Confidence.Verified,
        };

        Assert.Equal(valid, AgreementRules.HasValidPeriod(statement));
        Assert.Equal(valid, PartyStatementValidator.Instance.Validate(statement).IsValid);
        Assert.True(AgreementRules.HasValidPeriod(statement with { ValidFrom = null }));
        Assert.True(AgreementRules.HasValidPeriod(statement with { ValidUntil = null }));
    }

    [Theory]
    [InlineData("2006-09-25", true)]
    [InlineData("2006-09-26", false)]
    public void A_party_acts_as_a_withdrawn_code_only_before_its_withdrawal(string date, bool valid)
    {
        // Serbia and Montenegro (CS) was withdrawn from ISO 3166 on 2006-09-26; Serbia and Montenegro's successors may act as it before then.
        var signature = PartyEvent(Party.Parse("RS"), PartyEventKind.Signature, date) with { ActingAs = "CS" };

        Assert.Equal(valid, AgreementRules.HasValidActingAs(signature));
        Assert.Equal(valid, AgreementRules.IsValid(signature));
        Assert.True(AgreementRules.HasValidActingAs(signature with { ActingAs = null }));
        Assert.False(AgreementRules.HasValidActingAs(signature with { ActingAs = "XX" }));
        Assert.False(AgreementRules.HasValidActingAs(signature with { Party = Party.Parse("AL") }));
        Assert.False(AgreementRules.HasValidActingAs(signature with { Party = OrganisationId.EuropeanUnion }));
    }

    [Fact]
    public void A_protocol_names_a_parent_that_resolves()
    {
        var protocol = AgreementRegistry.Get("coe-cets-189");

        Assert.True(AgreementRules.HasParentWhenRequired(protocol, AgreementRules.ResolveEmbedded));
        Assert.False(AgreementRules.HasParentWhenRequired(protocol, _ => null));
        Assert.False(AgreementRules.HasParentWhenRequired(protocol with { Parent = null }, AgreementRules.ResolveEmbedded));
        Assert.True(AgreementRules.HasParentWhenRequired(Budapest, _ => null));
        Assert.Null(AgreementRules.FirstPartyNotInParent(protocol, AgreementRules.ResolveEmbedded));
        var outsider = protocol with { Parties = [.. protocol.Parties, Party.Parse("FR")] };
        Assert.Equal(Party.Parse("FR"), AgreementRules.FirstPartyNotInParent(outsider, AgreementRules.ResolveEmbedded));
        Assert.Null(AgreementRules.FirstPartyNotInParent(outsider, _ => null));
        Assert.Null(AgreementRules.FirstPartyNotInParent(outsider with { Parent = null }, AgreementRules.ResolveEmbedded));
        Assert.Null(AgreementRules.FirstPartyNotInParent(outsider with { Parent = outsider.Id }, AgreementRules.ResolveEmbedded));
    }

    [Fact]
    public void Events_and_statements_name_only_listed_parties_and_ineligible_parties_are_not_listed()
    {
        var france = Party.Parse("FR");

        Assert.Null(AgreementRules.FirstUnlisted(Budapest));
        Assert.Equal(france, AgreementRules.FirstUnlisted(WithPartyEvent(PartyEvent(france, PartyEventKind.Signature, "2001-11-23"))));
        var statement = new PartyStatement
        {
            Party = france,
            Kind = StatementKind.Reservation,
            Summary = "A reservation under Article 22.",
            Source = Budapest.Events[0].Source,
            Confidence = Confidence.Verified,
        };
        Assert.Equal(france, AgreementRules.FirstUnlisted(Budapest with { Statements = [statement] }));
        Assert.Null(AgreementRules.FirstUnlisted(Budapest with { Statements = [statement with { Party = Albania }] }));
        Assert.Equal(Party.Parse("XK"), AgreementRules.FirstUnlisted(Budapest with { Parties = [.. Budapest.Parties, Party.Parse("XK")] }));
    }

    [Fact]
    public void An_agreement_names_neither_itself_as_parent_nor_as_predecessor()
    {
        Assert.True(AgreementRules.IsNotSelfReferencing(Budapest));
        Assert.False(AgreementRules.IsNotSelfReferencing(Budapest with { Parent = Budapest.Id }));
        Assert.False(AgreementRules.IsNotSelfReferencing(Budapest with { Predecessor = Budapest.Id }));
        Assert.True(AgreementRules.IsNotSelfReferencing(Budapest with { Predecessor = AgreementRegistry.Get("coe-cets-189").Id }));
    }

    [Fact]
    public void A_missing_party_is_reported_as_missing_and_nowhere_else()
    {
        var protocol = AgreementRegistry.Get("coe-cets-189");
        var missing = protocol with { Parties = [.. protocol.Parties, default] };

        Assert.Equal([JhaErrorCodes.AgreementPartyMissing], Errors(missing));
        Assert.Null(AgreementRules.FirstPartyNotInParent(missing, AgreementRules.ResolveEmbedded));
    }

    [Fact]
    public void Events_without_a_date_are_left_to_the_date_rule()
    {
        // A default date is reported once, as a missing date; the order, opening and termination rules skip the event.
        var undated = Budapest.PartyEvents.Select(e => e.Party == Albania ? e with { Date = default } : e).ToList();
        var agreement = Budapest with
        {
            Events = [.. Budapest.Events, AgreementEvent(AgreementEventKind.Terminated, "2004-07-02") with { Date = default }, AgreementEvent(AgreementEventKind.Adopted, "2001-01-01") with { Date = default }],
            PartyEvents = undated,
        };

        Assert.Null(AgreementRules.FirstPartyEventsOutOfOrder(agreement.PartyEvents));
        Assert.Null(AgreementRules.FirstAgreementEventsOutOfOrder(agreement.Events));
        Assert.True(AgreementRules.HasNothingBeforeOpening(agreement with { Events = [AgreementEvent(AgreementEventKind.OpenedForSignature, "2001-11-23") with { Date = default }, .. Budapest.Events] }));
        Assert.True(AgreementRules.HasNothingAfterTermination(agreement));
        Assert.True(AgreementRules.HasEntryIntoForceAsComputed(agreement));
        Assert.DoesNotContain(JhaErrorCodes.PartyEventsOutOfOrder, Errors(agreement));
        Assert.DoesNotContain(JhaErrorCodes.EventBeforeOpening, Errors(agreement));
        Assert.DoesNotContain(JhaErrorCodes.EventAfterTermination, Errors(agreement));
        Assert.Contains(JhaErrorCodes.EventDateMissing, Errors(agreement));
    }

    [Fact]
    public void An_undated_event_is_not_before_the_opening_nor_after_the_termination()
    {
        var terminated = WithEvent(AgreementEvent(AgreementEventKind.Terminated, "2020-01-01"));
        var undatedParty = PartyEvent(Albania, PartyEventKind.Denunciation, "2021-01-01") with { Date = default };
        var undatedEvent = AgreementEvent(AgreementEventKind.EntryIntoForce, "2021-01-01") with { Date = default };

        Assert.True(AgreementRules.HasNothingAfterTermination(terminated with { PartyEvents = [.. terminated.PartyEvents, undatedParty] }));
        Assert.True(AgreementRules.HasNothingAfterTermination(terminated with { Events = [.. terminated.Events, undatedEvent] }));
        Assert.True(AgreementRules.HasNothingBeforeOpening(WithPartyEvent(undatedParty)));
        Assert.True(AgreementRules.HasNothingBeforeOpening(WithEvent(undatedEvent)));
    }

    [Fact]
    public void Null_elements_are_reported_as_null_and_skipped_by_the_other_rules()
    {
        var agreement = Budapest with
        {
            Events = [null!, .. Budapest.Events, AgreementEvent(AgreementEventKind.Terminated, "2020-01-01"), null!],
            PartyEvents = [null!, .. Budapest.PartyEvents, null!],
            Statements = [null!],
            IneligibleParties = [null!, .. Budapest.IneligibleParties],
        };

        Assert.Null(AgreementRules.FirstUnlisted(agreement));
        Assert.Null(AgreementRules.FirstPartyEventsOutOfOrder(agreement.PartyEvents));
        Assert.Null(AgreementRules.FirstAgreementEventsOutOfOrder(agreement.Events));
        Assert.True(AgreementRules.HasNothingBeforeOpening(agreement));
        Assert.True(AgreementRules.HasNothingAfterTermination(agreement));
        Assert.True(AgreementRules.HasEntryIntoForceAsComputed(agreement));
        Assert.Equal([JhaErrorCodes.NullElement], Errors(agreement).Distinct());
    }

    [Fact]
    public void Only_a_party_s_first_exact_entry_into_force_is_compared_with_the_rule()
    {
        // Austria ratified on 2012-06-13 and entered into force on 2012-10-01; a later record of another day is not compared.
        var austria = Party.Parse("AT");
        var agreement = WithPartyEvent(PartyEvent(austria, PartyEventKind.EntryIntoForce, "2012-11-01"));
        var month = Budapest.PartyEvents.Select(e => e.Party == austria && e.Kind == PartyEventKind.EntryIntoForce ? e with { Date = EventDate.Parse("2012-10") } : e).ToList();

        Assert.True(AgreementRules.HasEntryIntoForceAsComputed(agreement));
        Assert.True(AgreementRules.HasEntryIntoForceAsComputed(Budapest with { PartyEvents = [.. month, PartyEvent(austria, PartyEventKind.EntryIntoForce, "2012-10-01")] }));
        Assert.False(AgreementRules.HasEntryIntoForceAsComputed(Budapest with { PartyEvents = [.. month, PartyEvent(austria, PartyEventKind.EntryIntoForce, "2012-11-01")] }));
    }

    [Fact]
    public void A_consent_so_late_that_the_rule_passes_the_calendar_s_end_has_no_valid_entry_into_force()
    {
        var austria = Party.Parse("AT");
        var events = Budapest.PartyEvents.Where(e => e.Party != austria)
            .Append(PartyEvent(austria, PartyEventKind.ConsentToBeBound, "9999-11-15"))
            .Append(PartyEvent(austria, PartyEventKind.EntryIntoForce, "9999-12-31"))
            .ToList();

        Assert.Equal(
            "AT consented on 9999-11-15 and entered into force on 9999-12-31; the rule of 3 months gives a date after 9999-12-31",
            AgreementRules.FirstEntryIntoForceMismatch(Budapest with { PartyEvents = events }));
    }

    [Fact]
    public void Only_embedded_agreements_resolve_as_embedded()
    {
        Assert.Same(Budapest, AgreementRules.ResolveEmbedded(Budapest.Id));
        Assert.Null(AgreementRules.ResolveEmbedded(AgreementId.Parse("coe-cets-999")));
    }

    [Fact]
    public void A_missing_or_self_naming_parent_is_left_to_its_own_rules()
    {
        var protocol = AgreementRegistry.Get("coe-cets-189");

        Assert.True(AgreementRules.HasParentWhenRequired(protocol with { Parent = default(AgreementId) }, _ => null));
        Assert.True(AgreementRules.HasParentWhenRequired(protocol with { Parent = protocol.Id }, _ => null));
    }

    [Fact]
    public void Steps_of_the_same_rank_are_in_any_order()
    {
        var twoSignatures = WithPartyEvent(PartyEvent(Albania, PartyEventKind.Signature, "2001-11-24"));
        var twoDecisions = WithEvent(AgreementEvent(AgreementEventKind.CouncilDecisionOnConclusion, "2003-01-01"));
        twoDecisions = twoDecisions with { Events = [.. twoDecisions.Events, AgreementEvent(AgreementEventKind.CouncilDecisionOnConclusion, "2002-01-01")] };

        Assert.Null(AgreementRules.FirstPartyEventsOutOfOrder(twoSignatures.PartyEvents));
        Assert.Null(AgreementRules.FirstAgreementEventsOutOfOrder(twoDecisions.Events));
    }

    [Fact]
    public void The_identifiers_are_checked_with_the_agreement()
    {
        var agreement = Budapest with { Identifiers = new AgreementIdentifiers { OfficialJournal = "OJ L 1, 31.2.2005" } };

        Assert.Equal([JhaErrorCodes.OfficialJournalReferenceInvalid], Errors(agreement));
        Assert.Empty(Errors(Budapest with { Identifiers = null }));
    }
}
