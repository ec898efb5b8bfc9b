using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="CrimePriorityKey"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class CrimePriorityKeyJsonConverter : JsonConverter<CrimePriorityKey>
{
    private const string Expected = "a crime priority key (a cycle, a slash and a kebab-case slug, e.g. \"2022-2025/migrant-smuggling\")";

    public override CrimePriorityKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return CrimePriorityKey.TryParse(text, out var value) ? value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, CrimePriorityKey value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default CrimePriorityKey: it names no priority.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
