using JhaModel.Collections;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>
/// An operational action plan (OAP): one crime priority's plan for a period of its cycle, and the operational
/// actions it holds.
/// </summary>
/// <remarks>
/// The plan's period is data, not a rule: OAPs were annual in the 2018–2021 cycle and are described as running over
/// two years in the 2026–2029 cycle. The period lies within the cycle's years.
/// </remarks>
public sealed record OperationalActionPlan
{
    private readonly ValueList<OperationalAction> _actions = ValueList<OperationalAction>.Empty;

    /// <summary>The cycle the plan belongs to.</summary>
    public required PolicyCycleId Cycle { get; init; }

    /// <summary>The priority the plan implements; a priority of <see cref="Cycle"/>.</summary>
    public required CrimePriorityKey Priority { get; init; }

    /// <summary>The days the plan covers, inclusive, e.g. 2020-01-01 to 2020-12-31.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>A title, e.g. <c>OAP Firearms 2020</c>; <see langword="null"/> when none.</summary>
    public string? Title { get; init; }

    /// <summary>The operational actions, each code once; empty when none are recorded.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<OperationalAction> Actions
    {
        get => _actions;
        init => _actions = ValueList<OperationalAction>.From(value ?? []);
    }

    /// <summary>Finds an action by its code.</summary>
    /// <param name="code">The code, e.g. <c>OA 3.2</c>.</param>
    /// <returns>The action, or <see langword="null"/> when the plan has none with that code.</returns>
    public OperationalAction? FindAction(ActionCode code) => _actions.FirstOrDefault(a => a is not null && a.Code == code);
}
