using JhaModel.Provenance;

namespace JhaModel.Countries;

/// <summary>A name a country used before its current one, with the period it was in use.</summary>
public sealed record FormerCountryName : ISourcedFact
{
    /// <summary>The name, e.g. <c>the former Yugoslav Republic of Macedonia</c>.</summary>
    public required string Name { get; init; }

    /// <summary>When the name came into use, or <see langword="null"/> when the sources do not say.</summary>
    public EventDate? ValidFrom { get; init; }

    /// <summary>When the next name replaced it; the name is in use until that has certainly happened.</summary>
    public required EventDate ValidUntil { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
