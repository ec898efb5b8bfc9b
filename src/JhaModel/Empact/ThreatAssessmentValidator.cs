using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="ThreatAssessment"/>: a name, a non-blank note when given, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class ThreatAssessmentValidator : AbstractValidator<ThreatAssessment>
{
    /// <summary>Creates the validator.</summary>
    public ThreatAssessmentValidator()
    {
        RuleFor(x => x.Name).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ThreatAssessmentNameMissing)
            .WithMessage("The threat assessment's name is blank; expected a name such as 'EU SOCTA 2021'.");
        RuleFor(x => x.Note).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EmpactTextBlank)
            .WithMessage("The note is blank; expected text or no value.");
        Include(SourcedFactValidator<ThreatAssessment>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static ThreatAssessmentValidator Instance { get; } = new();
}
