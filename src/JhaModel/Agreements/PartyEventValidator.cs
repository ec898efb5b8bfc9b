using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>
/// Validates a <see cref="PartyEvent"/>: a party, a defined kind, a date, a consent form exactly on consents, a
/// valid predecessor it acted as, a non-blank note, a source and a confidence.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class PartyEventValidator : AbstractValidator<PartyEvent>
{
    /// <summary>Creates the validator.</summary>
    public PartyEventValidator()
    {
        RuleFor(x => x.Party).Must(AgreementRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementPartyMissing)
            .WithMessage("The event has no party; expected a country code or an organisation identifier.");
        RuleFor(x => x.Kind).Must(AgreementRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.AgreementValueUndefined)
            .WithMessage($"The event kind {{PropertyValue}} is not defined; expected one of: {string.Join(", ", Enum.GetValues<PartyEventKind>().Select(Serialization.StrictEnumConverter<PartyEventKind>.NameOf))}.");
        RuleFor(x => x.ConsentForm).Must(AgreementRules.IsAbsentOrDefined)
            .WithErrorCode(JhaErrorCodes.AgreementValueUndefined)
            .WithMessage("The consent form {PropertyValue} is not defined; expected ratification, acceptance, approval, accession or succession.");
        RuleFor(x => x.Date).Must(ProvenanceRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The event has no date; expected the day, month, year or range it happened in.");
        RuleFor(x => x).Must(AgreementRules.HasConsentFormExactlyOnConsent)
            .WithErrorCode(JhaErrorCodes.ConsentFormInvalid)
            .WithMessage(x => x.ConsentForm is null
                ? $"The consent-to-be-bound of {x.Party} on {x.Date} has no consentForm; expected one of: {string.Join(", ", Enum.GetValues<ConsentForm>().Select(Serialization.StrictEnumConverter<ConsentForm>.NameOf))}."
                : $"The {Serialization.StrictEnumConverter<PartyEventKind>.NameOf(x.Kind)} of {x.Party} on {x.Date} has a consentForm ({Serialization.StrictEnumConverter<ConsentForm>.NameOf(x.ConsentForm.Value)}); expected a consentForm only on a consent-to-be-bound event.")
            .OverridePropertyName(nameof(PartyEvent.ConsentForm));
        RuleFor(x => x).Must(AgreementRules.HasValidActingAs)
            .WithErrorCode(JhaErrorCodes.ActingAsInvalid)
            .WithMessage(x => $"{x.Party} acted as '{x.ActingAs}' on {x.Date}; expected the withdrawn code of a state it succeeds, before that code's withdrawal (e.g. 'CS' before 2006-09-26 for Montenegro and Serbia).")
            .OverridePropertyName(nameof(PartyEvent.ActingAs));
        RuleFor(x => x.Note).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.AgreementTextBlank)
            .WithMessage("The note is blank; expected text or no value.");
        Include(SourcedFactValidator<PartyEvent>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static PartyEventValidator Instance { get; } = new();
}
