using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO 8601 calendar date (<c>2020-10-22</c>), strictly.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private const string Expected = "an ISO 8601 date (YYYY-MM-DD)";

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
