using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Organisations;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="Party"/> as an alpha-2 country code or an organisation identifier.</summary>
internal sealed class PartyJsonConverter : JsonConverter<Party>
{
    private const string Expected = "a party: an upper-case alpha-2 country code (e.g. \"AL\") or a lower-case organisation identifier (e.g. \"europol\")";

    public override Party Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return Party.TryParse(text, out var party) ? party : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, Party value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default Party: it names no party.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
