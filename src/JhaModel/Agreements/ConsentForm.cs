using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>How a party expressed its consent to be bound. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<ConsentForm>))]
public enum ConsentForm
{
    /// <summary>Ratification.</summary>
    [JsonStringEnumMemberName("ratification")]
    Ratification = 1,

    /// <summary>Acceptance.</summary>
    [JsonStringEnumMemberName("acceptance")]
    Acceptance = 2,

    /// <summary>Approval.</summary>
    [JsonStringEnumMemberName("approval")]
    Approval = 3,

    /// <summary>Accession, without an earlier signature.</summary>
    [JsonStringEnumMemberName("accession")]
    Accession = 4,

    /// <summary>Succession to a predecessor state's signature or consent.</summary>
    [JsonStringEnumMemberName("succession")]
    Succession = 5,
}
