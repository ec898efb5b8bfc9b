using JhaModel.Provenance;

namespace JhaModel.Empact;

/// <summary>The threat assessment a <see cref="PolicyCycle"/>'s priorities rest on, e.g. Europol's EU SOCTA 2021.</summary>
public sealed record ThreatAssessment : ISourcedFact
{
    /// <summary>The assessment's name, e.g. <c>EU SOCTA 2021</c>.</summary>
    public required string Name { get; init; }

    /// <summary>A short note, e.g. how far the link to the cycle is verified; <see langword="null"/> when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
