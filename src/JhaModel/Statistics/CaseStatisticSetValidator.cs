using FluentValidation;
using JhaModel.ReferenceData;
using JhaModel.Validation;

namespace JhaModel.Statistics;

/// <summary>
/// Validates a <see cref="CaseStatisticSet"/>: no null elements, each statistic and ranking valid, distinct identifiers,
/// revisions of statistics of the set with the same metric, scope and reporting body, and no two alike statistics with
/// overlapping periods unless one revises the other.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CaseStatisticSetValidator : AbstractValidator<CaseStatisticSet>
{
    /// <summary>Creates the validator, which resolves the scopes and populations against the embedded dataset.</summary>
    public CaseStatisticSetValidator()
        : this(null)
    {
    }

    /// <summary>Creates the validator, which resolves the scopes and populations against the groupings of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The reference data; the embedded dataset when <see langword="null"/>.</param>
    public CaseStatisticSetValidator(JhaDataset? dataset) => StatisticsRuleTables.Set.AddTo(this, new ScopeContext(dataset));

    /// <summary>A shared instance.</summary>
    public static CaseStatisticSetValidator Instance { get; } = new();
}
