using FluentValidation;
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
    /// <summary>Creates the validator.</summary>
    public CaseStatisticSetValidator() => StatisticsRuleTables.Set.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static CaseStatisticSetValidator Instance { get; } = new();
}
