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
        Leadership = leadership;
        EmpactRuleTables.Plan.AddTo(this, new LeadershipContext(leadership, dataset));
    }

    /// <summary>A shared instance with the default leadership rule, <see cref="ActionLeadership.MemberStatesAndAgencies"/>.</summary>
    public static OperationalActionPlanValidator Instance { get; } = new();

    /// <summary>The leadership rule this validator applies to the plan's actions.</summary>
    public ActionLeadership Leadership { get; }
}
