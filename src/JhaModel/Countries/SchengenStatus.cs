using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Countries;

/// <summary>A country's participation in the Schengen area on a date. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<SchengenStatus>))]
public enum SchengenStatus
{
    /// <summary>Not part of the Schengen area on that date.</summary>
    [JsonStringEnumMemberName("not-participating")]
    NotParticipating = 1,

    /// <summary>Checks at internal air and sea borders lifted; land border checks remain.</summary>
    [JsonStringEnumMemberName("air-and-sea-borders")]
    AirAndSeaBorders = 2,

    /// <summary>A full member of the Schengen area.</summary>
    [JsonStringEnumMemberName("full")]
    Full = 3,

    /// <summary>The sources do not say: the date falls before a bound such as "a member on or before 2025-01-01".</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 4,

    /// <summary>Checks at internal land and sea borders lifted; air border checks remain.</summary>
    [JsonStringEnumMemberName("land-and-sea-borders")]
    LandAndSeaBorders = 5,
}
