using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Provenance;

/// <summary>Validates a <see cref="Source"/>: a title that is not blank and, when given, an absolute http or https URL.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Creates the validator.</summary>
    public SourceValidator()
    {
        RuleFor(x => x.Title).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.SourceTitleMissing)
            .WithMessage("The source title is blank; expected a title or citation.");
        RuleFor(x => x.Url).Must(ProvenanceRules.IsAbsoluteHttpUrl)
            .WithErrorCode(JhaErrorCodes.SourceUrlInvalid)
            .WithMessage("The source URL '{PropertyValue}' is not an absolute http or https URL.");
    }

    /// <summary>A shared instance.</summary>
    public static SourceValidator Instance { get; } = new();
}
