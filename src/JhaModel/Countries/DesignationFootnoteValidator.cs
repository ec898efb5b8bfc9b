using FluentValidation;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="DesignationFootnote"/>: an issuer, text, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class DesignationFootnoteValidator : AbstractValidator<DesignationFootnote>
{
    /// <summary>Creates the validator.</summary>
    public DesignationFootnoteValidator()
    {
        RuleFor(x => x.Issuer).Must(OrganisationRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.FootnoteIssuerMissing)
            .WithMessage("The footnote has no issuer; expected the organisation whose wording it is, e.g. 'eu'.");
        RuleFor(x => x.Text).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.FootnoteTextMissing)
            .WithMessage("The footnote text is blank; expected the exact wording.");
        Include(SourcedFactValidator<DesignationFootnote>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static DesignationFootnoteValidator Instance { get; } = new();
}
