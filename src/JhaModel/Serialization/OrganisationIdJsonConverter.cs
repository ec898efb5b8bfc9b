using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Organisations;

namespace JhaModel.Serialization;

/// <summary>Reads and writes an <see cref="OrganisationId"/> as its kebab-case string.</summary>
internal sealed class OrganisationIdJsonConverter : JsonConverter<OrganisationId>
{
    private const string Expected = "a kebab-case organisation identifier (e.g. \"europol\")";

    public override OrganisationId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return OrganisationId.TryParse(text, out var id) ? id : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, OrganisationId value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default OrganisationId: it names no organisation.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
