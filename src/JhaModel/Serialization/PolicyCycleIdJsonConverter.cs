using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="PolicyCycleId"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class PolicyCycleIdJsonConverter : JsonConverter<PolicyCycleId>
{
    private const string Expected = "a policy cycle (two four-digit years joined by a hyphen, e.g. \"2022-2025\")";

    public override PolicyCycleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return PolicyCycleId.TryParse(text, out var value) ? value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, PolicyCycleId value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default PolicyCycleId: it names no cycle.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
