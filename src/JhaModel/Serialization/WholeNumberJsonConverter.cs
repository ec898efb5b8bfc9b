using System.Text.Json;
using System.Text.Json.Serialization;

namespace JhaModel.Serialization;

/// <summary>
/// Reads a whole number as JSON Schema defines an integer: any JSON number whose value has no fraction, so
/// <c>42</c>, <c>42.0</c> (what Python's <c>json.dumps</c> writes for a float) and <c>4.2e1</c> are all 42, within
/// the range of the member's type. Writes the plain integer.
/// </summary>
internal static class WholeNumber
{
    /// <summary>Reads the current token as a whole number between <paramref name="min"/> and <paramref name="max"/>, or throws a <see cref="JsonException"/> in wire terms.</summary>
    public static long Read(ref Utf8JsonReader reader, long min, long max, string range)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out long whole) && whole >= min && whole <= max)
            {
                return whole;
            }

            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
            if (TryWhole(raw, min, max, out long value))
            {
                return value;
            }
        }

        throw JsonErrors.Invalid($"Found {Found(ref reader)}; expected a whole number {range}.");
    }

    /// <summary>Whether a number element is a whole number between <paramref name="min"/> and <paramref name="max"/>, as <see cref="Read"/> decides.</summary>
    public static bool IsWhole(JsonElement element, long min, long max) =>
        element.ValueKind == JsonValueKind.Number
        && ((element.TryGetInt64(out long whole) && whole >= min && whole <= max)
            || TryWhole(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()), min, max, out _));

    /// <summary>
    /// Whether the text of a JSON number is exactly a whole number in range, decided on its digits (a decimal or a
    /// double would round <c>1.00000000000000000000000000001</c> to 1).
    /// </summary>
    private static bool TryWhole(ReadOnlySpan<byte> raw, long min, long max, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = i < raw.Length && raw[i] == (byte)'-';
        if (negative)
        {
            i++;
        }

        int integerStart = i;
        while (i < raw.Length && IsDigit(raw[i]))
        {
            i++;
        }

        var integer = raw[integerStart..i];
        var fraction = ReadOnlySpan<byte>.Empty;
        if (i < raw.Length && raw[i] == (byte)'.')
        {
            int fractionStart = ++i;
            while (i < raw.Length && IsDigit(raw[i]))
            {
                i++;
            }

            fraction = raw[fractionStart..i];
        }

        long exponent = 0;
        if (i < raw.Length && (raw[i] == (byte)'e' || raw[i] == (byte)'E'))
        {
            i++;
            bool negativeExponent = i < raw.Length && raw[i] == (byte)'-';
            if (i < raw.Length && (raw[i] == (byte)'-' || raw[i] == (byte)'+'))
            {
                i++;
            }

            while (i < raw.Length && IsDigit(raw[i]))
            {
                exponent = Math.Min((exponent * 10) + (raw[i] - '0'), 1_000_000_000L);
                i++;
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        // The digits are integer then fraction; the decimal point sits after `point` of them.
        long total = integer.Length + fraction.Length;
        long point = integer.Length + exponent;
        for (long k = Math.Max(point, 0); k < total; k++)
        {
            if (DigitAt(integer, fraction, k) != 0)
            {
                return false;
            }
        }

        Int128 magnitude = 0;
        Int128 limit = negative ? -(Int128)min : max;
        for (long k = 0; k < Math.Min(point, total); k++)
        {
            magnitude = (magnitude * 10) + DigitAt(integer, fraction, k);
            if (magnitude > limit)
            {
                return false;
            }
        }

        for (long k = total; k < point && magnitude != 0; k++)
        {
            magnitude *= 10;
            if (magnitude > limit)
            {
                return false;
            }
        }

        value = (long)(negative ? -magnitude : magnitude);
        return value >= min && value <= max;
    }

    private static int DigitAt(ReadOnlySpan<byte> integer, ReadOnlySpan<byte> fraction, long k) =>
        k < integer.Length ? integer[(int)k] - '0' : fraction[(int)(k - integer.Length)] - '0';

    private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';

    private static string Found(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return $"the number {JsonErrors.Quote(System.Text.Encoding.UTF8.GetString(raw))[1..^1]}";
        }

        return reader.TokenType switch
        {
            JsonTokenType.String => $"the string {JsonErrors.Quote(reader.GetString())}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => "no number",
        };
    }
}

/// <summary>A 64-bit whole number on the wire (<see cref="WholeNumber"/>).</summary>
internal sealed class Int64JsonConverter : JsonConverter<long>
{
    /// <summary>The range in a message's words.</summary>
    public const string Range = "from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807";

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WholeNumber.Read(ref reader, long.MinValue, long.MaxValue, Range);

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>A 32-bit whole number on the wire (<see cref="WholeNumber"/>).</summary>
internal sealed class Int32JsonConverter : JsonConverter<int>
{
    /// <summary>The range in a message's words.</summary>
    public const string Range = "from -2,147,483,648 to 2,147,483,647";

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (int)WholeNumber.Read(ref reader, int.MinValue, int.MaxValue, Range);

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
