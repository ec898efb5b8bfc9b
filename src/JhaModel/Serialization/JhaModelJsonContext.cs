using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Countries;
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
    Converters = [typeof(LocalDateJsonConverter), typeof(DateIntervalJsonConverter)])]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(NodaTime.DateInterval))]
[JsonSerializable(typeof(EventDate))]
[JsonSerializable(typeof(Confidence))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(IReadOnlyList<Country>))]
[JsonSerializable(typeof(FormerCountryName))]
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
