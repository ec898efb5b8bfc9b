using FluentValidation;
using JhaModel.Organisations;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>
/// Validates an <see cref="Agreement"/>: identity, parties, chronology (per party and for the agreement),
/// opening and termination, the entry-into-force rule, protocols and their parent convention, identifiers, and
/// every event, statement and ineligibility record.
/// </summary>
/// <remarks>
/// A protocol's parent is looked up through the resolver given to the constructor; <see cref="Instance"/> looks
/// in <see cref="AgreementRegistry"/>. Validators are thread-safe; construct once and reuse.
/// </remarks>
public sealed class AgreementValidator : AbstractValidator<Agreement>
{
    /// <summary>Creates a validator that looks up parent conventions in <see cref="AgreementRegistry"/>.</summary>
    public AgreementValidator()
        : this(AgreementRules.ResolveEmbedded)
    {
    }

    /// <summary>Creates a validator that looks up parent conventions with <paramref name="resolveParent"/>, e.g. among the agreements of one document.</summary>
    /// <param name="resolveParent">Returns the agreement with an identifier, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolveParent"/> is <see langword="null"/>.</exception>
    public AgreementValidator(Func<AgreementId, Agreement?> resolveParent)
    {
        ArgumentNullException.ThrowIfNull(resolveParent);

        RuleFor(x => x.Id).Must(AgreementRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementIdMissing)
            .WithMessage("The agreement identifier is missing; expected a kebab-case identifier such as 'coe-cets-185'.");
        RuleFor(x => x.Kind).Must(AgreementRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementKindMissing)
            .WithMessage("The agreement kind is missing; expected e.g. 'readmission' or 'convention'.");
        RuleFor(x => x.Title).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementTitleMissing)
            .WithMessage("The title is blank; expected the agreement's title.");
        RuleFor(x => x.Form).Must(AgreementRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.AgreementValueUndefined)
            .WithMessage("The form {PropertyValue} is not defined; expected bilateral or multilateral.");
        RuleFor(x => x).Must(AgreementRules.HasBilateralPartyCount)
            .WithErrorCode(JhaErrorCodes.BilateralPartyCount)
            .WithMessage(x => $"The bilateral agreement lists {x.Parties.Count} parties; expected exactly two.")
            .OverridePropertyName(nameof(Agreement.Parties));
        RuleForEach(x => x.Parties).EachMust(AgreementRules.IsPresent, JhaErrorCodes.AgreementPartyMissing, "The party is missing (the default value); expected a country code or an organisation identifier.");
        RuleFor(x => x.Parties).Must(p => AgreementRules.FirstDuplicateParty(p) < 0)
            .WithErrorCode(JhaErrorCodes.AgreementPartyDuplicate)
            .WithState((_, p) => new ElementAt(AgreementRules.FirstDuplicateParty(p)))
            .WithMessage((_, p) => $"The party {p[AgreementRules.FirstDuplicateParty(p)]} is listed twice; expected each party once.");
        RuleFor(x => x).Must(a => AgreementRules.FirstUnlisted(a) is null)
            .WithErrorCode(JhaErrorCodes.PartyNotListed)
            .WithMessage(x => $"The party {AgreementRules.FirstUnlisted(x)} is named by an event, statement or ineligibility record but is not consistent with the list of parties [{string.Join(", ", x.Parties)}]; expected events and statements only for listed parties, and ineligible parties not listed.")
            .OverridePropertyName(nameof(Agreement.Parties));
        RuleFor(x => x).Must(AgreementRules.IsNotSelfReferencing)
            .WithErrorCode(JhaErrorCodes.SelfReference)
            .WithMessage(x => $"The agreement '{x.Id}' names itself as its parent or predecessor; expected another agreement.")
            .OverridePropertyName(nameof(Agreement.Parent));
        RuleFor(x => x).Must(a => AgreementRules.HasParentWhenRequired(a, resolveParent))
            .WithErrorCode(JhaErrorCodes.ParentMissing)
            .WithMessage(x => x.Parent is { } parent
                ? $"The parent '{parent}' cannot be found; expected an agreement known to the validator."
                : "The additional protocol names no parent convention; expected its parent, e.g. 'coe-cets-185'.")
            .OverridePropertyName(nameof(Agreement.Parent));
        RuleFor(x => x).Must(a => AgreementRules.FirstPartyNotInParent(a, resolveParent) is null)
            .WithErrorCode(JhaErrorCodes.ProtocolPartyNotInParent)
            .WithMessage(x => $"The protocol party {AgreementRules.FirstPartyNotInParent(x, resolveParent)} is not a party to the parent convention '{x.Parent}'; expected protocol parties among the convention's parties.")
            .OverridePropertyName(nameof(Agreement.Parties));
        RuleFor(x => x.Identifiers).SetValidator(AgreementIdentifiersValidator.Instance!);
        RuleFor(x => x.EntryIntoForceRule).Must(r => r is null || AgreementRules.HasValidMonths(r))
            .WithErrorCode(JhaErrorCodes.EntryIntoForceRuleInvalid)
            .WithMessage(x => $"The entry-into-force rule counts {x.EntryIntoForceRule?.MonthsAfterConsent} months; expected 1 to 24.");
        RuleForEach(x => x.Events).EachValid(AgreementRules.IsValid, AgreementEventValidator.Instance, "The event is null; expected an event.");
        RuleForEach(x => x.PartyEvents).EachValid(AgreementRules.IsValid, PartyEventValidator.Instance, "The party event is null; expected an event.");
        RuleForEach(x => x.Statements).EachValid(AgreementRules.IsValid, PartyStatementValidator.Instance, "The statement is null; expected a reservation or declaration.");
        RuleForEach(x => x.IneligibleParties).EachValid(AgreementRules.IsValid, IneligiblePartyValidator.Instance, "The ineligibility record is null; expected a record.");
        // The rules on events point at the event they name (events[1], not events) through ElementAt: each is one rule
        // over its list, so that the search for the event runs once, not once for each element.
        RuleFor(x => x.PartyEvents).Must(e => AgreementRules.FirstPartyEventsOutOfOrder(e) is null)
            .WithErrorCode(JhaErrorCodes.PartyEventsOutOfOrder)
            .WithState((_, e) => new ElementAt(AgreementRules.FirstPartyEventsOutOfOrder(e) is { } pair ? Index(e, pair.Later) : -1))
            .WithMessage((_, e) => AgreementRules.FirstPartyEventsOutOfOrder(e) is { } pair
                ? $"partyEvents[{Index(e, pair.Later)}], the {Wire(pair.Later.Kind)} of {pair.Later.Party} on {pair.Later.Date}, is before partyEvents[{Index(e, pair.Earlier)}], its {Wire(pair.Earlier.Kind)} on {pair.Earlier.Date}; expected each party's events in the order signature, consent-to-be-bound, entry-into-force, denunciation."
                : string.Empty);
        RuleFor(x => x.Events).Must(e => AgreementRules.FirstAgreementEventsOutOfOrder(e) is null)
            .WithErrorCode(JhaErrorCodes.AgreementEventsOutOfOrder)
            .WithState((_, e) => new ElementAt(AgreementRules.FirstAgreementEventsOutOfOrder(e) is { } pair ? Index(e, pair.Later) : -1))
            .WithMessage((_, e) => AgreementRules.FirstAgreementEventsOutOfOrder(e) is { } pair
                ? $"events[{Index(e, pair.Later)}], {Wire(pair.Later.Kind)} on {pair.Later.Date}, is before events[{Index(e, pair.Earlier)}], {Wire(pair.Earlier.Kind)} on {pair.Earlier.Date}; expected the events in the order adopted, council-decision-on-signing, council-decision-on-conclusion, entry-into-force, superseded."
                : string.Empty);
        RuleFor(x => x.Events).Must((x, _) => AgreementRules.ElementBeforeOpening(x) is not AgreementEvent)
            .WithErrorCode(JhaErrorCodes.EventBeforeOpening)
            .WithState((x, e) => new ElementAt(IndexOf(e, AgreementRules.ElementBeforeOpening(x))))
            .WithMessage((x, _) => $"{AgreementRules.FirstBeforeOpening(x)}; expected nothing but adoption, initialling and the decision on signing before it.");
        RuleFor(x => x.PartyEvents).Must((x, _) => AgreementRules.ElementBeforeOpening(x) is not PartyEvent)
            .WithErrorCode(JhaErrorCodes.EventBeforeOpening)
            .WithState((x, e) => new ElementAt(IndexOf(e, AgreementRules.ElementBeforeOpening(x))))
            .WithMessage((x, _) => $"{AgreementRules.FirstBeforeOpening(x)}; expected nothing but adoption, initialling and the decision on signing before it.");
        RuleFor(x => x.Events).Must((x, _) => AgreementRules.ElementAfterTermination(x) is not AgreementEvent)
            .WithErrorCode(JhaErrorCodes.EventAfterTermination)
            .WithState((x, e) => new ElementAt(IndexOf(e, AgreementRules.ElementAfterTermination(x))))
            .WithMessage((x, _) => $"{AgreementRules.FirstAfterTermination(x)}; expected nothing after the termination.");
        RuleFor(x => x.PartyEvents).Must((x, _) => AgreementRules.ElementAfterTermination(x) is not PartyEvent)
            .WithErrorCode(JhaErrorCodes.EventAfterTermination)
            .WithState((x, e) => new ElementAt(IndexOf(e, AgreementRules.ElementAfterTermination(x))))
            .WithMessage((x, _) => $"{AgreementRules.FirstAfterTermination(x)}; expected nothing after the termination.");
        RuleFor(x => x.PartyEvents).Must((x, _) => AgreementRules.EntryNotAsComputed(x) is null)
            .WithErrorCode(JhaErrorCodes.EntryIntoForceRuleMismatch)
            .WithState((x, e) => new ElementAt(IndexOf(e, AgreementRules.EntryNotAsComputed(x))))
            .WithMessage((x, _) => $"{AgreementRules.FirstEntryIntoForceMismatch(x)}; expected the computed date.");
    }

    /// <summary>A shared instance that looks up parent conventions in <see cref="AgreementRegistry"/>.</summary>
    public static AgreementValidator Instance { get; } = new();

    private static string Wire(AgreementEventKind kind) => Serialization.StrictEnumConverter<AgreementEventKind>.NameOf(kind);

    private static string Wire(PartyEventKind kind) => Serialization.StrictEnumConverter<PartyEventKind>.NameOf(kind);

    /// <summary>The index of the element a rule names in its list (by reference), or -1 when it names one of the other list.</summary>
    private static int IndexOf<T>(IReadOnlyList<T> items, object? item)
        where T : class => item is T element ? Index(items, element) : -1;

    /// <summary>The index of an event in its list (by reference, so that equal events are told apart), for messages.</summary>
    private static int Index<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}
