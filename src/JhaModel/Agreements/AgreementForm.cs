using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>Whether an agreement is between two parties or open to many. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<AgreementForm>))]
public enum AgreementForm
{
    /// <summary>Between exactly two parties.</summary>
    [JsonStringEnumMemberName("bilateral")]
    Bilateral = 1,

    /// <summary>Open to many parties, such as a Council of Europe convention.</summary>
    [JsonStringEnumMemberName("multilateral")]
    Multilateral = 2,
}
