using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Statistics;

/// <summary>How a <see cref="StatisticScope"/> names its countries. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<StatisticScopeKind>))]
public enum StatisticScopeKind
{
    /// <summary>One country, e.g. Serbia: <c>{"country":"RS"}</c>.</summary>
    [JsonStringEnumMemberName("country")]
    Country = 1,

    /// <summary>A set of two or more countries: <c>{"countries":["AL","RS"]}</c>.</summary>
    [JsonStringEnumMemberName("countries")]
    Countries = 2,

    /// <summary>A named grouping resolved as of a date, e.g. the Western Balkans six: <c>{"grouping":"wb6"}</c>.</summary>
    [JsonStringEnumMemberName("grouping")]
    Grouping = 3,

    /// <summary>Every country outside a named grouping as of a date, e.g. the third countries of the EU: <c>{"outside":"eu"}</c>.</summary>
    [JsonStringEnumMemberName("outside")]
    Outside = 4,
}
