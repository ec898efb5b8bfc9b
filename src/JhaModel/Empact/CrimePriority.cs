using JhaModel.Collections;
using JhaModel.Provenance;

namespace JhaModel.Empact;

/// <summary>
/// An EMPACT crime priority of one <see cref="PolicyCycle"/>, e.g. migrant smuggling in 2022–2025, with the
/// priorities of the previous cycle it continues.
/// </summary>
public sealed record CrimePriority : ISourcedFact
{
    private readonly ValueList<string> _scope = ValueList<string>.Empty;
    private readonly ValueList<PriorityPredecessor> _predecessors = ValueList<PriorityPredecessor>.Empty;

    /// <summary>The key, stable within the cycle, e.g. <c>2022-2025/migrant-smuggling</c>.</summary>
    public required CrimePriorityKey Key { get; init; }

    /// <summary>The name as the source gives it, e.g. <c>Migrant smuggling</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Whether the priority is horizontal: a crime enabler addressed across the other priorities rather than a
    /// priority of its own (document fraud in 2022–2025). <see langword="false"/> by default.
    /// </summary>
    public bool IsHorizontal { get; init; }

    /// <summary>The sub-areas the source lists for the priority, e.g. <c>online fraud</c> or <c>excise fraud</c>; empty when none.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<string> Scope
    {
        get => _scope;
        init => _scope = ValueList<string>.From(value ?? []);
    }

    /// <summary>The priorities of the previous cycle this one continues; empty for a new priority.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<PriorityPredecessor> Predecessors
    {
        get => _predecessors;
        init => _predecessors = ValueList<PriorityPredecessor>.From(value ?? []);
    }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
