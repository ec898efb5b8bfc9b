using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>
/// Validates a <see cref="Country"/> entry that a user builds, e.g. an addition or override in an exchange
/// document: its code and names, its former names, its designation, and its EU-relationship timeline.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CountryValidator : AbstractValidator<Country>
{
    /// <summary>Creates the validator.</summary>
    public CountryValidator()
    {
        RuleFor(x => x.Code).Must(CountryRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.CountryCodeMissing)
            .WithMessage("The country code is missing; expected an ISO 3166-1 code or XK.");
        RuleFor(x => x.ShortName).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ShortNameMissing)
            .WithMessage("The short name is blank; expected the country's short name.");
        RuleFor(x => x.OfficialName).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.OptionalNameBlank)
            .WithMessage("The official name is blank; expected a name or no value.");
        RuleFor(x => x.CommonName).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.OptionalNameBlank)
            .WithMessage("The common name is blank; expected a name or no value.");
        RuleForEach(x => x.FormerNames).EachValid(CountryRules.IsValid, FormerCountryNameValidator.Instance, "The former name is null; expected a former name.");
        RuleFor(x => x.FormerNames).Must(n => CountryRules.FirstFormerNameOutOfOrder(n) < 0)
            .WithErrorCode(JhaErrorCodes.FormerNamesOutOfOrder)
            .WithMessage((_, n) => $"Former name {CountryRules.FirstFormerNameOutOfOrder(n)} ended before the name listed before it; expected oldest first.");
        RuleFor(x => x).Must(CountryRules.HasDesignationWhenRequired)
            .WithErrorCode(JhaErrorCodes.DesignationRequired)
            .WithMessage(x => $"The user-assigned code {x.Code} has no designation; expected a display name and footnotes (e.g. 'Kosovo*').")
            .OverridePropertyName(nameof(Country.Designation));
        RuleFor(x => x.Designation).SetValidator(CountryDesignationValidator.Instance!);
        RuleFor(x => x.EuRelationship).NotNull()
            .WithErrorCode(JhaErrorCodes.NullElement)
            .WithMessage("The EU relationship is null; expected a timeline (possibly empty).")
            .SetValidator(EuRelationshipTimelineValidator.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static CountryValidator Instance { get; } = new();
}
