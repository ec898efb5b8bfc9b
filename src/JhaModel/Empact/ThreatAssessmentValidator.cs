using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="ThreatAssessment"/>: a name, a non-blank note when given, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class ThreatAssessmentValidator : AbstractValidator<ThreatAssessment>
{
    /// <summary>Creates the validator.</summary>
    public ThreatAssessmentValidator() => EmpactRuleTables.ThreatAssessment.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static ThreatAssessmentValidator Instance { get; } = new();
}
