using JhaModel.Provenance;

namespace JhaModel.Agreements;

/// <summary>A dated event in the life of an agreement as a whole, with its source.</summary>
public sealed record AgreementEvent : ISourcedFact
{
    /// <summary>What happened.</summary>
    public required AgreementEventKind Kind { get; init; }

    /// <summary>When it happened, as precisely as the source says.</summary>
    public required EventDate Date { get; init; }

    /// <summary>The reference of the decision, e.g. <c>2005/809/EC</c> or <c>(EU) 2015/1988</c>, when there is one.</summary>
    public string? DecisionReference { get; init; }

    /// <summary>The Official Journal reference of the decision, e.g. <c>OJ L 304, 23.11.2005, p. 14</c>, when there is one.</summary>
    public string? OfficialJournal { get; init; }

    /// <summary>The CELEX number of the decision, e.g. <c>32005D0809</c>, when there is one.</summary>
    public string? Celex { get; init; }

    /// <summary>Where it happened, e.g. <c>Budapest</c>, when the source says.</summary>
    public string? Place { get; init; }

    /// <summary>A short note, e.g. a discrepancy between sources.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
