using JhaModel.Provenance;

namespace JhaModel.Countries;

/// <summary>
/// When a country came into being as a separate entity, as its sources say: a declaration of independence, the
/// succession to a union that ended, or (for Kosovo*) the adoption of UN Security Council resolution 1244 (1999),
/// without prejudice to positions on status. A grouping whose membership follows the states' existence, such as the
/// Western Balkans six, counts a country from this date.
/// </summary>
public sealed record CountryEstablishment : ISourcedFact
{
    /// <summary>What happened, in the source's words, e.g. <c>declaration of independence</c>.</summary>
    public required string Fact { get; init; }

    /// <summary>When it happened, as precisely as the source says.</summary>
    public required EventDate Date { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <summary>The fact as evidence of an answer that rests on it.</summary>
    internal Evidence Evidence => Evidence.Of(Fact, Date, this);
}
