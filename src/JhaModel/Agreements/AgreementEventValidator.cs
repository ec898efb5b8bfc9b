using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates an <see cref="AgreementEvent"/>: a defined kind, a date, well-formed references, non-blank optional texts, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class AgreementEventValidator : AbstractValidator<AgreementEvent>
{
    /// <summary>Creates the validator.</summary>
    public AgreementEventValidator()
    {
        RuleFor(x => x.Kind).Must(AgreementRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.AgreementValueUndefined)
            .WithMessage($"The event kind {{PropertyValue}} is not defined; expected one of: {string.Join(", ", Enum.GetValues<AgreementEventKind>().Select(Serialization.StrictEnumConverter<AgreementEventKind>.NameOf))}.");
        RuleFor(x => x.Date).Must(ProvenanceRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The event has no date; expected the day, month, year or range it happened in.");
        RuleFor(x => x.DecisionReference).Must(AgreementRules.IsDecisionReference)
            .WithErrorCode(JhaErrorCodes.DecisionReferenceInvalid)
            .WithMessage("The decision reference '{PropertyValue}' is malformed; expected e.g. '2005/809/EC' or '(EU) 2015/1988'.");
        RuleFor(x => x.OfficialJournal).Must(AgreementRules.IsOfficialJournalReference)
            .WithErrorCode(JhaErrorCodes.OfficialJournalReferenceInvalid)
            .WithMessage("The Official Journal reference '{PropertyValue}' is malformed; expected e.g. 'OJ L 304, 23.11.2005, p. 14'.");
        RuleFor(x => x.Celex).Must(AgreementRules.IsCelex)
            .WithErrorCode(JhaErrorCodes.CelexInvalid)
            .WithMessage("The CELEX number '{PropertyValue}' is malformed; expected e.g. '32005D0809'.");
        RuleFor(x => x.Place).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.AgreementTextBlank)
            .WithMessage("The place is blank; expected a place or no value.");
        RuleFor(x => x.Note).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.AgreementTextBlank)
            .WithMessage("The note is blank; expected text or no value.");
        Include(SourcedFactValidator<AgreementEvent>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static AgreementEventValidator Instance { get; } = new();
}
