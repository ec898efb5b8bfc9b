using JhaModel.Provenance;

namespace JhaModel.Empact;

/// <summary>
/// A published result of a whole <see cref="PolicyCycle"/>, e.g. the 31,584 arrests of EMPACT 2018–2021, with its
/// source.
/// </summary>
public sealed record CycleResult : ISourcedFact
{
    /// <summary>What the result measures, e.g. <see cref="ResultMetric.Arrests"/>.</summary>
    public required ResultMetric Metric { get; init; }

    /// <summary>How much, with its unit and, when the source gives only a bound, that bound.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>A short note, e.g. what exactly was counted; <see langword="null"/> when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
