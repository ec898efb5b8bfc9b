using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Countries;

/// <summary>A country's status towards the EU on a date. The numeric values never change.</summary>
/// <remarks>
/// When several apply, the highest wins: member, then candidate, then potential candidate, then applicant.
/// A potential candidate that has applied (Kosovo since 2022-12-15) is a potential candidate; "applicant"
/// is a country that has applied and holds neither status.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<EuStatus>))]
public enum EuStatus
{
    /// <summary>None of the other statuses.</summary>
    [JsonStringEnumMemberName("third-country")]
    ThirdCountry = 1,

    /// <summary>Has applied for membership but is neither a potential candidate nor a candidate.</summary>
    [JsonStringEnumMemberName("applicant")]
    Applicant = 2,

    /// <summary>A potential candidate for membership.</summary>
    [JsonStringEnumMemberName("potential-candidate")]
    PotentialCandidate = 3,

    /// <summary>A candidate country.</summary>
    [JsonStringEnumMemberName("candidate")]
    Candidate = 4,

    /// <summary>A member state.</summary>
    [JsonStringEnumMemberName("member")]
    Member = 5,

    /// <summary>
    /// The data cannot decide: a step that would change the status may or may not have happened by the date, or no
    /// event is recorded at all. <see cref="EuRelationshipTimeline.ExplainStatusOn(NodaTime.LocalDate)"/> says why.
    /// </summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 6,
}
