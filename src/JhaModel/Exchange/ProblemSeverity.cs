using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Exchange;

/// <summary>How serious a reading problem is. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProblemSeverity>))]
public enum ProblemSeverity
{
    /// <summary>The input cannot be accepted as it is.</summary>
    [JsonStringEnumMemberName("error")]
    Error = 1,

    /// <summary>The input is accepted, but something in it deserves attention (e.g. a member a newer minor version defines, which this reader does not keep).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 2,
}
