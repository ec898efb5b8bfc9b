using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Provenance;

/// <summary>How far the facts behind an answer decide it (<see cref="Answer{T}.Kind"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<AnswerKind>))]
public enum AnswerKind
{
    /// <summary>
    /// The facts decide the answer: every deciding event certainly happened by the date and is verified, and what the
    /// answer says did not happen is shown by the record (a later dated step, or a record declared complete).
    /// </summary>
    [JsonStringEnumMemberName("known")]
    Known = 1,

    /// <summary>
    /// The answer follows from the facts by an inference a reader should know of: a deciding fact that is not
    /// verified, or a step taken as not reached only because no record of it exists. <see cref="Answer{T}.Reason"/> says which.
    /// </summary>
    [JsonStringEnumMemberName("inferred")]
    Inferred = 2,

    /// <summary>
    /// The data cannot decide: an event that would change the answer may or may not have happened by the date, or
    /// nothing is recorded. The value is the type's "unknown" value.
    /// </summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 3,
}
