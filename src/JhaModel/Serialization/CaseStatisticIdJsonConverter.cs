using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="CaseStatisticId"/> as its kebab-case string.</summary>
internal sealed class CaseStatisticIdJsonConverter : JsonConverter<CaseStatisticId>
{
    private const string Expected = "a kebab-case statistic identifier (e.g. \"eurojust-wb6-registered-2019\")";

    public override CaseStatisticId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return CaseStatisticId.TryParse(text, out var id) ? id : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, CaseStatisticId value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default CaseStatisticId: it names no statistic.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
