using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// What an EMPACT result counts or weighs, e.g. <c>arrests</c> or <c>drugs-seized</c>: an open vocabulary with
/// well-known values.
/// </summary>
/// <remarks>
/// Any kebab-case value (2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a
/// letter) is accepted, so that metrics unknown to this version round-trip. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Values order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<ResultMetric>))]
[TextValue("a result metric", Expected = "a kebab-case result metric (e.g. \"arrests\")", Example = "arrests", PublicConstructor = true)]
public readonly partial struct ResultMetric
{
    /// <summary>Persons arrested: <c>arrests</c>, counted.</summary>
    [WellKnown("arrests")]
    public static partial ResultMetric Arrests { get; }

    /// <summary>Drugs seized: <c>drugs-seized</c>, weighed.</summary>
    [WellKnown("drugs-seized")]
    public static partial ResultMetric DrugsSeized { get; }

    /// <summary>Waste seized (environmental crime): <c>waste-seized</c>, weighed.</summary>
    [WellKnown("waste-seized")]
    public static partial ResultMetric WasteSeized { get; }

    /// <summary>Firearms and other weapons seized: <c>firearms-and-weapons-seized</c>, counted.</summary>
    [WellKnown("firearms-and-weapons-seized")]
    public static partial ResultMetric FirearmsAndWeaponsSeized { get; }

    /// <summary>Potential victims (e.g. of trafficking in human beings) identified: <c>potential-victims-identified</c>, counted.</summary>
    [WellKnown("potential-victims-identified")]
    public static partial ResultMetric PotentialVictimsIdentified { get; }

    /// <summary>Criminal assets seized or frozen: <c>assets-seized</c>, in a currency.</summary>
    [WellKnown("assets-seized")]
    public static partial ResultMetric AssetsSeized { get; }

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a result metric; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'arrests').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
