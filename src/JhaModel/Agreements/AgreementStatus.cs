using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>The status of an agreement, or of one party to it, on a date. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<AgreementStatus>))]
public enum AgreementStatus
{
    /// <summary>Nothing has happened yet: not signed (or, for the agreement, not yet opened or signed).</summary>
    [JsonStringEnumMemberName("not-signed")]
    NotSigned = 1,

    /// <summary>Signed, without consent to be bound.</summary>
    [JsonStringEnumMemberName("signed")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The treaty status 'signed', not a numeric type.")]
    Signed = 2,

    /// <summary>Consent to be bound expressed (e.g. ratified), not yet in force.</summary>
    [JsonStringEnumMemberName("consent-expressed")]
    ConsentExpressed = 3,

    /// <summary>Applied provisionally, not yet in force.</summary>
    [JsonStringEnumMemberName("provisionally-applied")]
    ProvisionallyApplied = 4,

    /// <summary>In force.</summary>
    [JsonStringEnumMemberName("in-force")]
    InForce = 5,

    /// <summary>The party's denunciation has taken effect.</summary>
    [JsonStringEnumMemberName("denounced")]
    Denounced = 6,

    /// <summary>Replaced by a later agreement.</summary>
    [JsonStringEnumMemberName("superseded")]
    Superseded = 7,

    /// <summary>The agreement has ended.</summary>
    [JsonStringEnumMemberName("terminated")]
    Terminated = 8,

    /// <summary>The party cannot become a party (e.g. Kosovo* for Council of Europe treaties).</summary>
    [JsonStringEnumMemberName("not-eligible")]
    NotEligible = 9,

    /// <summary>
    /// The data cannot decide: a step that would change the status may or may not have been taken by the date, or the
    /// record says nothing about the party. <see cref="Agreement.ExplainStatusOn(Organisations.Party, NodaTime.LocalDate)"/> says why.
    /// </summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 10,
}
