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
[JsonConverter(typeof(TextValueJsonConverter<CoeTreatyNumber>))]
[TextValue("a Council of Europe treaty number", Expected = "a Council of Europe treaty number (e.g. \"CETS 185\")", Example = "CETS 185", OneSpelling = false)]
public readonly partial struct CoeTreatyNumber
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

    /// <summary>The treaty number that equality, hashing and order compare.</summary>
    private int Key => Number;

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a Council of Europe treaty number; expected e.g. 'CETS 185' or 'ETS No. 185'.";

    /// <summary>Reads <c>CETS 185</c>, <c>CETS No. 185</c>, <c>ETS 185</c> or <c>ETS No. 185</c>, case-insensitively.</summary>
    private static bool TryParseCore(ReadOnlySpan<char> s, out CoeTreatyNumber value)
    {
        value = default;
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

}
