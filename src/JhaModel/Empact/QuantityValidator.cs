using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="Quantity"/>: a value of zero or more, a unit, and a defined bound when one is given.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class QuantityValidator : AbstractValidator<Quantity>
{
    /// <summary>Creates the validator.</summary>
    public QuantityValidator()
    {
        RuleFor(x => x.Value).Must(EmpactRules.IsNonNegative)
            .WithErrorCode(JhaErrorCodes.QuantityNegative)
            .WithMessage("The value {PropertyValue} is negative; expected zero or more.");
        RuleFor(x => x.Unit).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.QuantityUnitMissing)
            .WithMessage("The unit is missing; expected a unit such as 'count', 'kilogram' or 'tonne'.");
        RuleFor(x => x.Bound).Must(EmpactRules.IsAbsentOrDefined)
            .WithErrorCode(JhaErrorCodes.QuantityBoundUndefined)
            .WithMessage("The bound {PropertyValue} is not defined; expected at-least, more-than, at-most, less-than or no bound.");
    }

    /// <summary>A shared instance.</summary>
    public static QuantityValidator Instance { get; } = new();
}
