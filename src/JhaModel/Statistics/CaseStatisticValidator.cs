using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;
using NodaTime.Text;

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
    /// <summary>Creates the validator.</summary>
    public CaseStatisticValidator()
    {
        RuleFor(x => x.Id).Must(StatisticsRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.StatisticIdMissing)
            .WithMessage("The statistic identifier is missing; expected a kebab-case identifier such as 'eurojust-wb6-registered-2019'.");
        RuleFor(x => x.Metric).Must(StatisticsRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.MetricMissing)
            .WithMessage("The metric is missing; expected a kebab-case metric such as 'registered-cases-involving'.");
        RuleFor(x => x.MetricWording).Must(TextRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.MetricWordingBlank)
            .WithMessage("The metric wording is blank; expected the source's wording or no value.");
        RuleFor(x => x.ReportingBody).Must(StatisticsRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ReportingBodyMissing)
            .WithMessage("The reporting body is missing; expected an organisation identifier such as 'eurojust'.");
        RuleFor(x => x.Scope).NotNull()
            .WithErrorCode(JhaErrorCodes.ScopeMissing)
            .WithMessage("The scope is missing; expected a country, a set of countries or a grouping such as 'wb6'.");
        RuleFor(x => x.Scope).Must(StatisticsRules.IsKnownGrouping)
            .WithErrorCode(JhaErrorCodes.ScopeGroupingUnknown)
            .WithMessage((_, s) => $"The scope names the unknown grouping '{s?.GroupingId}'; expected wb6, eu, schengen or eu-candidates.");
        RuleFor(x => x).Must(x => StatisticsRules.FirstNotExisting(x).IsDefault)
            .WithErrorCode(JhaErrorCodes.ScopeCountryNotExisting)
            .WithMessage(x => $"The scope names {StatisticsRules.FirstNotExisting(x)}, which did not exist on {Format(x.Period?.End)} (the period's last day); expected countries that existed then.")
            .OverridePropertyName(nameof(CaseStatistic.Scope));
        RuleFor(x => x).Must(StatisticsRules.HasMembers)
            .WithErrorCode(JhaErrorCodes.ScopeEmpty)
            .WithMessage(x => $"The scope '{x.Scope}' has no member on {Format(x.Period?.End)} (the period's last day); expected a scope with at least one country then.")
            .OverridePropertyName(nameof(CaseStatistic.Scope));
        RuleFor(x => x.Period).NotNull()
            .WithErrorCode(JhaErrorCodes.StatisticPeriodMissing)
            .WithMessage("The period is missing; expected the days the count covers.");
        RuleFor(x => x.Value).Must(StatisticsRules.IsNotNegative)
            .WithErrorCode(JhaErrorCodes.ValueNegative)
            .WithMessage("The value {PropertyValue} is negative; expected a count of 0 or more.");
        RuleFor(x => x.Published).Must((x, published) => StatisticsRules.IsPublishedAfterPeriod(published, x.Period))
            .WithErrorCode(JhaErrorCodes.PublishedBeforePeriodEnd)
            .WithMessage(x => $"The publication date {Format(x.Published)} is before the period's last day {Format(x.Period?.End)}; expected a day on or after it.");
        RuleFor(x => x).Must(StatisticsRules.DoesNotReviseItself)
            .WithErrorCode(JhaErrorCodes.RevisesSelf)
            .WithMessage(x => $"The statistic '{x.Id}' declares that it revises itself; expected the identifier of another statistic or no value.")
            .OverridePropertyName(nameof(CaseStatistic.Revises));
        Include(SourcedFactValidator<CaseStatistic>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static CaseStatisticValidator Instance { get; } = new();

    internal static string Format(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "(none)";
}
