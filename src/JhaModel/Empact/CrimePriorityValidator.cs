using FluentValidation;
using JhaModel.Provenance;
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
    public CrimePriorityValidator()
    {
        RuleFor(x => x.Key).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.PriorityKeyMissing)
            .WithMessage("The priority key is missing; expected a key such as '2022-2025/migrant-smuggling'.");
        RuleFor(x => x.Name).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.PriorityNameMissing)
            .WithMessage("The priority name is blank; expected the name the source gives.");
        RuleForEach(x => x.Scope).EachMust(TextRules.IsPresent, JhaErrorCodes.PriorityScopeItemBlank, "The scope item is blank or null; expected a sub-area such as 'online fraud'.");
        RuleForEach(x => x.Predecessors).EachValid(EmpactRules.IsValid, PriorityPredecessorValidator.Instance, "The predecessor link is null; expected a link.");
        RuleFor(x => x).Must(p => EmpactRules.FirstPredecessorNotPreviousCycle(p) < 0)
            .WithErrorCode(JhaErrorCodes.LineageNotPreviousCycle)
            .WithMessage(p => $"Predecessor {DescribePredecessor(p, EmpactRules.FirstPredecessorNotPreviousCycle(p))} of {p.Key} is not of the cycle that ends in {FirstYearOf(p) - 1}; expected a priority of the cycle immediately before.")
            .OverridePropertyName(nameof(CrimePriority.Predecessors));
        RuleFor(x => x.Predecessors).Must(l => EmpactRules.FirstDuplicatePredecessor(l) < 0)
            .WithErrorCode(JhaErrorCodes.LineageDuplicate)
            .WithMessage((_, l) => $"Predecessor {EmpactRules.FirstDuplicatePredecessor(l)} repeats an earlier one; expected each predecessor once.");
        Include(SourcedFactValidator<CrimePriority>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static CrimePriorityValidator Instance { get; } = new();

    private static string DescribePredecessor(CrimePriority priority, int index) =>
        index >= 0 && priority.Predecessors[index] is { } link ? $"{index} ({link.Priority})" : "none";

    private static int FirstYearOf(CrimePriority priority) => priority.Key.IsDefault ? 0 : priority.Key.Cycle.FirstYear;
}
