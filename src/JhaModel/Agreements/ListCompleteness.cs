using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>Whether a recorded list holds every entry its source gives, or some of them (<see cref="PartyListCoverage"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<ListCompleteness>))]
public enum ListCompleteness
{
    /// <summary>Every party as of the date, with all of its events.</summary>
    [JsonStringEnumMemberName("complete")]
    Complete = 1,

    /// <summary>Some parties only: a party missing from the list, or an event missing from a party, says nothing.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial = 2,
}
