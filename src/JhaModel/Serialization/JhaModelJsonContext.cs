using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;

namespace JhaModel.Serialization;

/// <summary>
/// The source-generated, strict JSON contract of every model type: unknown members, duplicate keys, missing
/// required members and nulls where none are allowed are errors; members are camelCase; absent optional
/// members are omitted.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(DateIntervalJsonConverter), typeof(InstantJsonConverter), typeof(ExactDecimalJsonConverter), typeof(Int64JsonConverter), typeof(Int32JsonConverter)])]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(NodaTime.DateInterval))]
[JsonSerializable(typeof(EventDate))]
[JsonSerializable(typeof(Confidence))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(LanguageTag))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(IReadOnlyList<Country>))]
[JsonSerializable(typeof(FormerCountryName))]
[JsonSerializable(typeof(CountryEstablishment))]
[JsonSerializable(typeof(CountryDesignation))]
[JsonSerializable(typeof(DesignationFootnote))]
[JsonSerializable(typeof(EuRelationshipTimeline))]
[JsonSerializable(typeof(EuRelationEvent))]
[JsonSerializable(typeof(EuStatus))]
[JsonSerializable(typeof(SchengenStatus))]
[JsonSerializable(typeof(WithdrawnCountry))]
[JsonSerializable(typeof(IReadOnlyList<WithdrawnCountry>))]
[JsonSerializable(typeof(OrganisationId))]
[JsonSerializable(typeof(Organisation))]
[JsonSerializable(typeof(IReadOnlyList<Organisation>))]
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(IReadOnlyList<Agreement>))]
[JsonSerializable(typeof(AgreementId))]
[JsonSerializable(typeof(AgreementKind))]
[JsonSerializable(typeof(AgreementStatus))]
[JsonSerializable(typeof(AgreementEvent))]
[JsonSerializable(typeof(PartyEvent))]
[JsonSerializable(typeof(PartyStatement))]
[JsonSerializable(typeof(IneligibleParty))]
[JsonSerializable(typeof(AgreementIdentifiers))]
[JsonSerializable(typeof(EntryIntoForceRule))]
[JsonSerializable(typeof(CoeTreatyNumber))]
[JsonSerializable(typeof(ExchangeDocument))]
[JsonSerializable(typeof(ExchangeProblem))]
[JsonSerializable(typeof(IReadOnlyList<ExchangeProblem>))]
[JsonSerializable(typeof(NodaTime.Instant))]
[JsonSerializable(typeof(PolicyCycleId))]
[JsonSerializable(typeof(CrimePriorityKey))]
[JsonSerializable(typeof(ActionCode))]
[JsonSerializable(typeof(ResultMetric))]
[JsonSerializable(typeof(QuantityUnit))]
[JsonSerializable(typeof(QuantityBound))]
[JsonSerializable(typeof(ActionStatus))]
[JsonSerializable(typeof(ParticipationRole))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(ActionResult))]
[JsonSerializable(typeof(CycleResult))]
[JsonSerializable(typeof(ThreatAssessment))]
[JsonSerializable(typeof(PriorityPredecessor))]
[JsonSerializable(typeof(CrimePriority))]
[JsonSerializable(typeof(PolicyCycle))]
[JsonSerializable(typeof(IReadOnlyList<PolicyCycle>))]
[JsonSerializable(typeof(OperationalAction))]
[JsonSerializable(typeof(OperationalActionPlan))]
[JsonSerializable(typeof(IReadOnlyList<OperationalActionPlan>))]
[JsonSerializable(typeof(ActionInvolvement))]
[JsonSerializable(typeof(IReadOnlyList<ActionInvolvement>))]
[JsonSerializable(typeof(ThirdCountryParticipation))]
[JsonSerializable(typeof(IReadOnlyList<ThirdCountryParticipation>))]
[JsonSerializable(typeof(CaseStatisticId))]
[JsonSerializable(typeof(StatisticMetric))]
[JsonSerializable(typeof(StatisticScope))]
[JsonSerializable(typeof(StatisticScopeKind))]
[JsonSerializable(typeof(StatisticPeriodKind))]
[JsonSerializable(typeof(AnnualisationBasis))]
[JsonSerializable(typeof(StatisticDimension))]
[JsonSerializable(typeof(CaseStatistic))]
[JsonSerializable(typeof(IReadOnlyList<CaseStatistic>))]
[JsonSerializable(typeof(CaseStatisticSet))]
[JsonSerializable(typeof(RankingEntry))]
[JsonSerializable(typeof(CountryRanking))]
[JsonSerializable(typeof(IReadOnlyList<RankingEntry>))]
[JsonSerializable(typeof(AnnualisedRate))]
[JsonSerializable(typeof(AnnualisedComparison))]
[JsonSerializable(typeof(StatisticDifference))]
[JsonSerializable(typeof(StatisticComparison))]
internal sealed partial class JhaModelJsonContext : JsonSerializerContext
{
}
