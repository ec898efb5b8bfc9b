using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>
/// Validates a <see cref="PolicyCycle"/>: an identifier, an adoption date on or before the cycle starts, the adopting
/// body, a valid threat assessment, valid priorities of this cycle each listed once, valid results, a non-blank note
/// when given, a source and a confidence.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class PolicyCycleValidator : AbstractValidator<PolicyCycle>
{
    /// <summary>Creates the validator.</summary>
    public PolicyCycleValidator() => EmpactRuleTables.PolicyCycle.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static PolicyCycleValidator Instance { get; } = new();
}
