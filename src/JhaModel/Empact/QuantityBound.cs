using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// How a <see cref="Quantity"/>'s value bounds the true figure when the source gives no exact one (e.g.
/// "more than 171 tonnes"). An exact figure has no bound. The numeric values never change.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<QuantityBound>))]
public enum QuantityBound
{
    /// <summary>The true figure is the value or more ("at least 171").</summary>
    [JsonStringEnumMemberName("at-least")]
    AtLeast = 1,

    /// <summary>The true figure is more than the value ("more than 171", "&gt;171").</summary>
    [JsonStringEnumMemberName("more-than")]
    MoreThan = 2,

    /// <summary>The true figure is the value or less ("at most 171").</summary>
    [JsonStringEnumMemberName("at-most")]
    AtMost = 3,

    /// <summary>The true figure is less than the value ("fewer than 171", "&lt;171").</summary>
    [JsonStringEnumMemberName("less-than")]
    LessThan = 4,
}
