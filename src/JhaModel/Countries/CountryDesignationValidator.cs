using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="CountryDesignation"/>: a display name and valid footnotes, at most one per issuer.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CountryDesignationValidator : AbstractValidator<CountryDesignation>
{
    /// <summary>Creates the validator.</summary>
    public CountryDesignationValidator()
    {
        RuleFor(x => x.DisplayName).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.DesignationDisplayNameMissing)
            .WithMessage("The display name is blank; expected the name with its marker, e.g. 'Kosovo*'.");
        RuleForEach(x => x.Footnotes).EachValid(CountryRules.IsValid, DesignationFootnoteValidator.Instance, "The footnote is null; expected a footnote.");
        RuleFor(x => x.Footnotes).Must(f => CountryRules.FirstDuplicateIssuer(f) < 0)
            .WithErrorCode(JhaErrorCodes.FootnoteIssuerDuplicate)
            .WithMessage((_, f) => $"Footnote {CountryRules.FirstDuplicateIssuer(f)} has the same issuer as an earlier one; expected one footnote per issuer.");
    }

    /// <summary>A shared instance.</summary>
    public static CountryDesignationValidator Instance { get; } = new();
}
