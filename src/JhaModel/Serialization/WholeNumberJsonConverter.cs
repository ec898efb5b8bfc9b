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

            if (reader.TryGetDecimal(out decimal value) && value == decimal.Truncate(value) && value >= min && value <= max)
            {
                return (long)value;
            }
        }

        throw JsonErrors.Invalid($"Found {Found(ref reader)}; expected a whole number {range}.");
    }

    /// <summary>Whether a number element is a whole number between <paramref name="min"/> and <paramref name="max"/>, as <see cref="Read"/> decides.</summary>
    public static bool IsWhole(JsonElement element, long min, long max) =>
        element.ValueKind == JsonValueKind.Number
        && ((element.TryGetInt64(out long whole) && whole >= min && whole <= max)
            || (element.TryGetDecimal(out decimal value) && value == decimal.Truncate(value) && value >= min && value <= max));

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
