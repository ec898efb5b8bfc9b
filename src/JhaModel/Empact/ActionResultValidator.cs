using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates an <see cref="ActionResult"/>: a metric and a valid quantity.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class ActionResultValidator : AbstractValidator<ActionResult>
{
    /// <summary>Creates the validator.</summary>
    public ActionResultValidator()
    {
        RuleFor(x => x.Metric).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ResultMetricMissing)
            .WithMessage("The result's metric is missing; expected what it measures, e.g. 'arrests'.");
        RuleFor(x => x.Quantity).NotNull()
            .WithErrorCode(JhaErrorCodes.QuantityMissing)
            .WithMessage("The result has no quantity; expected a value with its unit.")
            .SetValidator(QuantityValidator.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static ActionResultValidator Instance { get; } = new();
}
