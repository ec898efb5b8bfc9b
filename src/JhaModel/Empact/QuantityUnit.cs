using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// The unit of a <see cref="Quantity"/>, e.g. <c>count</c>, <c>kilogram</c> or <c>tonne</c>: an open vocabulary with
/// well-known values.
/// </summary>
/// <remarks>
/// Any kebab-case value (2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a
/// letter) is accepted, so that units unknown to this version round-trip. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Values order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<QuantityUnit>))]
[TextValue("a unit", Expected = "a kebab-case unit (e.g. \"tonne\")", Example = "tonne", PublicConstructor = true)]
public readonly partial struct QuantityUnit
{
    /// <summary>A number of persons, items or cases: <c>count</c>.</summary>
    [WellKnown("count")]
    public static partial QuantityUnit Count { get; }

    /// <summary>Kilograms: <c>kilogram</c>.</summary>
    [WellKnown("kilogram")]
    public static partial QuantityUnit Kilogram { get; }

    /// <summary>Metric tonnes (1,000 kg): <c>tonne</c>.</summary>
    [WellKnown("tonne")]
    public static partial QuantityUnit Tonne { get; }

    /// <summary>Litres: <c>litre</c>.</summary>
    [WellKnown("litre")]
    public static partial QuantityUnit Litre { get; }

    /// <summary>Euros: <c>euro</c>.</summary>
    [WellKnown("euro")]
    public static partial QuantityUnit Euro { get; }

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a quantity unit; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'tonne').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
