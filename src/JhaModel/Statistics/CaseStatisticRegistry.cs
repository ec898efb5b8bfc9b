using JhaModel.ReferenceData;

namespace JhaModel.Statistics;

/// <summary>
/// The embedded case statistics: Eurojust's casework figures involving the Western Balkans (107 cases in 2019, 110 in
/// January to September 2020, 137 new cases registered by Western Balkan countries in 2020) and third countries (2023,
/// 2024), and the source's rankings of the countries most involved.
/// </summary>
/// <remarks>Every figure carries its source, its confidence and the source's own wording of its metric. All members are thread-safe. Shorthand for <see cref="JhaDataset.Default"/>'s <see cref="JhaDataset.Statistics"/>.</remarks>
public static class CaseStatisticRegistry
{
    /// <summary>Cases involving Western Balkan countries registered at Eurojust in 2019: 107.</summary>
    public static CaseStatisticId WesternBalkans2019 { get; } = CaseStatisticId.Parse("eurojust-wb6-registered-cases-2019");

    /// <summary>Cases involving Western Balkan countries registered at Eurojust from January to September 2020: 110.</summary>
    public static CaseStatisticId WesternBalkansJanuaryToSeptember2020 { get; } = CaseStatisticId.Parse("eurojust-wb6-registered-cases-2020-01-09");

    /// <summary>New cases registered by Western Balkan countries represented at Eurojust in 2020: 137 (another metric than the two above).</summary>
    public static CaseStatisticId NewCasesRegisteredByWesternBalkans2020 { get; } = CaseStatisticId.Parse("eurojust-wb6-new-cases-registered-by-2020");

    /// <summary>Every embedded statistic and ranking.</summary>
    public static CaseStatisticSet All => JhaDataset.Default.Statistics;

    /// <summary>Gets an embedded statistic by identifier.</summary>
    /// <param name="id">The identifier, e.g. <see cref="WesternBalkans2019"/>.</param>
    /// <returns>The statistic.</returns>
    /// <exception cref="KeyNotFoundException">No embedded statistic has that identifier.</exception>
    public static CaseStatistic Get(CaseStatisticId id) => All.Get(id);
}
