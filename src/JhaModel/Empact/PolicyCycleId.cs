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
[JsonConverter(typeof(TextValueJsonConverter<PolicyCycleId>))]
[TextValue("a policy cycle", Expected = "a policy cycle (two four-digit years joined by a hyphen, e.g. \"2022-2025\")", Example = "2022-2025")]
public readonly partial struct PolicyCycleId
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
    [WellKnown("2018-2021")]
    public static partial PolicyCycleId Cycle2018To2021 { get; }

    /// <summary>The 2022–2025 cycle: <c>2022-2025</c>.</summary>
    [WellKnown("2022-2025")]
    public static partial PolicyCycleId Cycle2022To2025 { get; }

    /// <summary>The 2026–2029 cycle: <c>2026-2029</c>.</summary>
    [WellKnown("2026-2029")]
    public static partial PolicyCycleId Cycle2026To2029 { get; }

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

    /// <summary>Tries to parse the text form. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a cycle identifier.</returns>
    private static bool TryParseCore(ReadOnlySpan<char> s, out PolicyCycleId result)
    {
        result = default;
        if (s.Length != 9 || s[4] != '-' || !TryParseYear(s[..4], out int first) || !TryParseYear(s[5..], out int last) || last <= first)
        {
            return false;
        }

        result = new(first, last);
        return true;
    }

    /// <summary>The text form, or the empty string for the default value.</summary>
    /// <returns>For example <c>2022-2025</c>.</returns>
    public override string ToString() =>
        IsDefault ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{_first:D4}-{_last:D4}");

    /// <summary>The first and last years, which equality, hashing and order compare in that order.</summary>
    private (short First, short Last) Key => (_first, _last);

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a policy cycle; expected two four-digit years joined by a hyphen, the last after the first (e.g. '2022-2025').";

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
