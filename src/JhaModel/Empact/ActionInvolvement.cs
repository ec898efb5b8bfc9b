namespace JhaModel.Empact;

/// <summary>An action a party takes part in, with the plan's priority and the party's role; returned by <see cref="EmpactQueries"/>.</summary>
public sealed record ActionInvolvement
{
    /// <summary>The priority of the plan that holds the action.</summary>
    public required CrimePriorityKey Priority { get; init; }

    /// <summary>The action.</summary>
    public required OperationalAction Action { get; init; }

    /// <summary>The party's role in the action.</summary>
    public required ParticipationRole Role { get; init; }
}
