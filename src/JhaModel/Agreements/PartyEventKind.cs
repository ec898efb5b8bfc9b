using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>The kinds of dated event in one party's relation to an agreement. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<PartyEventKind>))]
public enum PartyEventKind
{
    /// <summary>The party signed.</summary>
    [JsonStringEnumMemberName("signature")]
    Signature = 1,

    /// <summary>The party expressed its consent to be bound (see <see cref="PartyEvent.ConsentForm"/>).</summary>
    [JsonStringEnumMemberName("consent-to-be-bound")]
    ConsentToBeBound = 2,

    /// <summary>The agreement entered into force for the party.</summary>
    [JsonStringEnumMemberName("entry-into-force")]
    EntryIntoForce = 3,

    /// <summary>The party began to apply the agreement provisionally.</summary>
    [JsonStringEnumMemberName("provisional-application")]
    ProvisionalApplication = 4,

    /// <summary>The party's denunciation took effect.</summary>
    [JsonStringEnumMemberName("denunciation")]
    Denunciation = 5,
}
