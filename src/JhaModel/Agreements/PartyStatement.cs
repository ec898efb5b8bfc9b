using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Agreements;

/// <summary>A reservation or declaration a party made on an agreement, with the period it has effect.</summary>
public sealed record PartyStatement : ISourcedFact
{
    /// <summary>The party.</summary>
    public required Party Party { get; init; }

    /// <summary>A reservation or a declaration.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>What it says, in brief (e.g. the article and its effect).</summary>
    public required string Summary { get; init; }

    /// <summary>When it took effect, if known.</summary>
    public EventDate? ValidFrom { get; init; }

    /// <summary>When it was withdrawn or lapsed; <see langword="null"/> while in effect.</summary>
    public EventDate? ValidUntil { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
