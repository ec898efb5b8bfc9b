using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Countries;

/// <summary>The kinds of dated event in a country's relationship with the EU and the Schengen area. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<EuRelationEventKind>))]
public enum EuRelationEventKind
{
    /// <summary>The country applied for EU membership.</summary>
    [JsonStringEnumMemberName("application")]
    Application = 1,

    /// <summary>The country was recognised as a potential candidate for EU membership.</summary>
    [JsonStringEnumMemberName("potential-candidate")]
    PotentialCandidate = 2,

    /// <summary>The country was granted candidate status (by the Council or the European Council; see <see cref="EuRelationEvent.DecidedBy"/>).</summary>
    [JsonStringEnumMemberName("candidate-status")]
    CandidateStatus = 3,

    /// <summary>The EU decided to open accession negotiations.</summary>
    [JsonStringEnumMemberName("decision-to-open-negotiations")]
    DecisionToOpenNegotiations = 4,

    /// <summary>Accession negotiations were opened (the first intergovernmental conference).</summary>
    [JsonStringEnumMemberName("accession-negotiations-opened")]
    AccessionNegotiationsOpened = 5,

    /// <summary>The country became a member state.</summary>
    [JsonStringEnumMemberName("membership")]
    Membership = 6,

    /// <summary>The country withdrew from the EU.</summary>
    [JsonStringEnumMemberName("withdrawal")]
    Withdrawal = 7,

    /// <summary>Checks at the country's internal air and sea borders with the Schengen area were lifted.</summary>
    [JsonStringEnumMemberName("schengen-air-and-sea-borders")]
    SchengenAirAndSeaBorders = 8,

    /// <summary>The country became a full member of the Schengen area (all internal border checks lifted).</summary>
    [JsonStringEnumMemberName("schengen-full")]
    SchengenFull = 9,

    /// <summary>
    /// Checks at the country's internal land and sea borders with the Schengen area were lifted; checks at internal air
    /// borders remained until the start of an airline timetable season (the 2007 enlargement, Switzerland, Croatia).
    /// </summary>
    [JsonStringEnumMemberName("schengen-land-and-sea-borders")]
    SchengenLandAndSeaBorders = 10,
}
