using JhaModel.Countries;

namespace JhaModel.Statistics;

/// <summary>
/// One country's place in a <see cref="CountryRanking"/>: an exact <see cref="Rank"/> when the source gives the order,
/// or only "among the top <see cref="Within"/>" when it does not.
/// </summary>
public sealed record RankingEntry
{
    /// <summary>The country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The 1-based position, when the source gives it; otherwise <see langword="null"/> and <see cref="Within"/> is set.</summary>
    public int? Rank { get; init; }

    /// <summary>
    /// The size of the top group the country is among when its exact position is not given (<c>10</c> for "among the ten
    /// most involved"); otherwise <see langword="null"/>.
    /// </summary>
    public int? Within { get; init; }

    /// <summary>The count behind the position, when the source gives it.</summary>
    public long? Value { get; init; }

    /// <summary>Whether the country is certainly among the top <paramref name="n"/>.</summary>
    /// <param name="n">The size of the top group.</param>
    /// <returns><see langword="true"/> when its rank, or the top group it is known to be in, is within <paramref name="n"/>.</returns>
    public bool IsCertainlyInTop(int n) => (Rank ?? Within) is { } bound && bound <= n;
}
