using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(QuantityUnitJsonConverter))]
public readonly struct QuantityUnit : IEquatable<QuantityUnit>, IComparable<QuantityUnit>, IComparable, ISpanParsable<QuantityUnit>
{
    private static readonly string[] KnownValues =
        ["count", "kilogram", "tonne", "litre", "euro"];

    private readonly string? _value;

    /// <summary>A unit with the given kebab-case value.</summary>
    /// <param name="value">The value, e.g. <c>tonne</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not kebab-case.</exception>
    public QuantityUnit(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = Kebab.IsValid(value) ? Intern(value) : throw new FormatException(DescribeFailure(value));
    }

    /// <summary>A number of persons, items or cases: <c>count</c>.</summary>
    public static QuantityUnit Count { get; } = new("count");

    /// <summary>Kilograms: <c>kilogram</c>.</summary>
    public static QuantityUnit Kilogram { get; } = new("kilogram");

    /// <summary>Metric tonnes (1,000 kg): <c>tonne</c>.</summary>
    public static QuantityUnit Tonne { get; } = new("tonne");

    /// <summary>Litres: <c>litre</c>.</summary>
    public static QuantityUnit Litre { get; } = new("litre");

    /// <summary>Euros: <c>euro</c>.</summary>
    public static QuantityUnit Euro { get; } = new("euro");

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Whether the value is one of the well-known values of this version.</summary>
    public bool IsWellKnown => _value is not null && Array.IndexOf(KnownValues, _value) >= 0;

    /// <summary>The wire names of the well-known values, for "did you mean" hints and the format's documentation.</summary>
    internal static IReadOnlyList<string> WellKnownNames => KnownValues;

    /// <summary>Parses a unit.</summary>
    /// <param name="s">The kebab-case value, e.g. <c>tonne</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not kebab-case.</exception>
    public static QuantityUnit Parse(string s) => new(s);

    /// <summary>Parses a unit.</summary>
    /// <param name="s">The kebab-case value.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not kebab-case.</exception>
    public static QuantityUnit Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var unit) ? unit : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse a unit. Never throws.</summary>
    /// <param name="s">The value; <see langword="null"/> fails.</param>
    /// <param name="result">The unit, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was kebab-case.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out QuantityUnit result)
    {
        result = s is not null && Kebab.IsValid(s) ? new QuantityUnit(s) : default;
        return !result.IsDefault;
    }

    /// <summary>Tries to parse a unit. Never throws.</summary>
    /// <param name="s">The value.</param>
    /// <param name="result">The unit, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was kebab-case.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out QuantityUnit result)
    {
        result = Kebab.IsValid(s) ? new QuantityUnit(s.ToString()) : default;
        return !result.IsDefault;
    }

    static QuantityUnit IParsable<QuantityUnit>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<QuantityUnit>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out QuantityUnit result) => TryParse(s, out result);

    static QuantityUnit ISpanParsable<QuantityUnit>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<QuantityUnit>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out QuantityUnit result) => TryParse(s, out result);

    /// <summary>The value, or the empty string for the default value.</summary>
    /// <returns>For example <c>tonne</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(QuantityUnit other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuantityUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ordinally by text; the default value first.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(QuantityUnit other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        QuantityUnit other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a QuantityUnit.", nameof(obj)),
    };

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(QuantityUnit left, QuantityUnit right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(QuantityUnit left, QuantityUnit right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(QuantityUnit left, QuantityUnit right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(QuantityUnit left, QuantityUnit right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(QuantityUnit left, QuantityUnit right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(QuantityUnit left, QuantityUnit right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not a quantity unit; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'tonne').";

    private static string Intern(string s)
    {
        int i = Array.IndexOf(KnownValues, s);
        return i >= 0 ? KnownValues[i] : s;
    }
}
