using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;
using static JhaModel.Provenance.Confidence;
using S = JhaModel.ReferenceData.ReferenceSources;

namespace JhaModel.ReferenceData;

/// <summary>
/// The case statistics of the reference dataset: Eurojust's casework figures involving the Western Balkans and third
/// countries, each with the source's own wording of its metric, and the source's statements ranking countries.
/// </summary>
internal static class StatisticsFacts
{
    private static readonly LocalDate News20201022 = new(2020, 10, 22);

    public static IReadOnlyList<CaseStatistic> Statistics() =>
    [
        Figure(
            "eurojust-wb6-registered-cases-2019", StatisticMetric.RegisteredCasesInvolving, "Cases involving Western Balkan countries registered",
            StatisticScope.WesternBalkansSix, StatisticPeriods.Year(2019), 107, S.EurojustNews20201022, News20201022),
        Figure(
            "eurojust-wb6-registered-cases-2020-01-09", StatisticMetric.RegisteredCasesInvolving, "Cases involving Western Balkan countries registered",
            StatisticScope.WesternBalkansSix, StatisticPeriods.Months(2020, 1, 9), 110, S.EurojustNews20201022, News20201022),
        Figure(
            "eurojust-wb6-new-cases-registered-by-2020", StatisticMetric.NewCasesRegisteredBy, "New cases registered by Western Balkan countries represented at Eurojust",
            StatisticScope.WesternBalkansSix, StatisticPeriods.Year(2020), 137, S.EurojustAnnualReport2020),
        Figure(
            "eurojust-third-countries-cases-handled-2023", StatisticMetric.CasesHandledInvolving, "Cases handled involving one or more third countries",
            StatisticScope.ThirdCountries, StatisticPeriods.Year(2023), 712, S.EurojustAnnualReport2023),
        Figure(
            "eurojust-third-countries-cases-owned-2023", StatisticMetric.CasesOwnedBy, "New cases owned by third countries",
            StatisticScope.ThirdCountries, StatisticPeriods.Year(2023), 351, S.EurojustAnnualReport2023),
        Figure(
            "eurojust-gb-participation-requests-2023", StatisticMetric.ParticipationRequests, "Liaison Prosecutor countries requested 614 times; the United Kingdom most (275)",
            StatisticScope.Of(CountryCode.Parse("GB")), StatisticPeriods.Year(2023), 275, S.EurojustAnnualReport2023),
        Figure(
            "eurojust-third-countries-registered-cases-2024", StatisticMetric.RegisteredCasesInvolving, "Newly opened cases involving third countries",
            StatisticScope.ThirdCountries, StatisticPeriods.Year(2024), 1022, S.EurojustAnnualReport2024),
        Figure(
            "eurojust-third-countries-cases-owned-2024", StatisticMetric.CasesOwnedBy, "Newly opened cases owned by third countries",
            StatisticScope.ThirdCountries, StatisticPeriods.Year(2024), 378, S.EurojustAnnualReport2024),
        Figure(
            "eurojust-gb-participation-requests-2024", StatisticMetric.ParticipationRequests, "Liaison Prosecutor countries asked 647 times; the United Kingdom 239",
            StatisticScope.Of(CountryCode.Parse("GB")), StatisticPeriods.Year(2024), 239, S.EurojustAnnualReport2024),
        Figure(
            "eurojust-ch-participation-requests-2024", StatisticMetric.ParticipationRequests, "Liaison Prosecutor countries asked 647 times; Switzerland 191",
            StatisticScope.Of(CountryCode.Parse("CH")), StatisticPeriods.Year(2024), 191, S.EurojustAnnualReport2024),
    ];

    public static IReadOnlyList<CountryRanking> Rankings() =>
    [
        new()
        {
            Metric = StatisticMetric.CasesInvolving,
            MetricWording = "Third States among the ten most involved in Eurojust casework: Serbia, Albania and North Macedonia",
            ReportingBody = OrganisationId.Eurojust,
            Population = StatisticScope.ThirdCountries,
            Published = News20201022,
            Entries =
            [
                new() { Country = CountryCode.Serbia, Within = 10 },
                new() { Country = CountryCode.Albania, Within = 10 },
                new() { Country = CountryCode.NorthMacedonia, Within = 10 },
            ],
            Source = S.EurojustNews20201022,
            Confidence = Verified,
        },
        new()
        {
            Metric = StatisticMetric.ParticipationRequests,
            MetricWording = "Liaison Prosecutor countries requested 614 times: the United Kingdom most (275), followed by Switzerland, Albania, Serbia and Ukraine",
            ReportingBody = OrganisationId.Eurojust,
            Population = StatisticScope.ThirdCountries,
            Period = StatisticPeriods.Year(2023),
            Entries =
            [
                new() { Country = CountryCode.Parse("GB"), Rank = 1, Value = 275 },
                new() { Country = CountryCode.Parse("CH"), Rank = 2 },
                new() { Country = CountryCode.Albania, Rank = 3 },
                new() { Country = CountryCode.Serbia, Rank = 4 },
                new() { Country = CountryCode.Parse("UA"), Rank = 5 },
            ],
            Source = S.EurojustAnnualReport2023,
            Confidence = Verified,
        },
    ];

    private static CaseStatistic Figure(
        string id, StatisticMetric metric, string wording, StatisticScope scope, DateInterval period, long value, Source source, LocalDate? published = null) => new()
        {
            Id = CaseStatisticId.Parse(id),
            Metric = metric,
            MetricWording = wording,
            ReportingBody = OrganisationId.Eurojust,
            Scope = scope,
            Period = period,
            Value = value,
            Published = published,
            Source = source,
            Confidence = Verified,
        };
}
