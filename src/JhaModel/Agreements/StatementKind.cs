using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>Whether a party's statement on an agreement is a reservation or a declaration. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<StatementKind>))]
public enum StatementKind
{
    /// <summary>A reservation, excluding or modifying the effect of provisions for the party.</summary>
    [JsonStringEnumMemberName("reservation")]
    Reservation = 1,

    /// <summary>A declaration, e.g. naming an authority or interpreting a provision.</summary>
    [JsonStringEnumMemberName("declaration")]
    Declaration = 2,
}
