using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// The code of an operational action within its plan, e.g. <c>OA 3.2</c>.
/// </summary>
/// <remarks>
/// The text form is <c>OA</c>, one space and one to four numbers from 1 to 999 joined by dots, without leading
/// zeros (<c>OA 1</c>, <c>OA 3.2</c>, <c>OA 2.10.1</c>). A code is unique within its plan, not across plans. Codes
/// order number by number, so <c>OA 3.2</c> comes before <c>OA 3.10</c>. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it.
/// </remarks>
[JsonConverter(typeof(ActionCodeJsonConverter))]
public readonly struct ActionCode : IEquatable<ActionCode>, IComparable<ActionCode>, IComparable, ISpanParsable<ActionCode>
{
    private const string Prefix = "OA ";
    private const int MaxNumbers = 4;

    private readonly string? _value;

    private ActionCode(string value) => _value = value;

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>The numbers of the code, e.g. <c>[3, 2]</c> for <c>OA 3.2</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public IReadOnlyList<int> Numbers
    {
        get
        {
            if (_value is null)
            {
                throw new InvalidOperationException("The default ActionCode has no numbers.");
            }

            var numbers = new List<int>(MaxNumbers);
            var rest = _value.AsSpan(Prefix.Length);
            while (!rest.IsEmpty)
            {
                numbers.Add(NextNumber(ref rest));
            }

            return numbers.AsReadOnly();
        }
    }

    /// <summary>Parses a code, e.g. <c>OA 3.2</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an action code.</exception>
    public static ActionCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a code, e.g. <c>OA 3.2</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not an action code.</exception>
    public static ActionCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var code) ? code : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse a code. Never throws.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The code, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was an action code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ActionCode result)
    {
        result = s is not null && IsValid(s) ? new ActionCode(s) : default;
        return !result.IsDefault;
    }

    /// <summary>Tries to parse a code. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was an action code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ActionCode result)
    {
        result = IsValid(s) ? new ActionCode(s.ToString()) : default;
        return !result.IsDefault;
    }

    static ActionCode IParsable<ActionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<ActionCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ActionCode result) => TryParse(s, out result);

    static ActionCode ISpanParsable<ActionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<ActionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ActionCode result) => TryParse(s, out result);

    /// <summary>The text form, or the empty string for the default value.</summary>
    /// <returns>For example <c>OA 3.2</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(ActionCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders number by number (<c>OA 3.2</c> before <c>OA 3.10</c>, <c>OA 3</c> before <c>OA 3.1</c>); the default value first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ActionCode other)
    {
        if (_value is null || other._value is null)
        {
            return (_value is not null).CompareTo(other._value is not null);
        }

        var a = _value.AsSpan(Prefix.Length);
        var b = other._value.AsSpan(Prefix.Length);
        while (true)
        {
            if (a.IsEmpty || b.IsEmpty)
            {
                return a.Length.CompareTo(b.Length);
            }

            int c = NextNumber(ref a).CompareTo(NextNumber(ref b));
            if (c != 0)
            {
                return c;
            }
        }
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ActionCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an ActionCode.", nameof(obj)),
    };

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ActionCode left, ActionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ActionCode left, ActionCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ActionCode left, ActionCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ActionCode left, ActionCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ActionCode left, ActionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ActionCode left, ActionCode right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not an action code; expected 'OA', a space and one to four numbers from 1 to 999 joined by dots, without leading zeros (e.g. 'OA 3.2').";

    private static bool IsValid(ReadOnlySpan<char> s)
    {
        if (!s.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = s[Prefix.Length..];
        int numbers = 0;
        while (true)
        {
            int end = rest.IndexOf('.');
            var number = end < 0 ? rest : rest[..end];
            if (number.Length is < 1 or > 3 || number[0] is < '1' or > '9')
            {
                return false;
            }

            foreach (char c in number)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            if (++numbers > MaxNumbers)
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static int NextNumber(ref ReadOnlySpan<char> s)
    {
        int value = 0;
        int i = 0;
        for (; i < s.Length && s[i] != '.'; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }

        s = i < s.Length ? s[(i + 1)..] : [];
        return value;
    }
}
