using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="Instant"/> as ISO 8601 in UTC (<c>2020-10-22T10:00:00Z</c>, fractional seconds
/// when present). A UTF-8 fast path handles whole seconds without allocating; everything else goes through
/// <see cref="InstantPattern.ExtendedIso"/>, so the result is always the stock NodaTime converter's.
/// </summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private const string Expected = "an ISO 8601 instant in UTC (YYYY-MM-DDThh:mm:ssZ, optional fraction of a second)";

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8Iso.TryParseInstant(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = JsonErrors.ReadString(ref reader, Expected);
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[20];
        if (Utf8Iso.TryFormatInstant(value, buffer))
        {
            writer.WriteStringValue(buffer);
        }
        else
        {
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
        }
    }
}
