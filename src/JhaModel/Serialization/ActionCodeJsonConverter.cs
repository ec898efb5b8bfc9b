using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="ActionCode"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class ActionCodeJsonConverter : JsonConverter<ActionCode>
{
    private const string Expected = "an action code (e.g. \"OA 3.2\")";

    public override ActionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return ActionCode.TryParse(text, out var value) ? value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, ActionCode value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default ActionCode: it is no code.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
