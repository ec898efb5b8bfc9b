using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>Where an <see cref="OperationalAction"/> stands. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<ActionStatus>))]
public enum ActionStatus
{
    /// <summary>Planned, not started.</summary>
    [JsonStringEnumMemberName("planned")]
    Planned = 1,

    /// <summary>Under way.</summary>
    [JsonStringEnumMemberName("ongoing")]
    Ongoing = 2,

    /// <summary>Carried out to its end.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed = 3,

    /// <summary>Dropped before its end.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled = 4,
}
