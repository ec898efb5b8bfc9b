using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>
/// Validates a <see cref="CrimePriority"/>: a key, a name, non-blank scope items, valid predecessor links that point
/// exactly one cycle back and name each predecessor once, a source and a confidence.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CrimePriorityValidator : AbstractValidator<CrimePriority>
{
    /// <summary>Creates the validator.</summary>
    public CrimePriorityValidator() => EmpactRuleTables.CrimePriority.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static CrimePriorityValidator Instance { get; } = new();
}
