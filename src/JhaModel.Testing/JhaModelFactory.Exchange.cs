using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Builders of the exchange area.</content>
public static partial class JhaModelFactory
{
    /// <summary>
    /// An exchange document in the current format version, generated on 2025-01-15 at 09:30 UTC by a ministry's case
    /// management system, holding by default one record of each kind: <see cref="Organisation"/>,
    /// <see cref="Country"/>, <see cref="Agreement"/>, <see cref="PolicyCycle"/>, <see cref="OperationalActionPlan"/>,
    /// <see cref="CaseStatistic"/> and <see cref="CountryRanking"/>.
    /// </summary>
    /// <param name="formatVersion">The format version.</param>
    /// <param name="producer">The system that produced the document.</param>
    /// <param name="generatedAt">When the document was produced.</param>
    /// <param name="asOf">The day the content is current as of.</param>
    /// <param name="organisations">The organisations.</param>
    /// <param name="countries">The countries.</param>
    /// <param name="agreements">The agreements.</param>
    /// <param name="policyCycles">The policy cycles.</param>
    /// <param name="actionPlans">The operational action plans.</param>
    /// <param name="statistics">The statistics.</param>
    /// <param name="rankings">The rankings.</param>
    /// <returns>The document.</returns>
    public static ExchangeDocument ExchangeDocument(
        string? formatVersion = null,
        string? producer = null,
        Instant? generatedAt = null,
        LocalDate? asOf = null,
        IReadOnlyList<Organisation>? organisations = null,
        IReadOnlyList<Country>? countries = null,
        IReadOnlyList<Agreement>? agreements = null,
        IReadOnlyList<PolicyCycle>? policyCycles = null,
        IReadOnlyList<OperationalActionPlan>? actionPlans = null,
        IReadOnlyList<CaseStatistic>? statistics = null,
        IReadOnlyList<CountryRanking>? rankings = null) => new()
        {
            FormatVersion = formatVersion ?? Exchange.ExchangeDocument.CurrentFormatVersion,
            Producer = producer ?? "Ministry of Interior, case management system",
            GeneratedAt = generatedAt ?? Instant.FromUtc(2025, 1, 15, 9, 30),
            AsOf = asOf ?? new LocalDate(2025, 1, 1),
            Organisations = organisations ?? [Organisation()],
            Countries = countries ?? [Country()],
            Agreements = agreements ?? [Agreement()],
            PolicyCycles = policyCycles ?? [PolicyCycle()],
            ActionPlans = actionPlans ?? [OperationalActionPlan()],
            Statistics = statistics ?? [CaseStatistic()],
            Rankings = rankings ?? [CountryRanking()],
        };
}
