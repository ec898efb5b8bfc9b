using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Statistics;

/// <summary>Validates one <see cref="RankingEntry"/>: a country, either a rank or a top group of at least 1, and a value that is not negative.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class RankingEntryValidator : AbstractValidator<RankingEntry>
{
    /// <summary>Creates the validator.</summary>
    public RankingEntryValidator() => StatisticsRuleTables.Entry.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static RankingEntryValidator Instance { get; } = new();
}
