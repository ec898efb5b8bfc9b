using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>The part a party plays in an <see cref="OperationalAction"/>. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<ParticipationRole>))]
public enum ParticipationRole
{
    /// <summary>The action leader.</summary>
    [JsonStringEnumMemberName("leader")]
    Leader = 1,

    /// <summary>A co-leader.</summary>
    [JsonStringEnumMemberName("co-leader")]
    CoLeader = 2,

    /// <summary>A participant that neither leads nor co-leads.</summary>
    [JsonStringEnumMemberName("participant")]
    Participant = 3,
}
