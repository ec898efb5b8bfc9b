using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Provenance;

namespace JhaModel.Serialization;

/// <summary>Reads and writes an <see cref="EventDate"/> as its ISO 8601 text form.</summary>
internal sealed class EventDateJsonConverter : JsonConverter<EventDate>
{
    private const string Expected = "an event date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-MM-DD/YYYY-MM-DD or ../YYYY-MM-DD)";

    public override EventDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return EventDate.TryParse(text, out var date) ? date : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, EventDate value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default EventDate: it has no days.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
