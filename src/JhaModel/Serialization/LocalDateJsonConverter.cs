using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO 8601 calendar date (<c>2020-10-22</c>). A UTF-8 fast path
/// reads and writes plain <c>YYYY-MM-DD</c> without allocating; anything else (escapes, other years) goes through
/// <see cref="LocalDatePattern.Iso"/>, so the result is always the stock NodaTime converter's.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private const string Expected = "an ISO 8601 date (YYYY-MM-DD)";

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8Iso.TryParseDate(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = JsonErrors.ReadString(ref reader, Expected);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[10];
        if (Utf8Iso.TryFormatDate(value, buffer))
        {
            writer.WriteStringValue(buffer);
        }
        else
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
        }
    }
}
