using FluentValidation;
using JhaModel.ReferenceData;
using JhaModel.Validation;

namespace JhaModel.Statistics;

/// <summary>
/// Validates a <see cref="CountryRanking"/>: a metric, a reporting body, a known population, a period or publication
/// date (the publication not before the period's end), at least one valid entry, each country once and within the
/// population, ranked entries listed by rank, a source and a confidence.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CountryRankingValidator : AbstractValidator<CountryRanking>
{
    /// <summary>Creates the validator, which resolves the population against the embedded dataset.</summary>
    public CountryRankingValidator()
        : this(null)
    {
    }

    /// <summary>Creates the validator, which resolves the population against the groupings of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The reference data; the embedded dataset when <see langword="null"/>.</param>
    public CountryRankingValidator(JhaDataset? dataset) => StatisticsRuleTables.Ranking.AddTo(this, new ScopeContext(dataset));

    /// <summary>A shared instance.</summary>
    public static CountryRankingValidator Instance { get; } = new();
}
