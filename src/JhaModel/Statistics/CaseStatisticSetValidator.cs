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
    public CaseStatisticSetValidator()
    {
        RuleForEach(x => x.Statistics).NotNull()
            .WithErrorCode(JhaErrorCodes.NullElement)
            .WithMessage("The statistic is null; expected a statistic.")
            .SetValidator(CaseStatisticValidator.Instance);
        RuleForEach(x => x.Rankings).NotNull()
            .WithErrorCode(JhaErrorCodes.NullElement)
            .WithMessage("The ranking is null; expected a ranking.")
            .SetValidator(CountryRankingValidator.Instance);
        RuleFor(x => x.Statistics).Must(s => StatisticsRules.FirstDuplicateId(s) < 0)
            .WithErrorCode(JhaErrorCodes.StatisticIdDuplicate)
            .WithState((_, s) => new ElementAt(StatisticsRules.FirstDuplicateId(s)))
            .WithMessage((_, s) => $"Statistic {StatisticsRules.FirstDuplicateId(s)} has the identifier '{s[StatisticsRules.FirstDuplicateId(s)].Id}' of an earlier statistic; expected distinct identifiers.");
        RuleFor(x => x.Statistics).Must(s => StatisticsRules.FirstUnknownRevision(s) < 0)
            .WithErrorCode(JhaErrorCodes.RevisedStatisticUnknown)
            .WithState((_, s) => new ElementAt(StatisticsRules.FirstUnknownRevision(s)))
            .WithMessage((_, s) => $"Statistic {StatisticsRules.FirstUnknownRevision(s)} revises '{s[StatisticsRules.FirstUnknownRevision(s)].Revises}', which no statistic of the set has; expected the identifier of a statistic of the set.");
        RuleFor(x => x.Statistics).Must(s => StatisticsRules.FirstRevisionMismatch(s) < 0)
            .WithErrorCode(JhaErrorCodes.RevisionMismatch)
            .WithState((_, s) => new ElementAt(StatisticsRules.FirstRevisionMismatch(s)))
            .WithMessage((_, s) => $"Statistic {StatisticsRules.FirstRevisionMismatch(s)} ('{s[StatisticsRules.FirstRevisionMismatch(s)].Id}') revises '{s[StatisticsRules.FirstRevisionMismatch(s)].Revises}', which has another metric, scope or reporting body; expected a revision of a like statistic.");
        RuleFor(x => x.Statistics).Must(s => StatisticsRules.FirstOverlap(s).Index < 0)
            .WithErrorCode(JhaErrorCodes.StatisticsOverlap)
            .WithState((_, s) => new ElementAt(StatisticsRules.FirstOverlap(s).Index))
            .WithMessage((_, s) => DescribeOverlap(s));
    }

    /// <summary>A shared instance.</summary>
    public static CaseStatisticSetValidator Instance { get; } = new();

    private static string DescribeOverlap(IReadOnlyList<CaseStatistic> statistics)
    {
        var (i, j) = StatisticsRules.FirstOverlap(statistics);
        var (a, b) = (statistics[i], statistics[j]);
        return $"Statistic {i} ('{a.Id}', {a.Period}) overlaps statistic {j} ('{b.Id}', {b.Period}) with the same metric '{a.Metric}', scope and reporting body '{a.ReportingBody}', "
            + "and neither revises the other; expected disjoint periods or a declared revision.";
    }
}
