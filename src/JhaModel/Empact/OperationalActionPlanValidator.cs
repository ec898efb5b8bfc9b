using FluentValidation;
using JhaModel.ReferenceData;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>
/// Validates an <see cref="OperationalActionPlan"/>: a cycle, a priority of that cycle, a period within the cycle's
/// years, a non-blank title when given, and valid actions with unique codes and periods within the plan's.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class OperationalActionPlanValidator : AbstractValidator<OperationalActionPlan>
{
    /// <summary>Creates the validator with the default leadership rule, <see cref="ActionLeadership.MemberStatesAndAgencies"/>.</summary>
    public OperationalActionPlanValidator()
        : this(ActionLeadership.MemberStatesAndAgencies)
    {
    }

    /// <summary>Creates the validator with the given leadership rule for the plan's actions.</summary>
    /// <param name="leadership">Who may lead or co-lead an action.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadership"/> is not a defined value.</exception>
    public OperationalActionPlanValidator(ActionLeadership leadership)
        : this(leadership, null)
    {
    }

    /// <summary>Creates the validator with the given leadership rule for the plan's actions, against <paramref name="dataset"/> (see <see cref="OperationalActionValidator(ActionLeadership, JhaDataset?)"/>).</summary>
    /// <param name="leadership">Who may lead or co-lead an action.</param>
    /// <param name="dataset">The reference data; the embedded dataset when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadership"/> is not a defined value.</exception>
    public OperationalActionPlanValidator(ActionLeadership leadership, JhaDataset? dataset)
    {
        var actionValidator = leadership == ActionLeadership.MemberStatesAndAgencies && dataset is null
            ? OperationalActionValidator.Instance
            : new OperationalActionValidator(leadership, dataset);
        Leadership = leadership;
        RuleFor(x => x.Cycle).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.CycleIdMissing)
            .WithMessage("The plan's cycle is missing; expected the cycle's years, e.g. '2022-2025'.");
        RuleFor(x => x.Priority).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.PriorityKeyMissing)
            .WithMessage("The plan's priority is missing; expected a key such as '2022-2025/firearms-trafficking'.");
        RuleFor(x => x).Must(EmpactRules.PriorityBelongsToCycle)
            .WithErrorCode(JhaErrorCodes.PlanPriorityOtherCycle)
            .WithMessage(x => $"The priority {x.Priority} belongs to another cycle than the plan's {x.Cycle}; expected a priority of {x.Cycle}.")
            .OverridePropertyName(nameof(OperationalActionPlan.Priority));
        RuleFor(x => x.Period).NotNull()
            .WithErrorCode(JhaErrorCodes.PeriodMissing)
            .WithMessage("The plan has no period; expected the days it covers.");
        RuleFor(x => x).Must(EmpactRules.IsWithinCycle)
            .WithErrorCode(JhaErrorCodes.PlanPeriodOutsideCycle)
            .WithMessage(x => $"The plan's period {x.Period} does not lie within the cycle {x.Cycle}; expected days from {x.Cycle.FirstYear}-01-01 to {x.Cycle.LastYear}-12-31.")
            .OverridePropertyName(nameof(OperationalActionPlan.Period));
        RuleFor(x => x.Title).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EmpactTextBlank)
            .WithMessage("The title is blank; expected a title or no value.");
        RuleForEach(x => x.Actions).EachValid(a => EmpactRules.IsValid(a, dataset), actionValidator, "The action is null; expected an action.");
        RuleFor(x => x.Actions).Must(a => EmpactRules.FirstDuplicateActionCode(a) < 0)
            .WithErrorCode(JhaErrorCodes.ActionCodeDuplicate)
            .WithState((_, a) => new ElementAt(EmpactRules.FirstDuplicateActionCode(a)))
            .WithMessage((_, a) => $"Action {EmpactRules.FirstDuplicateActionCode(a)} ({a[EmpactRules.FirstDuplicateActionCode(a)].Code}) repeats the code of an earlier action; expected each code once within the plan.");
        RuleFor(x => x).Must(x => EmpactRules.FirstActionOutsidePlan(x) < 0)
            .WithErrorCode(JhaErrorCodes.ActionPeriodOutsidePlan)
            .WithState(x => new ElementAt(EmpactRules.FirstActionOutsidePlan(x)))
            .WithMessage(x => $"Action {EmpactRules.FirstActionOutsidePlan(x)} runs {x.Actions[EmpactRules.FirstActionOutsidePlan(x)].Period}, outside the plan's period {x.Period}; expected a period within the plan's.")
            .OverridePropertyName(nameof(OperationalActionPlan.Actions));
    }

    /// <summary>A shared instance with the default leadership rule, <see cref="ActionLeadership.MemberStatesAndAgencies"/>.</summary>
    public static OperationalActionPlanValidator Instance { get; } = new();

    /// <summary>The leadership rule this validator applies to the plan's actions.</summary>
    public ActionLeadership Leadership { get; }
}
