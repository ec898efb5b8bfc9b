using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Agreements;

/// <summary>A party that cannot become a party to an agreement, and why (e.g. Kosovo* for Council of Europe treaties).</summary>
public sealed record IneligibleParty : ISourcedFact
{
    /// <summary>The party.</summary>
    public required Party Party { get; init; }

    /// <summary>Why it is not eligible.</summary>
    public required string Reason { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
