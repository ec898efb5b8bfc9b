using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using JhaModel.Serialization;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>
/// Identifies an EMPACT policy cycle by its first and last year, e.g. <c>2022-2025</c>.
/// </summary>
/// <remarks>
/// The text form is the two four-digit years joined by an ASCII hyphen-minus (<c>2022-2025</c>, never an en dash);
/// the last year is after the first. A cycle covers whole calendar years: <see cref="Period"/> runs from 1 January
/// of the first year to 31 December of the last. The default value is invalid: <see cref="IsDefault"/> is
/// <see langword="true"/>, <see cref="ToString"/> returns the empty string, the year properties throw
/// <see cref="InvalidOperationException"/> and validators reject it. Identifiers order by first year, then last year.
/// </remarks>
[JsonConverter(typeof(PolicyCycleIdJsonConverter))]
public readonly struct PolicyCycleId : IEquatable<PolicyCycleId>, IComparable<PolicyCycleId>, IComparable, ISpanParsable<PolicyCycleId>
{
    private const int MinYear = 1000;
    private const int MaxYear = 9999;

    private readonly short _first;
    private readonly short _last;

    private PolicyCycleId(int first, int last)
    {
        _first = (short)first;
        _last = (short)last;
    }

    /// <summary>The 2018–2021 cycle: <c>2018-2021</c>.</summary>
    public static PolicyCycleId Cycle2018To2021 { get; } = new(2018, 2021);

    /// <summary>The 2022–2025 cycle: <c>2022-2025</c>.</summary>
    public static PolicyCycleId Cycle2022To2025 { get; } = new(2022, 2025);

    /// <summary>The 2026–2029 cycle: <c>2026-2029</c>.</summary>
    public static PolicyCycleId Cycle2026To2029 { get; } = new(2026, 2029);

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _first == 0;

    /// <summary>The first year of the cycle, e.g. <c>2022</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public int FirstYear => IsDefault ? throw DefaultValue() : _first;

    /// <summary>The last year of the cycle, e.g. <c>2025</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public int LastYear => IsDefault ? throw DefaultValue() : _last;

    /// <summary>The days the cycle covers: 1 January of <see cref="FirstYear"/> to 31 December of <see cref="LastYear"/>, inclusive.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public DateInterval Period => new(new LocalDate(FirstYear, 1, 1), new LocalDate(LastYear, 12, 31));

    /// <summary>Whether <paramref name="candidate"/> is the cycle immediately before this one: it ends the year before this one starts.</summary>
    /// <param name="candidate">The cycle to test; the default value is never a predecessor.</param>
    /// <returns><see langword="true"/> when <paramref name="candidate"/> ends in the year before <see cref="FirstYear"/>.</returns>
    /// <exception cref="InvalidOperationException">This value is the default value.</exception>
    public bool IsPrecededBy(PolicyCycleId candidate) => !candidate.IsDefault && candidate._last + 1 == FirstYear;

    /// <summary>A cycle from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <param name="firstYear">The first year, 1000 to 9998.</param>
    /// <param name="lastYear">The last year, after <paramref name="firstYear"/> and at most 9999.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is not after <paramref name="firstYear"/>.</exception>
    public static PolicyCycleId Of(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lastYear, firstYear);
        return new(firstYear, lastYear);
    }

    /// <summary>Parses the text form, e.g. <c>2022-2025</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not two four-digit years joined by a hyphen, the last after the first.</exception>
    public static PolicyCycleId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses the text form, e.g. <c>2022-2025</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not two four-digit years joined by a hyphen, the last after the first.</exception>
    public static PolicyCycleId Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var id) ? id : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse the text form. Never throws.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a cycle identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PolicyCycleId result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse the text form. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a cycle identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out PolicyCycleId result)
    {
        result = default;
        if (s.Length != 9 || s[4] != '-' || !TryParseYear(s[..4], out int first) || !TryParseYear(s[5..], out int last) || last <= first)
        {
            return false;
        }

        result = new(first, last);
        return true;
    }

    static PolicyCycleId IParsable<PolicyCycleId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<PolicyCycleId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PolicyCycleId result) => TryParse(s, out result);

    static PolicyCycleId ISpanParsable<PolicyCycleId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<PolicyCycleId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PolicyCycleId result) => TryParse(s, out result);

    /// <summary>The text form, or the empty string for the default value.</summary>
    /// <returns>For example <c>2022-2025</c>.</returns>
    public override string ToString() =>
        IsDefault ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{_first:D4}-{_last:D4}");

    /// <inheritdoc />
    public bool Equals(PolicyCycleId other) => _first == other._first && _last == other._last;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PolicyCycleId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_first, _last);

    /// <summary>Orders by first year, then by last year; the default value first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(PolicyCycleId other)
    {
        int c = _first.CompareTo(other._first);
        return c != 0 ? c : _last.CompareTo(other._last);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PolicyCycleId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PolicyCycleId.", nameof(obj)),
    };

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PolicyCycleId left, PolicyCycleId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PolicyCycleId left, PolicyCycleId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(PolicyCycleId left, PolicyCycleId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(PolicyCycleId left, PolicyCycleId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(PolicyCycleId left, PolicyCycleId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(PolicyCycleId left, PolicyCycleId right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not a policy cycle; expected two four-digit years joined by a hyphen, the last after the first (e.g. '2022-2025').";

    private static bool TryParseYear(ReadOnlySpan<char> digits, out int year)
    {
        year = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return year >= MinYear;
    }

    private static InvalidOperationException DefaultValue() => new("The default PolicyCycleId names no cycle.");
}
