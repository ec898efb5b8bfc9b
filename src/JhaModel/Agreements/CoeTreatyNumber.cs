using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>
/// The number of a Council of Europe treaty in its series: <c>CETS 185</c>, also cited in the older numbering
/// as <c>ETS No. 185</c>. Both spellings parse to the same value; <see cref="ToString"/> gives the CETS form.
/// </summary>
/// <remarks>
/// Accepted forms, case-insensitively: <c>CETS 185</c>, <c>CETS No. 185</c>, <c>ETS 185</c>, <c>ETS No. 185</c>.
/// The number is 1 to 9999. The default value is invalid (<see cref="IsDefault"/>). On the wire the value is
/// the string <c>"CETS 185"</c> and nothing else: reading refuses the other forms (naming the one meant), so that a
/// value is written back exactly as it was read.
/// </remarks>
[JsonConverter(typeof(CoeTreatyNumberJsonConverter))]
public readonly struct CoeTreatyNumber : IEquatable<CoeTreatyNumber>, IComparable<CoeTreatyNumber>
{
    private CoeTreatyNumber(int number) => Number = number;

    /// <summary>The number, e.g. <c>185</c>; <c>0</c> for the default value.</summary>
    public int Number { get; }

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => Number == 0;

    /// <summary>The older alias, e.g. <c>ETS No. 185</c>.</summary>
    public string EtsAlias => IsDefault ? string.Empty : $"ETS No. {Number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A treaty number.</summary>
    /// <param name="number">The number, 1 to 9999.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is out of range.</exception>
    public static CoeTreatyNumber Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        return new(number);
    }

    /// <summary>Parses <c>CETS 185</c>, <c>CETS No. 185</c>, <c>ETS 185</c> or <c>ETS No. 185</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a treaty number.</exception>
    public static CoeTreatyNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"{JhaModel.Serialization.JsonErrors.Quote(text)} is not a Council of Europe treaty number; expected e.g. 'CETS 185' or 'ETS No. 185'.");
    }

    /// <summary>Tries to parse a treaty number. Never throws.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="value">The value, or the default value on failure.</param>
    /// <returns>Whether the text was a treaty number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CoeTreatyNumber value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> s = text;
        if (s.StartsWith("CETS ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[5..];
        }
        else if (s.StartsWith("ETS ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }
        else
        {
            return false;
        }

        if (s.StartsWith("No. ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        if (s.Length is < 1 or > 4 || s[0] == '0' || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return false;
        }

        value = new(number);
        return true;
    }

    /// <summary>The CETS form; the empty string for the default value.</summary>
    /// <returns>For example <c>CETS 185</c>.</returns>
    public override string ToString() => IsDefault ? string.Empty : $"CETS {Number.ToString(CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public bool Equals(CoeTreatyNumber other) => Number == other.Number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CoeTreatyNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Number;

    /// <summary>Orders by number; the default value first.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(CoeTreatyNumber other) => Number.CompareTo(other.Number);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CoeTreatyNumber left, CoeTreatyNumber right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CoeTreatyNumber left, CoeTreatyNumber right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(CoeTreatyNumber left, CoeTreatyNumber right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(CoeTreatyNumber left, CoeTreatyNumber right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(CoeTreatyNumber left, CoeTreatyNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(CoeTreatyNumber left, CoeTreatyNumber right) => left.CompareTo(right) >= 0;
}
