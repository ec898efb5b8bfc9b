using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="PriorityPredecessor"/> link: a predecessor key, a basis, a source and a confidence.</summary>
/// <remarks>
/// That the predecessor belongs to the previous cycle is checked by <see cref="CrimePriorityValidator"/>, which knows
/// the successor. Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.
/// </remarks>
public sealed class PriorityPredecessorValidator : AbstractValidator<PriorityPredecessor>
{
    /// <summary>Creates the validator.</summary>
    public PriorityPredecessorValidator() => EmpactRuleTables.PriorityPredecessor.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static PriorityPredecessorValidator Instance { get; } = new();
}
