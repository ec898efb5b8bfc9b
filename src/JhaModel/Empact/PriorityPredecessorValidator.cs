using FluentValidation;
using JhaModel.Provenance;
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
    public PriorityPredecessorValidator()
    {
        RuleFor(x => x.Priority).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.PriorityKeyMissing)
            .WithMessage("The predecessor's key is missing; expected a key such as '2018-2021/firearms'.");
        RuleFor(x => x.Basis).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.LineageBasisMissing)
            .WithMessage("The basis of the link is blank; expected why the predecessor is linked.");
        Include(SourcedFactValidator<PriorityPredecessor>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static PriorityPredecessorValidator Instance { get; } = new();
}
