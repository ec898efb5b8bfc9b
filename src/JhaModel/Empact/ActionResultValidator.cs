using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates an <see cref="ActionResult"/>: a metric and a valid quantity.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class ActionResultValidator : AbstractValidator<ActionResult>
{
    /// <summary>Creates the validator.</summary>
    public ActionResultValidator() => EmpactRuleTables.ActionResult.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static ActionResultValidator Instance { get; } = new();
}
