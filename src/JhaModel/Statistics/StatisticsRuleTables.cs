using JhaModel.ReferenceData;
using System.Globalization;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.Validation;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Statistics;

/// <summary>
/// The rule tables of the statistics area: each rule's predicate (in <see cref="StatisticsRules"/>), code, message and
/// wire member, once, in the order the validators report them. The fast path and the validators both run these tables.
/// </summary>
/// <summary>The context of the statistics' rules: the dataset whose groupings resolve scopes and populations (the embedded one when <see langword="null"/>).</summary>
/// <param name="Dataset">The reference data, or <see langword="null"/> for the embedded dataset.</param>
internal readonly record struct ScopeContext(JhaDataset? Dataset);

internal static class StatisticsRuleTables
{
    /// <summary>The rules of a <see cref="CaseStatistic"/>.</summary>
    public static RuleTable<CaseStatistic, ScopeContext> Statistic { get; } = new(r =>
    [
        r.Must("id", x => x.Id, StatisticsRules.IsPresent, JhaErrorCodes.StatisticIdMissing, "The statistic identifier is missing; expected a kebab-case identifier such as 'eurojust-wb6-registered-2019'."),
        r.Must("metric", x => x.Metric, StatisticsRules.IsPresent, JhaErrorCodes.MetricMissing, "The metric is missing; expected a kebab-case metric such as 'registered-cases-involving'."),
        r.Must("metricWording", x => x.MetricWording, TextRules.IsAbsentOrPresent, JhaErrorCodes.MetricWordingBlank, "The metric wording is blank; expected the source's wording or no value."),
        r.Must("reportingBody", x => x.ReportingBody, StatisticsRules.IsPresent, JhaErrorCodes.ReportingBodyMissing, "The reporting body is missing; expected an organisation identifier such as 'eurojust'."),
        r.Must("scope", x => x.Scope, s => s is not null, JhaErrorCodes.ScopeMissing, "The scope is missing; expected a country, a set of countries or a grouping such as 'wb6'."),
        r.Must("scope", (x, c) => StatisticsRules.IsKnownGrouping(x.Scope, c.Dataset), JhaErrorCodes.ScopeGroupingUnknown, (x, _) => $"The scope names the unknown grouping '{x.Scope?.GroupingId}'; expected wb6, eu, schengen or eu-candidates."),
        r.None("scope", x => Given(StatisticsRules.FirstNotExisting(x)), JhaErrorCodes.ScopeCountryNotExisting, (x, code) => $"The scope names {code}, which did not exist on {Format(x.Period?.End)} (the period's last day); expected countries that existed then."),
        r.Must("scope", (x, c) => StatisticsRules.HasMembers(x, c.Dataset), JhaErrorCodes.ScopeEmpty, (x, _) => $"The scope '{x.Scope}' has no member on {Format(x.Period?.End)} (the period's last day); expected a scope with at least one country then."),
        r.Must("period", x => x.Period, p => p is not null, JhaErrorCodes.StatisticPeriodMissing, "The period is missing; expected the days the count covers."),
        r.Must("value", x => x.Value, StatisticsRules.IsNotNegative, JhaErrorCodes.ValueNegative, "The value {PropertyValue} is negative; expected a count of 0 or more."),
        r.Must("published", x => x, x => StatisticsRules.IsPublishedAfterPeriod(x.Published, x.Period), JhaErrorCodes.PublishedBeforePeriodEnd, x => $"The publication date {Format(x.Published)} is before the period's last day {Format(x.Period?.End)}; expected a day on or after it."),
        r.Must("revises", x => x, StatisticsRules.DoesNotReviseItself, JhaErrorCodes.RevisesSelf, x => $"The statistic '{x.Id}' declares that it revises itself; expected the identifier of another statistic or no value."),
        r.Include(SourcedFactRules<CaseStatistic>.Table),
    ]);

    /// <summary>The rules of a <see cref="RankingEntry"/>.</summary>
    public static RuleTable<RankingEntry, NoContext> Entry { get; } = new(r =>
    [
        r.Must("country", x => x.Country, CountryRules.IsPresent, JhaErrorCodes.CountryCodeMissing, "The country code is missing; expected an ISO 3166-1 code or XK."),
        r.Must("rank", x => x, StatisticsRules.HasOnePosition, JhaErrorCodes.RankingPositionInvalid, x => $"The entry has rank {x.Rank?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} and top group {x.Within?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}; expected exactly one of them, at least 1."),
        r.Must("value", x => x.Value, StatisticsRules.IsNotNegative, JhaErrorCodes.ValueNegative, "The value {PropertyValue} is negative; expected a count of 0 or more."),
    ]);

    /// <summary>The rules of a <see cref="CountryRanking"/>.</summary>
    public static RuleTable<CountryRanking, ScopeContext> Ranking { get; } = new(r =>
    [
        r.Must("metric", x => x.Metric, StatisticsRules.IsPresent, JhaErrorCodes.MetricMissing, "The metric is missing; expected a kebab-case metric such as 'cases-involving'."),
        r.Must("metricWording", x => x.MetricWording, TextRules.IsAbsentOrPresent, JhaErrorCodes.MetricWordingBlank, "The metric wording is blank; expected the source's wording or no value."),
        r.Must("reportingBody", x => x.ReportingBody, StatisticsRules.IsPresent, JhaErrorCodes.ReportingBodyMissing, "The reporting body is missing; expected an organisation identifier such as 'eurojust'."),
        r.Must("population", x => x.Population, p => p is not null, JhaErrorCodes.ScopeMissing, "The population is missing; expected the countries ranked among, e.g. {\"outside\":\"eu\"}."),
        r.Must("population", (x, c) => StatisticsRules.IsKnownGrouping(x.Population, c.Dataset), JhaErrorCodes.ScopeGroupingUnknown, (x, _) => $"The population names the unknown grouping '{x.Population?.GroupingId}'; expected wb6, eu, schengen or eu-candidates."),
        r.Must("period", x => x, StatisticsRules.HasDate, JhaErrorCodes.RankingDateMissing, "The ranking has neither a period nor a publication date; expected at least one, so that its population can be resolved."),
        r.Must("published", x => x, x => StatisticsRules.IsPublishedAfterPeriod(x.Published, x.Period), JhaErrorCodes.PublishedBeforePeriodEnd, x => $"The publication date {Format(x.Published)} is before the period's last day {Format(x.Period?.End)}; expected a day on or after it."),
        r.Must("entries", x => x.Entries, StatisticsRules.HasEntries, JhaErrorCodes.RankingEmpty, "The ranking has no entries; expected at least one ranked country."),
        r.Each("entries", x => x.Entries, "The entry is null; expected a ranking entry."),
        r.NoIndex("entries", x => StatisticsRules.FirstDuplicateCountry(x.Entries), JhaErrorCodes.RankingCountryDuplicate, (x, i) => $"Entry {i} names {x.Entries[i].Country}, which an earlier entry names; expected each country once."),
        r.NoIndex("entries", x => StatisticsRules.FirstOutOfOrder(x.Entries), JhaErrorCodes.RankingOrderInvalid, (x, i) => $"Entry {i} ({x.Entries[i].Country}) is out of order; expected ranked entries first, by rank, with no better rank holding a smaller value."),
        r.NoIndex("entries", (x, c) => StatisticsRules.FirstOutsidePopulation(x, c.Dataset), JhaErrorCodes.RankingCountryOutsidePopulation, (x, i) => $"Entry {i} names {x.Entries[i].Country}, which is not in the population '{x.Population}' on {Format(x.AsOf())}; expected countries of the population."),
        r.Include(SourcedFactRules<CountryRanking>.Table),
    ]);

    /// <summary>The rules of a <see cref="CaseStatisticSet"/>.</summary>
    public static RuleTable<CaseStatisticSet, ScopeContext> Set { get; } = new(r =>
    [
        r.Each("statistics", x => x.Statistics, Statistic, c => c, c => c.Dataset is null ? CaseStatisticValidator.Instance : new CaseStatisticValidator(c.Dataset), "The statistic is null; expected a statistic."),
        r.Each("rankings", x => x.Rankings, Ranking, c => c, c => c.Dataset is null ? CountryRankingValidator.Instance : new CountryRankingValidator(c.Dataset), "The ranking is null; expected a ranking."),
        r.NoIndex("statistics", x => StatisticsRules.FirstDuplicateId(x.Statistics), JhaErrorCodes.StatisticIdDuplicate, (x, i) => $"Statistic {i} has the identifier '{x.Statistics[i].Id}' of an earlier statistic; expected distinct identifiers."),
        r.NoIndex("statistics", x => StatisticsRules.FirstUnknownRevision(x.Statistics), JhaErrorCodes.RevisedStatisticUnknown, (x, i) => $"Statistic {i} revises '{x.Statistics[i].Revises}', which no statistic of the set has; expected the identifier of a statistic of the set."),
        r.NoIndex("statistics", x => StatisticsRules.FirstRevisionMismatch(x.Statistics), JhaErrorCodes.RevisionMismatch, (x, i) => $"Statistic {i} ('{x.Statistics[i].Id}') revises '{x.Statistics[i].Revises}', which has another metric, scope or reporting body; expected a revision of a like statistic."),
        r.None("statistics", x => Overlap(x.Statistics), JhaErrorCodes.StatisticsOverlap, (x, pair) => DescribeOverlap(x.Statistics, pair.Index, pair.Other), (_, pair) => pair.Index),
    ]);

    /// <summary>A date as messages write it: ISO 8601, or "(none)".</summary>
    internal static string Format(LocalDate? date) => date.HasValue ? LocalDatePattern.Iso.Format(date.GetValueOrDefault()) : "(none)";

    private static CountryCode? Given(CountryCode code) => code.IsDefault ? null : code;

    private static (int Index, int Other)? Overlap(IReadOnlyList<CaseStatistic> statistics)
    {
        var found = StatisticsRules.FirstOverlap(statistics);
        return found.Index < 0 ? null : found;
    }

    private static string DescribeOverlap(IReadOnlyList<CaseStatistic> statistics, int i, int j)
    {
        var (a, b) = (statistics[i], statistics[j]);
        return $"Statistic {i} ('{a.Id}', {a.Period}) overlaps statistic {j} ('{b.Id}', {b.Period}) with the same metric '{a.Metric}', scope and reporting body '{a.ReportingBody}', "
            + "and neither revises the other; expected disjoint periods or a declared revision.";
    }
}
