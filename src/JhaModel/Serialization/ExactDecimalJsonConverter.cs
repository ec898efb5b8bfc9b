using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JhaModel.Serialization;

/// <summary>
/// Reads a JSON number as a <see cref="decimal"/> only when the decimal holds it exactly: a number with more
/// significant digits than a decimal keeps (28 or 29), or outside its range, is an error naming the number rather
/// than a silent rounding. Writes the decimal as System.Text.Json does, keeping its scale (<c>42.0</c> stays <c>42.0</c>).
/// </summary>
internal sealed class ExactDecimalJsonConverter : JsonConverter<decimal>
{
    /// <summary>The longest number text compared digit by digit; longer text is no number a decimal holds exactly.</summary>
    private const int MaxNumberLength = 512;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonErrors.Invalid($"Found a JSON {JsonErrors.DescribeToken(reader.TokenType)}; expected a number.");
        }

        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.Length <= MaxNumberLength && reader.TryGetDecimal(out decimal value)
            && SameNumber(raw, value.ToString(CultureInfo.InvariantCulture)))
        {
            return value;
        }

        string text = System.Text.Encoding.UTF8.GetString(raw[..Math.Min(raw.Length, MaxNumberLength)]);
        throw JsonErrors.Invalid($"Found the number {JsonErrors.Quote(text)[1..^1]}, which a decimal cannot hold exactly; expected a number of at most 28 significant digits within ±79,228,162,514,264,337,593,543,950,335.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Whether two number texts (JSON number grammar; the second as <see cref="decimal"/> formats it) denote the same value.</summary>
    internal static bool SameNumber(ReadOnlySpan<byte> json, string formatted)
    {
        Span<char> chars = stackalloc char[json.Length];
        for (int i = 0; i < json.Length; i++)
        {
            chars[i] = (char)json[i];
        }

        return Normalize(chars, out bool negativeA, out var digitsA, out long exponentA)
            && Normalize(formatted, out bool negativeB, out var digitsB, out long exponentB)
            && digitsA.SequenceEqual(digitsB) && exponentA == exponentB && (digitsA.IsEmpty || negativeA == negativeB);
    }

    /// <summary>Splits a number into its sign, its significant digits without leading or trailing zeros, and the power of ten of the last digit.</summary>
    private static bool Normalize(ReadOnlySpan<char> text, out bool negative, out ReadOnlySpan<char> digits, out long exponent)
    {
        negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        exponent = 0;
        int e = text.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            if (!long.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 100_000)
            {
                digits = default;
                return false;
            }

            text = text[..e];
        }

        int point = text.IndexOf('.');
        var whole = point >= 0 ? text[..point] : text;
        var fraction = point >= 0 ? text[(point + 1)..] : [];
        exponent -= fraction.Length;
        var all = string.Concat(whole, fraction).AsSpan().TrimStart('0');
        int trailing = all.Length - all.TrimEnd('0').Length;
        exponent += trailing;
        digits = all[..^trailing];
        if (digits.IsEmpty)
        {
            exponent = 0;
        }

        return true;
    }
}
