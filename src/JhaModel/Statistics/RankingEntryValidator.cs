using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Statistics;

/// <summary>Validates one <see cref="RankingEntry"/>: a country, either a rank or a top group of at least 1, and a value that is not negative.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class RankingEntryValidator : AbstractValidator<RankingEntry>
{
    /// <summary>Creates the validator.</summary>
    public RankingEntryValidator()
    {
        RuleFor(x => x.Country).Must(c => !c.IsDefault)
            .WithErrorCode(JhaErrorCodes.CountryCodeMissing)
            .WithMessage("The country code is missing; expected an ISO 3166-1 code or XK.");
        RuleFor(x => x).Must(StatisticsRules.HasOnePosition)
            .WithErrorCode(JhaErrorCodes.RankingPositionInvalid)
            .WithMessage(x => $"The entry has rank {x.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} and top group {x.Within?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}; expected exactly one of them, at least 1.")
            .OverridePropertyName(nameof(RankingEntry.Rank));
        RuleFor(x => x.Value).Must(StatisticsRules.IsNotNegative)
            .WithErrorCode(JhaErrorCodes.ValueNegative)
            .WithMessage("The value {PropertyValue} is negative; expected a count of 0 or more.");
    }

    /// <summary>A shared instance.</summary>
    public static RankingEntryValidator Instance { get; } = new();
}
