using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Validates a <see cref="CycleResult"/>: a metric, a valid quantity, a non-blank note when given, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CycleResultValidator : AbstractValidator<CycleResult>
{
    /// <summary>Creates the validator.</summary>
    public CycleResultValidator()
    {
        RuleFor(x => x.Metric).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ResultMetricMissing)
            .WithMessage("The result's metric is missing; expected what it measures, e.g. 'arrests'.");
        RuleFor(x => x.Quantity).NotNull()
            .WithErrorCode(JhaErrorCodes.QuantityMissing)
            .WithMessage("The result has no quantity; expected a value with its unit.")
            .SetValidator(QuantityValidator.Instance);
        RuleFor(x => x.Note).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EmpactTextBlank)
            .WithMessage("The note is blank; expected text or no value.");
        Include(SourcedFactValidator<CycleResult>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static CycleResultValidator Instance { get; } = new();
}
