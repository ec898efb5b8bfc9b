using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Builders of the case statistics area.</content>
public static partial class JhaModelFactory
{
    /// <summary>
    /// A case statistic: the embedded figure of <paramref name="id"/> if there is one, otherwise Eurojust's count of
    /// cases registered in 2019 involving the Western Balkans six, with the given members replaced.
    /// </summary>
    /// <param name="id">The identifier; an embedded one selects its figure as the base.</param>
    /// <param name="metric">What is counted.</param>
    /// <param name="metricWording">The source's own wording of the metric.</param>
    /// <param name="reportingBody">The body that reports the figure.</param>
    /// <param name="scope">The countries the figure covers.</param>
    /// <param name="period">The period counted.</param>
    /// <param name="value">The figure.</param>
    /// <param name="revises">The statistic this one revises.</param>
    /// <param name="published">When the figure was published.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The statistic.</returns>
    public static CaseStatistic CaseStatistic(
        CaseStatisticId? id = null,
        StatisticMetric? metric = null,
        string? metricWording = null,
        OrganisationId? reportingBody = null,
        StatisticScope? scope = null,
        DateInterval? period = null,
        long? value = null,
        CaseStatisticId? revises = null,
        LocalDate? published = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = id is { } i && CaseStatisticRegistry.All.Find(i) is { } entry ? entry : Defaults.Statistic;
        return new CaseStatistic
        {
            Id = id ?? d.Id,
            Metric = metric ?? d.Metric,
            MetricWording = metricWording ?? d.MetricWording,
            ReportingBody = reportingBody ?? d.ReportingBody,
            Scope = scope ?? d.Scope,
            Period = period ?? d.Period,
            Value = value ?? d.Value,
            Revises = revises ?? d.Revises,
            Published = published ?? d.Published,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A set of statistics and rankings, by default <see cref="CaseStatistic"/> and <see cref="CountryRanking"/>.</summary>
    /// <param name="statistics">The statistics; a revision follows the statistic it revises.</param>
    /// <param name="rankings">The rankings.</param>
    /// <returns>The set.</returns>
    public static CaseStatisticSet CaseStatisticSet(IReadOnlyList<CaseStatistic>? statistics = null, IReadOnlyList<CountryRanking>? rankings = null) =>
        new() { Statistics = statistics ?? [CaseStatistic()], Rankings = rankings ?? [CountryRanking()] };

    /// <summary>
    /// A ranking, by default the first embedded one: Serbia, Albania and North Macedonia among the ten third States
    /// most involved in Eurojust casework.
    /// </summary>
    /// <param name="metric">What the ranking orders by.</param>
    /// <param name="metricWording">The source's own wording.</param>
    /// <param name="reportingBody">The body that reports it.</param>
    /// <param name="population">The countries ranked.</param>
    /// <param name="period">The period.</param>
    /// <param name="published">When it was published.</param>
    /// <param name="entries">The entries.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The ranking.</returns>
    public static CountryRanking CountryRanking(
        StatisticMetric? metric = null,
        string? metricWording = null,
        OrganisationId? reportingBody = null,
        StatisticScope? population = null,
        DateInterval? period = null,
        LocalDate? published = null,
        IReadOnlyList<RankingEntry>? entries = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = Defaults.Ranking;
        return new CountryRanking
        {
            Metric = metric ?? d.Metric,
            MetricWording = metricWording ?? d.MetricWording,
            ReportingBody = reportingBody ?? d.ReportingBody,
            Population = population ?? d.Population,
            Period = period ?? d.Period,
            Published = published ?? d.Published,
            Entries = entries ?? d.Entries,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A ranking entry, by default the first of the first embedded ranking (Serbia, within the top ten).</summary>
    /// <param name="country">The country.</param>
    /// <param name="rank">Its rank.</param>
    /// <param name="within">The size of the group it is ranked within.</param>
    /// <param name="value">The figure it is ranked by.</param>
    /// <returns>The entry.</returns>
    public static RankingEntry RankingEntry(CountryCode? country = null, int? rank = null, int? within = null, long? value = null)
    {
        var d = Defaults.Ranking.Entries[0];
        return new RankingEntry { Country = country ?? d.Country, Rank = rank ?? d.Rank, Within = within ?? d.Within, Value = value ?? d.Value };
    }
}
