using FluentValidation;
using JhaModel.ReferenceData;
using JhaModel.Validation;

namespace JhaModel.Statistics;

/// <summary>
/// Validates one <see cref="CaseStatistic"/>: an identifier, a metric, a reporting body, a scope whose grouping is known,
/// whose countries existed and which has members as of the period's last day, a period, a count that is not negative,
/// a publication date not before the period's end, no revision of itself, a source and a confidence.
/// </summary>
/// <remarks>
/// A period's start is never after its end: <see cref="NodaTime.DateInterval"/> cannot hold such a period and the JSON
/// reader rejects one. Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.
/// </remarks>
public sealed class CaseStatisticValidator : AbstractValidator<CaseStatistic>
{
    /// <summary>Creates the validator, which resolves the scope against the embedded dataset.</summary>
    public CaseStatisticValidator()
        : this(null)
    {
    }

    /// <summary>Creates the validator, which resolves the scope against the groupings of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The reference data; the embedded dataset when <see langword="null"/>.</param>
    public CaseStatisticValidator(JhaDataset? dataset) => StatisticsRuleTables.Statistic.AddTo(this, new ScopeContext(dataset));

    /// <summary>A shared instance.</summary>
    public static CaseStatisticValidator Instance { get; } = new();
}
