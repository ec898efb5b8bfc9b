using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(ResultMetricJsonConverter))]
public readonly struct ResultMetric : IEquatable<ResultMetric>, IComparable<ResultMetric>, IComparable, ISpanParsable<ResultMetric>
{
    private static readonly string[] KnownValues =
        ["arrests", "drugs-seized", "waste-seized", "firearms-and-weapons-seized", "potential-victims-identified", "assets-seized"];

    private readonly string? _value;

    /// <summary>A metric with the given kebab-case value.</summary>
    /// <param name="value">The value, e.g. <c>arrests</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not kebab-case.</exception>
    public ResultMetric(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = Kebab.IsValid(value) ? Intern(value) : throw new FormatException(DescribeFailure(value));
    }

    /// <summary>Persons arrested: <c>arrests</c>, counted.</summary>
    public static ResultMetric Arrests { get; } = new("arrests");

    /// <summary>Drugs seized: <c>drugs-seized</c>, weighed.</summary>
    public static ResultMetric DrugsSeized { get; } = new("drugs-seized");

    /// <summary>Waste seized (environmental crime): <c>waste-seized</c>, weighed.</summary>
    public static ResultMetric WasteSeized { get; } = new("waste-seized");

    /// <summary>Firearms and other weapons seized: <c>firearms-and-weapons-seized</c>, counted.</summary>
    public static ResultMetric FirearmsAndWeaponsSeized { get; } = new("firearms-and-weapons-seized");

    /// <summary>Potential victims (e.g. of trafficking in human beings) identified: <c>potential-victims-identified</c>, counted.</summary>
    public static ResultMetric PotentialVictimsIdentified { get; } = new("potential-victims-identified");

    /// <summary>Criminal assets seized or frozen: <c>assets-seized</c>, in a currency.</summary>
    public static ResultMetric AssetsSeized { get; } = new("assets-seized");

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Whether the value is one of the well-known values of this version.</summary>
    public bool IsWellKnown => _value is not null && Array.IndexOf(KnownValues, _value) >= 0;

    /// <summary>The wire names of the well-known values, for "did you mean" hints and the format's documentation.</summary>
    internal static IReadOnlyList<string> WellKnownNames => KnownValues;

    /// <summary>Parses a metric.</summary>
    /// <param name="s">The kebab-case value, e.g. <c>arrests</c>.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not kebab-case.</exception>
    public static ResultMetric Parse(string s) => new(s);

    /// <summary>Parses a metric.</summary>
    /// <param name="s">The kebab-case value.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not kebab-case.</exception>
    public static ResultMetric Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var metric) ? metric : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse a metric. Never throws.</summary>
    /// <param name="s">The value; <see langword="null"/> fails.</param>
    /// <param name="result">The metric, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was kebab-case.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ResultMetric result)
    {
        result = s is not null && Kebab.IsValid(s) ? new ResultMetric(s) : default;
        return !result.IsDefault;
    }

    /// <summary>Tries to parse a metric. Never throws.</summary>
    /// <param name="s">The value.</param>
    /// <param name="result">The metric, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was kebab-case.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ResultMetric result)
    {
        result = Kebab.IsValid(s) ? new ResultMetric(s.ToString()) : default;
        return !result.IsDefault;
    }

    static ResultMetric IParsable<ResultMetric>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<ResultMetric>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ResultMetric result) => TryParse(s, out result);

    static ResultMetric ISpanParsable<ResultMetric>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<ResultMetric>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ResultMetric result) => TryParse(s, out result);

    /// <summary>The value, or the empty string for the default value.</summary>
    /// <returns>For example <c>arrests</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(ResultMetric other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResultMetric other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ordinally by text; the default value first.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ResultMetric other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ResultMetric other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a ResultMetric.", nameof(obj)),
    };

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ResultMetric left, ResultMetric right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ResultMetric left, ResultMetric right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ResultMetric left, ResultMetric right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ResultMetric left, ResultMetric right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ResultMetric left, ResultMetric right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ResultMetric left, ResultMetric right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not a result metric; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'arrests').";

    private static string Intern(string s)
    {
        int i = Array.IndexOf(KnownValues, s);
        return i >= 0 ? KnownValues[i] : s;
    }
}
