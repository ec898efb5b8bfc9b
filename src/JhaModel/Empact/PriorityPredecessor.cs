using JhaModel.Provenance;

namespace JhaModel.Empact;

/// <summary>
/// A link from a <see cref="CrimePriority"/> to a priority of the previous cycle that it continues, with the basis
/// of the link and its source.
/// </summary>
public sealed record PriorityPredecessor : ISourcedFact
{
    /// <summary>The key of the predecessor; its cycle ends the year before the successor's cycle starts.</summary>
    public required CrimePriorityKey Priority { get; init; }

    /// <summary>Why the link is made, e.g. "both name cyber-attacks".</summary>
    public required string Basis { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
