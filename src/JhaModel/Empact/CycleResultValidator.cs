using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="CycleResult"/>: a metric, a valid quantity, a non-blank note when given, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CycleResultValidator : AbstractValidator<CycleResult>
{
    /// <summary>Creates the validator.</summary>
    public CycleResultValidator() => EmpactRuleTables.CycleResult.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static CycleResultValidator Instance { get; } = new();
}
