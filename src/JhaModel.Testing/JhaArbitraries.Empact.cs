using FsCheck;
using FsCheck.Fluent;
using JhaModel.Empact;

namespace JhaModel.Testing;

/// <content>Arbitraries of the EMPACT area.</content>
public static partial class JhaArbitraries
{
    /// <summary>Policy cycle identifiers, shrinking towards the embedded 2022–2025 cycle.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PolicyCycleId> PolicyCycleId() =>
        Arb.From(JhaGenerators.PolicyCycleId, id => id == Empact.PolicyCycleId.Cycle2022To2025 ? [] : [Empact.PolicyCycleId.Cycle2022To2025]);

    /// <summary>Crime priority keys.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CrimePriorityKey> CrimePriorityKey() => Arb.From(JhaGenerators.CrimePriorityKey);

    /// <summary>Action codes, shrinking towards fewer numbers (<c>OA 3.2</c> to <c>OA 3</c>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActionCode> ActionCode() => Arb.From(JhaGenerators.ActionCode, ShrinkActionCode);

    /// <summary>Result metrics.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResultMetric> ResultMetric() => Arb.From(JhaGenerators.ResultMetric);

    /// <summary>Quantity units.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuantityUnit> QuantityUnit() => Arb.From(JhaGenerators.QuantityUnit);

    /// <summary>Valid quantities, shrinking by dropping the bound and rounding the value.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Quantity> Quantity() => Arb.From(JhaGenerators.Quantity, ShrinkQuantity);

    /// <summary>Valid action results.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActionResult> ActionResult() => Arb.From(JhaGenerators.ActionResult);

    /// <summary>Valid cycle results.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CycleResult> CycleResult() => Arb.From(JhaGenerators.CycleResult);

    /// <summary>Valid crime priorities, shrinking by dropping predecessors and scope.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CrimePriority> CrimePriority() => Arb.From(JhaGenerators.CrimePriority, ShrinkPriority);

    /// <summary>Valid policy cycles, shrinking by dropping priorities and results.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PolicyCycle> PolicyCycle() => Arb.From(JhaGenerators.PolicyCycle, ShrinkCycle);

    /// <summary>Valid operational actions, shrinking by dropping results and co-leaders.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OperationalAction> OperationalAction() => Arb.From(JhaGenerators.OperationalAction, ShrinkAction);

    /// <summary>Valid operational action plans, shrinking by dropping actions from the end.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OperationalActionPlan> OperationalActionPlan() => Arb.From(JhaGenerators.OperationalActionPlan, ShrinkPlan);

    private static IEnumerable<ActionCode> ShrinkActionCode(ActionCode code)
    {
        var numbers = code.Numbers;
        for (int keep = numbers.Count - 1; keep > 0; keep--)
        {
            yield return Empact.ActionCode.Parse("OA " + string.Join(".", numbers.Take(keep)));
        }
    }

    private static IEnumerable<Quantity> ShrinkQuantity(Quantity quantity)
    {
        if (quantity.Bound is not null)
        {
            yield return quantity with { Bound = null };
        }

        if (quantity.Value != decimal.Truncate(quantity.Value))
        {
            yield return quantity with { Value = decimal.Truncate(quantity.Value) };
        }
    }

    private static IEnumerable<CrimePriority> ShrinkPriority(CrimePriority priority)
    {
        if (priority.Predecessors.Count > 0)
        {
            yield return priority with { Predecessors = [] };
        }

        if (priority.Scope.Count > 0)
        {
            yield return priority with { Scope = [] };
        }
    }

    private static IEnumerable<PolicyCycle> ShrinkCycle(PolicyCycle cycle)
    {
        if (cycle.Results.Count > 0)
        {
            yield return cycle with { Results = [] };
        }

        for (int keep = cycle.Priorities.Count - 1; keep >= 0; keep--)
        {
            yield return cycle with { Priorities = [.. cycle.Priorities.Take(keep)] };
        }
    }

    private static IEnumerable<OperationalAction> ShrinkAction(OperationalAction action)
    {
        if (action.Results.Count > 0)
        {
            yield return action with { Results = [] };
        }

        if (action.CoLeaders.Count > 0)
        {
            yield return action with { CoLeaders = [] };
        }
    }

    private static IEnumerable<OperationalActionPlan> ShrinkPlan(OperationalActionPlan plan)
    {
        for (int keep = plan.Actions.Count - 1; keep >= 0; keep--)
        {
            yield return plan with { Actions = [.. plan.Actions.Take(keep)] };
        }
    }
}
