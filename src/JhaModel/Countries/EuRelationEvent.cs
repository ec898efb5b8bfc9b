using JhaModel.Provenance;

namespace JhaModel.Countries;

/// <summary>A dated event in a country's relationship with the EU or the Schengen area, with its source.</summary>
public sealed record EuRelationEvent : ISourcedFact
{
    /// <summary>What happened.</summary>
    public required EuRelationEventKind Kind { get; init; }

    /// <summary>When it happened, as precisely as the source says.</summary>
    public required EventDate Date { get; init; }

    /// <summary>The body that decided, e.g. <c>Council</c> or <c>European Council</c>, when the source names one.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>A short note on the event, e.g. the instrument or a discrepancy between sources.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
