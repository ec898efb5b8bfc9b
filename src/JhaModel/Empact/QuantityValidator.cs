using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="Quantity"/>: a value of zero or more, a unit, and a defined bound when one is given.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class QuantityValidator : AbstractValidator<Quantity>
{
    /// <summary>Creates the validator.</summary>
    public QuantityValidator() => EmpactRuleTables.Quantity.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static QuantityValidator Instance { get; } = new();
}
