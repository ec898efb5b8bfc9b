using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Provenance;

/// <summary>
/// How well an embedded or exchanged fact has been checked against its <see cref="Source"/>.
/// </summary>
/// <remarks>
/// The numeric values never change. On the wire the value is written as a lower-case string
/// (<c>verified</c>, <c>partial</c>, <c>unverified</c>). The default value, <c>0</c>, is not defined
/// and is rejected by every validator.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<Confidence>))]
public enum Confidence
{
    /// <summary>Checked against the cited public source.</summary>
    [JsonStringEnumMemberName("verified")]
    Verified = 1,

    /// <summary>Partly checked: the year or a neighbouring fact is verified, the exact day is not; or the source is weak.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial = 2,

    /// <summary>Not checked against an official source; use with care.</summary>
    [JsonStringEnumMemberName("unverified")]
    Unverified = 3,
}
