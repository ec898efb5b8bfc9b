namespace JhaModel.Validation;

/// <content>The codes of the agreements rules.</content>
public static partial class JhaErrorCodes
{
    /// <summary><c>JHA-AGR-001</c>: an agreement identifier is missing (the default value).</summary>
    public const string AgreementIdMissing = "JHA-AGR-001";

    /// <summary><c>JHA-AGR-002</c>: an agreement kind is missing (the default value).</summary>
    public const string AgreementKindMissing = "JHA-AGR-002";

    /// <summary><c>JHA-AGR-003</c>: an agreement title is blank.</summary>
    public const string AgreementTitleMissing = "JHA-AGR-003";

    /// <summary><c>JHA-AGR-004</c>: a closed value of the agreements area is not one of its defined values.</summary>
    public const string AgreementValueUndefined = "JHA-AGR-004";

    /// <summary><c>JHA-AGR-005</c>: a bilateral agreement does not have exactly two parties.</summary>
    public const string BilateralPartyCount = "JHA-AGR-005";

    /// <summary><c>JHA-AGR-006</c>: a party is missing (the default value).</summary>
    public const string AgreementPartyMissing = "JHA-AGR-006";

    /// <summary><c>JHA-AGR-007</c>: an agreement lists a party twice.</summary>
    public const string AgreementPartyDuplicate = "JHA-AGR-007";

    /// <summary><c>JHA-AGR-008</c>: a party event or statement names a party the agreement does not list, or an ineligible party is listed.</summary>
    public const string PartyNotListed = "JHA-AGR-008";

    /// <summary><c>JHA-AGR-009</c>: a party's events are out of order.</summary>
    public const string PartyEventsOutOfOrder = "JHA-AGR-009";

    /// <summary><c>JHA-AGR-010</c>: the agreement's own events are out of order.</summary>
    public const string AgreementEventsOutOfOrder = "JHA-AGR-010";

    /// <summary><c>JHA-AGR-011</c>: an event happened before the agreement was opened for signature.</summary>
    public const string EventBeforeOpening = "JHA-AGR-011";

    /// <summary><c>JHA-AGR-012</c>: an event happened after the agreement was terminated.</summary>
    public const string EventAfterTermination = "JHA-AGR-012";

    /// <summary><c>JHA-AGR-013</c>: a party's entry into force is not the date the agreement's rule computes.</summary>
    public const string EntryIntoForceRuleMismatch = "JHA-AGR-013";

    /// <summary><c>JHA-AGR-014</c>: an entry-into-force rule counts months outside 1 to 24.</summary>
    public const string EntryIntoForceRuleInvalid = "JHA-AGR-014";

    /// <summary><c>JHA-AGR-015</c>: a protocol names no parent, or its parent cannot be found.</summary>
    public const string ParentMissing = "JHA-AGR-015";

    /// <summary><c>JHA-AGR-016</c>: a protocol party is not a party to the parent convention.</summary>
    public const string ProtocolPartyNotInParent = "JHA-AGR-016";

    /// <summary><c>JHA-AGR-017</c>: an agreement names itself as parent or predecessor.</summary>
    public const string SelfReference = "JHA-AGR-017";

    /// <summary><c>JHA-AGR-018</c>: a party acted as an unknown or unrelated predecessor, or after its withdrawal.</summary>
    public const string ActingAsInvalid = "JHA-AGR-018";

    /// <summary><c>JHA-AGR-019</c>: a consent has no form, or another event has one.</summary>
    public const string ConsentFormInvalid = "JHA-AGR-019";

    /// <summary><c>JHA-AGR-020</c>: a CELEX number is malformed.</summary>
    public const string CelexInvalid = "JHA-AGR-020";

    /// <summary><c>JHA-AGR-021</c>: an ELI is malformed.</summary>
    public const string EliInvalid = "JHA-AGR-021";

    /// <summary><c>JHA-AGR-022</c>: an Official Journal reference is malformed.</summary>
    public const string OfficialJournalReferenceInvalid = "JHA-AGR-022";

    /// <summary><c>JHA-AGR-023</c>: a decision reference is malformed.</summary>
    public const string DecisionReferenceInvalid = "JHA-AGR-023";

    /// <summary><c>JHA-AGR-024</c>: a text of the agreements area is blank.</summary>
    public const string AgreementTextBlank = "JHA-AGR-024";

    /// <summary><c>JHA-AGR-025</c>: a reservation or declaration ends before it takes effect.</summary>
    public const string StatementPeriodInvalid = "JHA-AGR-025";

    private static IEnumerable<ErrorCodeInfo> AgreementsArea() =>
    [
        Info(AgreementIdMissing, nameof(AgreementIdMissing), "Agreements", "An agreement has an identifier (not the default value)."),
        Info(AgreementKindMissing, nameof(AgreementKindMissing), "Agreements", "An agreement has a kind (not the default value)."),
        Info(AgreementTitleMissing, nameof(AgreementTitleMissing), "Agreements", "An agreement has a title that is not blank."),
        Info(AgreementValueUndefined, nameof(AgreementValueUndefined), "Agreements", "Every closed value of an agreement (form, event kinds, consent form, statement kind) is one of its defined values."),
        Info(BilateralPartyCount, nameof(BilateralPartyCount), "Agreements", "A bilateral agreement has exactly two parties."),
        Info(AgreementPartyMissing, nameof(AgreementPartyMissing), "Agreements", "Every party named by an agreement, its events, statements and ineligibility records is given (not the default value)."),
        Info(AgreementPartyDuplicate, nameof(AgreementPartyDuplicate), "Agreements", "An agreement lists each party once."),
        Info(PartyNotListed, nameof(PartyNotListed), "Agreements", "Every party event and statement is about a party the agreement lists; an ineligible party is not listed."),
        Info(PartyEventsOutOfOrder, nameof(PartyEventsOutOfOrder), "Agreements", "For each party: signature, then consent or provisional application, then entry into force, then denunciation — none certainly before the step it follows."),
        Info(AgreementEventsOutOfOrder, nameof(AgreementEventsOutOfOrder), "Agreements", "The agreement's own events follow adoption or initialling, decision on signing, decision on conclusion, entry into force, supersession — none certainly before the step it follows."),
        Info(EventBeforeOpening, nameof(EventBeforeOpening), "Agreements", "Nothing but adoption, initialling and the decision on signing happens before the agreement is opened for signature."),
        Info(EventAfterTermination, nameof(EventAfterTermination), "Agreements", "Nothing but the termination record happens after an agreement is terminated."),
        Info(EntryIntoForceRuleMismatch, nameof(EntryIntoForceRuleMismatch), "Agreements", "Where the agreement has an entry-into-force rule, each party's entry into force is the date the rule computes from its consent."),
        Info(EntryIntoForceRuleInvalid, nameof(EntryIntoForceRuleInvalid), "Agreements", "An entry-into-force rule counts 1 to 24 months."),
        Info(ParentMissing, nameof(ParentMissing), "Agreements", "An additional protocol names its parent convention, and a named parent exists."),
        Info(ProtocolPartyNotInParent, nameof(ProtocolPartyNotInParent), "Agreements", "Every party to a protocol is a party to its parent convention."),
        Info(SelfReference, nameof(SelfReference), "Agreements", "An agreement is neither its own parent nor its own predecessor."),
        Info(ActingAsInvalid, nameof(ActingAsInvalid), "Agreements", "A party that acted as a predecessor state names a withdrawn code it succeeds, and did so before that code's withdrawal."),
        Info(ConsentFormInvalid, nameof(ConsentFormInvalid), "Agreements", "A consent to be bound states its form (ratification, acceptance, approval, accession, succession); no other event does."),
        Info(CelexInvalid, nameof(CelexInvalid), "Agreements", "A CELEX number is well-formed, e.g. 32005D0809 or 22007A1219(01)."),
        Info(EliInvalid, nameof(EliInvalid), "Agreements", "A European Legislation Identifier is an http(s)://data.europa.eu/eli/ URI."),
        Info(OfficialJournalReferenceInvalid, nameof(OfficialJournalReferenceInvalid), "Agreements", "An Official Journal reference is well-formed, e.g. OJ L 334, 19.12.2007, p. 46, with a real date."),
        Info(DecisionReferenceInvalid, nameof(DecisionReferenceInvalid), "Agreements", "A decision reference is well-formed, e.g. 2005/809/EC or (EU) 2015/1988."),
        Info(AgreementTextBlank, nameof(AgreementTextBlank), "Agreements", "A required text (a statement's summary, an ineligibility reason) is not blank, and an optional one (note, place) is absent or not blank."),
        Info(StatementPeriodInvalid, nameof(StatementPeriodInvalid), "Agreements", "A reservation or declaration does not end before it takes effect."),
    ];
}
