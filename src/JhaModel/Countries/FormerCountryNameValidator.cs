using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="FormerCountryName"/>: a name, a valid period, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class FormerCountryNameValidator : AbstractValidator<FormerCountryName>
{
    /// <summary>Creates the validator.</summary>
    public FormerCountryNameValidator()
    {
        RuleFor(x => x.Name).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.FormerNameMissing)
            .WithMessage("The former name is blank; expected the name.");
        RuleFor(x => x.ValidUntil).Must(ProvenanceRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The former name has no end date; expected when the next name replaced it.");
        RuleFor(x => x.ValidFrom).Must(ProvenanceRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The start date is the default value; expected a date or no value.");
        RuleFor(x => x).Must(CountryRules.HasValidPeriod)
            .WithErrorCode(JhaErrorCodes.FormerNamePeriodInvalid)
            .WithMessage(x => $"The period {x.ValidFrom}–{x.ValidUntil} ends before it starts; expected the end on or after the start.")
            .OverridePropertyName(nameof(FormerCountryName.ValidUntil));
        Include(SourcedFactValidator<FormerCountryName>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static FormerCountryNameValidator Instance { get; } = new();
}
