using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates one <see cref="EuRelationEvent"/>: a defined kind, a date, non-blank optional texts, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class EuRelationEventValidator : AbstractValidator<EuRelationEvent>
{
    /// <summary>Creates the validator.</summary>
    public EuRelationEventValidator()
    {
        RuleFor(x => x.Kind).Must(CountryRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.EuEventKindUndefined)
            .WithMessage($"The event kind {{PropertyValue}} is not defined; expected one of: {string.Join(", ", Enum.GetValues<EuRelationEventKind>().Select(Serialization.StrictEnumConverter<EuRelationEventKind>.NameOf))}.");
        RuleFor(x => x.Date).Must(ProvenanceRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The event has no date; expected the day, month, year or range it happened in.");
        RuleFor(x => x.DecidedBy).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EuEventTextBlank)
            .WithMessage("The deciding body is blank; expected a name such as 'Council', or no value.");
        RuleFor(x => x.Note).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EuEventTextBlank)
            .WithMessage("The note is blank; expected text or no value.");
        Include(SourcedFactValidator<EuRelationEvent>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static EuRelationEventValidator Instance { get; } = new();
}
