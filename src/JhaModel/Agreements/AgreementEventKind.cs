using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>The kinds of dated event in the life of an agreement as a whole. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<AgreementEventKind>))]
public enum AgreementEventKind
{
    /// <summary>The text was adopted (e.g. by the Committee of Ministers).</summary>
    [JsonStringEnumMemberName("adopted")]
    Adopted = 1,

    /// <summary>The negotiated text was initialled.</summary>
    [JsonStringEnumMemberName("initialled")]
    Initialled = 2,

    /// <summary>The agreement was opened for signature; no signature or consent precedes it.</summary>
    [JsonStringEnumMemberName("opened-for-signature")]
    OpenedForSignature = 3,

    /// <summary>The Council of the EU decided on the signing (see <see cref="AgreementEvent.DecisionReference"/>).</summary>
    [JsonStringEnumMemberName("council-decision-on-signing")]
    CouncilDecisionOnSigning = 4,

    /// <summary>The Council of the EU decided on the conclusion (see <see cref="AgreementEvent.DecisionReference"/>).</summary>
    [JsonStringEnumMemberName("council-decision-on-conclusion")]
    CouncilDecisionOnConclusion = 5,

    /// <summary>The agreement entered into force.</summary>
    [JsonStringEnumMemberName("entry-into-force")]
    EntryIntoForce = 6,

    /// <summary>A later agreement replaced it.</summary>
    [JsonStringEnumMemberName("superseded")]
    Superseded = 7,

    /// <summary>The agreement ended; nothing but this record follows.</summary>
    [JsonStringEnumMemberName("terminated")]
    Terminated = 8,
}
