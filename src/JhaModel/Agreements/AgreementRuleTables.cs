using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>
/// The rule tables of the agreements area: each rule's predicate (in <see cref="AgreementRules"/>), code, message and
/// wire member, once, in the order the validators report them. The fast path and the validators both run these tables.
/// </summary>
internal static class AgreementRuleTables
{
    private static readonly string EventKinds = string.Join(", ", Enum.GetValues<AgreementEventKind>().Select(StrictEnumConverter<AgreementEventKind>.NameOf));

    private static readonly string PartyEventKinds = string.Join(", ", Enum.GetValues<PartyEventKind>().Select(StrictEnumConverter<PartyEventKind>.NameOf));

    private static readonly string ConsentForms = string.Join(", ", Enum.GetValues<ConsentForm>().Select(StrictEnumConverter<ConsentForm>.NameOf));

    /// <summary>The rules of an <see cref="AgreementEvent"/>.</summary>
    public static RuleTable<AgreementEvent, NoContext> Event { get; } = new(r =>
    [
        r.Must("kind", x => x.Kind, AgreementRules.IsDefined, JhaErrorCodes.AgreementValueUndefined, $"The event kind {{PropertyValue}} is not defined; expected one of: {EventKinds}."),
        r.Must("date", x => x.Date, ProvenanceRules.IsPresent, JhaErrorCodes.EventDateMissing, "The event has no date; expected the day, month, year or range it happened in."),
        r.Must("decisionReference", x => x.DecisionReference, AgreementRules.IsDecisionReference, JhaErrorCodes.DecisionReferenceInvalid, "The decision reference '{PropertyValue}' is malformed; expected e.g. '2005/809/EC' or '(EU) 2015/1988'."),
        r.Must("officialJournal", x => x.OfficialJournal, AgreementRules.IsOfficialJournalReference, JhaErrorCodes.OfficialJournalReferenceInvalid, "The Official Journal reference '{PropertyValue}' is malformed; expected e.g. 'OJ L 304, 23.11.2005, p. 14'."),
        r.Must("celex", x => x.Celex, AgreementRules.IsCelex, JhaErrorCodes.CelexInvalid, "The CELEX number '{PropertyValue}' is malformed; expected e.g. '32005D0809'."),
        r.Must("place", x => x.Place, TextRules.IsAbsentOrPresent, JhaErrorCodes.AgreementTextBlank, "The place is blank; expected a place or no value."),
        r.Must("note", x => x.Note, TextRules.IsAbsentOrPresent, JhaErrorCodes.AgreementTextBlank, "The note is blank; expected text or no value."),
        r.Include(SourcedFactRules<AgreementEvent>.Table),
    ]);

    /// <summary>The rules of a <see cref="PartyEvent"/>.</summary>
    public static RuleTable<PartyEvent, NoContext> PartyEvent { get; } = new(r =>
    [
        r.Must("party", x => x.Party, AgreementRules.IsPresent, JhaErrorCodes.AgreementPartyMissing, "The event has no party; expected a country code or an organisation identifier."),
        r.Must("kind", x => x.Kind, AgreementRules.IsDefined, JhaErrorCodes.AgreementValueUndefined, $"The event kind {{PropertyValue}} is not defined; expected one of: {PartyEventKinds}."),
        r.Must("consentForm", x => x.ConsentForm, AgreementRules.IsAbsentOrDefined, JhaErrorCodes.AgreementValueUndefined, "The consent form {PropertyValue} is not defined; expected ratification, acceptance, approval, accession or succession."),
        r.Must("date", x => x.Date, ProvenanceRules.IsPresent, JhaErrorCodes.EventDateMissing, "The event has no date; expected the day, month, year or range it happened in."),
        r.Must("consentForm", x => x, AgreementRules.HasConsentFormExactlyOnConsent, JhaErrorCodes.ConsentFormInvalid, x => x.ConsentForm is null
            ? $"The consent-to-be-bound of {x.Party} on {x.Date} has no consentForm; expected one of: {ConsentForms}."
            : $"The {StrictEnumConverter<PartyEventKind>.NameOf(x.Kind)} of {x.Party} on {x.Date} has a consentForm ({StrictEnumConverter<ConsentForm>.NameOf(x.ConsentForm.Value)}); expected a consentForm only on a consent-to-be-bound event."),
        r.Must("actingAs", x => x, AgreementRules.HasValidActingAs, JhaErrorCodes.ActingAsInvalid, x => $"{x.Party} acted as '{x.ActingAs}' on {x.Date}; expected the withdrawn code of a state it succeeds, before that code's withdrawal (e.g. 'CS' before 2006-09-26 for Montenegro and Serbia)."),
        r.Must("note", x => x.Note, TextRules.IsAbsentOrPresent, JhaErrorCodes.AgreementTextBlank, "The note is blank; expected text or no value."),
        r.Include(SourcedFactRules<PartyEvent>.Table),
    ]);

    /// <summary>The rules of a <see cref="PartyStatement"/>.</summary>
    public static RuleTable<PartyStatement, NoContext> Statement { get; } = new(r =>
    [
        r.Must("party", x => x.Party, AgreementRules.IsPresent, JhaErrorCodes.AgreementPartyMissing, "The statement has no party; expected a country code or an organisation identifier."),
        r.Must("kind", x => x.Kind, AgreementRules.IsDefined, JhaErrorCodes.AgreementValueUndefined, "The statement kind {PropertyValue} is not defined; expected reservation or declaration."),
        r.Must("summary", x => x.Summary, TextRules.IsPresent, JhaErrorCodes.AgreementTextBlank, "The summary is blank; expected what the reservation or declaration says."),
        r.Must("validFrom", x => x.ValidFrom, ProvenanceRules.IsAbsentOrPresent, JhaErrorCodes.EventDateMissing, "The start date is the default value; expected a date or no value."),
        r.Must("validUntil", x => x.ValidUntil, ProvenanceRules.IsAbsentOrPresent, JhaErrorCodes.EventDateMissing, "The end date is the default value; expected a date or no value."),
        r.Must("validUntil", x => x, AgreementRules.HasValidPeriod, JhaErrorCodes.StatementPeriodInvalid, x => $"The statement of {x.Party} takes effect {x.ValidFrom} and ends {x.ValidUntil}; expected the end on or after the start."),
        r.Include(SourcedFactRules<PartyStatement>.Table),
    ]);

    /// <summary>The rules of an <see cref="IneligibleParty"/>.</summary>
    public static RuleTable<IneligibleParty, NoContext> IneligibleParty { get; } = new(r =>
    [
        r.Must("party", x => x.Party, AgreementRules.IsPresent, JhaErrorCodes.AgreementPartyMissing, "The ineligibility record has no party; expected a country code or an organisation identifier."),
        r.Must("reason", x => x.Reason, TextRules.IsPresent, JhaErrorCodes.AgreementTextBlank, "The reason is blank; expected why the party is not eligible."),
        r.Include(SourcedFactRules<IneligibleParty>.Table),
    ]);

    /// <summary>The rules of <see cref="AgreementIdentifiers"/>.</summary>
    public static RuleTable<AgreementIdentifiers, NoContext> Identifiers { get; } = new(r =>
    [
        r.Must("celex", x => x.Celex, AgreementRules.IsCelex, JhaErrorCodes.CelexInvalid, "The CELEX number '{PropertyValue}' is malformed; expected e.g. '22007A1219(01)'."),
        r.Must("eli", x => x.Eli, AgreementRules.IsEli, JhaErrorCodes.EliInvalid, "The ELI '{PropertyValue}' is malformed; expected an http(s)://data.europa.eu/eli/… URI."),
        r.Must("officialJournal", x => x.OfficialJournal, AgreementRules.IsOfficialJournalReference, JhaErrorCodes.OfficialJournalReferenceInvalid, "The Official Journal reference '{PropertyValue}' is malformed; expected e.g. 'OJ L 334, 19.12.2007, p. 46'."),
    ]);

    /// <summary>
    /// The rules of an <see cref="Agreement"/>, with the resolver that finds a protocol's parent. The rules on events
    /// point at the event they name (<c>events[1]</c>, not <c>events</c>): each is one rule over its list, so that the
    /// search for the event runs once, not once for each element.
    /// </summary>
    public static RuleTable<Agreement, Func<AgreementId, Agreement?>> Agreement { get; } = new(r =>
    [
        r.Must("id", x => x.Id, AgreementRules.IsPresent, JhaErrorCodes.AgreementIdMissing, "The agreement identifier is missing; expected a kebab-case identifier such as 'coe-cets-185'."),
        r.Must("kind", x => x.Kind, AgreementRules.IsPresent, JhaErrorCodes.AgreementKindMissing, "The agreement kind is missing; expected e.g. 'readmission' or 'convention'."),
        r.Must("title", x => x.Title, TextRules.IsPresent, JhaErrorCodes.AgreementTitleMissing, "The title is blank; expected the agreement's title."),
        r.Must("form", x => x.Form, AgreementRules.IsDefined, JhaErrorCodes.AgreementValueUndefined, "The form {PropertyValue} is not defined; expected bilateral or multilateral."),
        r.Must("parties", x => x, AgreementRules.HasBilateralPartyCount, JhaErrorCodes.BilateralPartyCount, x => $"The bilateral agreement lists {x.Parties.Count} parties; expected exactly two."),
        r.EachMust("parties", x => x.Parties, AgreementRules.IsPresent, JhaErrorCodes.AgreementPartyMissing, "The party is missing (the default value); expected a country code or an organisation identifier."),
        r.NoIndex("parties", x => OrganisationRules.FirstDuplicateParty(x.Parties), JhaErrorCodes.AgreementPartyDuplicate, (x, i) => $"The party {x.Parties[i]} is listed twice; expected each party once."),
        r.None("parties", AgreementRules.FirstUnlisted, JhaErrorCodes.PartyNotListed, (x, party) => $"The party {party} is named by an event, statement or ineligibility record but is not consistent with the list of parties [{string.Join(", ", x.Parties)}]; expected events and statements only for listed parties, and ineligible parties not listed."),
        r.Must("parent", x => x, AgreementRules.IsNotSelfReferencing, JhaErrorCodes.SelfReference, x => $"The agreement '{x.Id}' names itself as its parent or predecessor; expected another agreement."),
        r.Must("parent", AgreementRules.HasParentWhenRequired, JhaErrorCodes.ParentMissing, (x, _) => x.Parent.HasValue
            ? $"The parent '{x.Parent}' cannot be found; expected an agreement known to the validator."
            : "The additional protocol names no parent convention; expected its parent, e.g. 'coe-cets-185'."),
        r.None("parties", AgreementRules.FirstPartyNotInParent, JhaErrorCodes.ProtocolPartyNotInParent, (x, party) => $"The protocol party {party} is not a party to the parent convention '{x.Parent}'; expected protocol parties among the convention's parties."),
        r.Optional("identifiers", x => x.Identifiers),
        r.Must("entryIntoForceRule", x => x.EntryIntoForceRule, rule => rule is null || AgreementRules.HasValidMonths(rule), JhaErrorCodes.EntryIntoForceRuleInvalid, x => $"The entry-into-force rule counts {x.EntryIntoForceRule?.MonthsAfterConsent} months; expected 1 to 24."),
        r.Each("events", x => x.Events, "The event is null; expected an event."),
        r.Each("partyEvents", x => x.PartyEvents, "The party event is null; expected an event."),
        r.Each("statements", x => x.Statements, "The statement is null; expected a reservation or declaration."),
        r.Each("ineligibleParties", x => x.IneligibleParties, "The ineligibility record is null; expected a record."),
        r.None("partyEvents", x => AgreementRules.FirstPartyEventsOutOfOrder(x.PartyEvents), JhaErrorCodes.PartyEventsOutOfOrder, (x, pair) =>
            $"partyEvents[{AgreementRules.IndexOf(x.PartyEvents, pair.Later)}], the {AgreementRules.Wire(pair.Later.Kind)} of {pair.Later.Party} on {pair.Later.Date}, is before partyEvents[{AgreementRules.IndexOf(x.PartyEvents, pair.Earlier)}], its {AgreementRules.Wire(pair.Earlier.Kind)} on {pair.Earlier.Date}; expected each party's events in the order signature, consent-to-be-bound, entry-into-force, denunciation.",
            (x, pair) => AgreementRules.IndexOf(x.PartyEvents, pair.Later)),
        r.None("events", x => AgreementRules.FirstAgreementEventsOutOfOrder(x.Events), JhaErrorCodes.AgreementEventsOutOfOrder, (x, pair) =>
            $"events[{AgreementRules.IndexOf(x.Events, pair.Later)}], {AgreementRules.Wire(pair.Later.Kind)} on {pair.Later.Date}, is before events[{AgreementRules.IndexOf(x.Events, pair.Earlier)}], {AgreementRules.Wire(pair.Earlier.Kind)} on {pair.Earlier.Date}; expected the events in the order adopted, council-decision-on-signing, council-decision-on-conclusion, entry-into-force, superseded.",
            (x, pair) => AgreementRules.IndexOf(x.Events, pair.Later)),
        r.None("events", x => OnEvent(AgreementRules.FindBeforeOpening(x)), JhaErrorCodes.EventBeforeOpening, (x, found) => $"{AgreementRules.DescribeBeforeOpening(x, found)}; {NothingBeforeOpening}", (x, found) => AgreementRules.IndexOf(x.Events, found.Event!)),
        r.None("partyEvents", x => OnPartyEvent(AgreementRules.FindBeforeOpening(x)), JhaErrorCodes.EventBeforeOpening, (x, found) => $"{AgreementRules.DescribeBeforeOpening(x, found)}; {NothingBeforeOpening}", (x, found) => AgreementRules.IndexOf(x.PartyEvents, found.PartyEvent!)),
        r.None("events", x => OnEvent(AgreementRules.FindAfterTermination(x)), JhaErrorCodes.EventAfterTermination, (x, found) => $"{AgreementRules.DescribeAfterTermination(x, found)}; {NothingAfterTermination}", (x, found) => AgreementRules.IndexOf(x.Events, found.Event!)),
        r.None("partyEvents", x => OnPartyEvent(AgreementRules.FindAfterTermination(x)), JhaErrorCodes.EventAfterTermination, (x, found) => $"{AgreementRules.DescribeAfterTermination(x, found)}; {NothingAfterTermination}", (x, found) => AgreementRules.IndexOf(x.PartyEvents, found.PartyEvent!)),
        r.None("partyEvents", AgreementRules.FindEntryIntoForceMismatch, JhaErrorCodes.EntryIntoForceRuleMismatch, (x, found) => $"{AgreementRules.DescribeEntryIntoForceMismatch(x, found)}; expected the computed date.", (x, found) => AgreementRules.IndexOf(x.PartyEvents, found.Entry)),
    ]);

    private const string NothingBeforeOpening = "expected nothing but adoption, initialling and the decision on signing before it.";

    private const string NothingAfterTermination = "expected nothing after the termination.";

    /// <summary>What a search of the agreement's events and party events found, when it is one of the agreement's events.</summary>
    private static (AgreementEvent Key, AgreementEvent? Event, PartyEvent? PartyEvent)? OnEvent((AgreementEvent Key, AgreementEvent? Event, PartyEvent? PartyEvent)? found) =>
        found?.Event is null ? null : found;

    /// <summary>What a search of the agreement's events and party events found, when it is one of the party events.</summary>
    private static (AgreementEvent Key, AgreementEvent? Event, PartyEvent? PartyEvent)? OnPartyEvent((AgreementEvent Key, AgreementEvent? Event, PartyEvent? PartyEvent)? found) =>
        found?.PartyEvent is null ? null : found;
}
