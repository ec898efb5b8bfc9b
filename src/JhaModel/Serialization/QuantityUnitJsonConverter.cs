using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="QuantityUnit"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class QuantityUnitJsonConverter : JsonConverter<QuantityUnit>
{
    private const string Expected = "a kebab-case unit (e.g. \"tonne\")";

    public override QuantityUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return QuantityUnit.TryParse(text, out var value) ? value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, QuantityUnit value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default QuantityUnit: it names no unit.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
