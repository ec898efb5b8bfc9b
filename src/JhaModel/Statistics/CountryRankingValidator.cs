using FluentValidation;
using JhaModel.Provenance;
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
    /// <summary>Creates the validator.</summary>
    public CountryRankingValidator()
    {
        RuleFor(x => x.Metric).Must(StatisticsRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.MetricMissing)
            .WithMessage("The metric is missing; expected a kebab-case metric such as 'cases-involving'.");
        RuleFor(x => x.MetricWording).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.MetricWordingBlank)
            .WithMessage("The metric wording is blank; expected the source's wording or no value.");
        RuleFor(x => x.ReportingBody).Must(StatisticsRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ReportingBodyMissing)
            .WithMessage("The reporting body is missing; expected an organisation identifier such as 'eurojust'.");
        RuleFor(x => x.Population).NotNull()
            .WithErrorCode(JhaErrorCodes.ScopeMissing)
            .WithMessage("The population is missing; expected the countries ranked among, e.g. {\"outside\":\"eu\"}.");
        RuleFor(x => x.Population).Must(StatisticsRules.IsKnownGrouping)
            .WithErrorCode(JhaErrorCodes.ScopeGroupingUnknown)
            .WithMessage((_, s) => $"The population names the unknown grouping '{s?.GroupingId}'; expected wb6, eu, schengen or eu-candidates.");
        RuleFor(x => x).Must(StatisticsRules.HasDate)
            .WithErrorCode(JhaErrorCodes.RankingDateMissing)
            .WithMessage("The ranking has neither a period nor a publication date; expected at least one, so that its population can be resolved.")
            .OverridePropertyName(nameof(CountryRanking.Period));
        RuleFor(x => x.Published).Must((x, published) => StatisticsRules.IsPublishedAfterPeriod(published, x.Period))
            .WithErrorCode(JhaErrorCodes.PublishedBeforePeriodEnd)
            .WithMessage(x => $"The publication date {CaseStatisticValidator.Format(x.Published)} is before the period's last day {CaseStatisticValidator.Format(x.Period?.End)}; expected a day on or after it.");
        RuleFor(x => x.Entries).Must(StatisticsRules.HasEntries)
            .WithErrorCode(JhaErrorCodes.RankingEmpty)
            .WithMessage("The ranking has no entries; expected at least one ranked country.");
        RuleForEach(x => x.Entries).EachValid(StatisticsRules.IsValid, RankingEntryValidator.Instance, "The entry is null; expected a ranking entry.");
        RuleFor(x => x.Entries).Must(e => StatisticsRules.FirstDuplicateCountry(e) < 0)
            .WithErrorCode(JhaErrorCodes.RankingCountryDuplicate)
            .WithState((_, e) => new ElementAt(StatisticsRules.FirstDuplicateCountry(e)))
            .WithMessage((_, e) => $"Entry {StatisticsRules.FirstDuplicateCountry(e)} names {e[StatisticsRules.FirstDuplicateCountry(e)].Country}, which an earlier entry names; expected each country once.");
        RuleFor(x => x.Entries).Must(e => StatisticsRules.FirstOutOfOrder(e) < 0)
            .WithErrorCode(JhaErrorCodes.RankingOrderInvalid)
            .WithState((_, e) => new ElementAt(StatisticsRules.FirstOutOfOrder(e)))
            .WithMessage((_, e) => $"Entry {StatisticsRules.FirstOutOfOrder(e)} ({e[StatisticsRules.FirstOutOfOrder(e)].Country}) is out of order; expected ranked entries first, by rank, with no better rank holding a smaller value.");
        RuleFor(x => x).Must(x => StatisticsRules.FirstOutsidePopulation(x) < 0)
            .WithErrorCode(JhaErrorCodes.RankingCountryOutsidePopulation)
            .WithState(x => new ElementAt(StatisticsRules.FirstOutsidePopulation(x)))
            .WithMessage(x => $"Entry {StatisticsRules.FirstOutsidePopulation(x)} names {x.Entries[StatisticsRules.FirstOutsidePopulation(x)].Country}, which is not in the population '{x.Population}' on {CaseStatisticValidator.Format(x.AsOf())}; expected countries of the population.")
            .OverridePropertyName(nameof(CountryRanking.Entries));
        Include(SourcedFactValidator<CountryRanking>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static CountryRankingValidator Instance { get; } = new();
}
