using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="ResultMetric"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class ResultMetricJsonConverter : JsonConverter<ResultMetric>
{
    private const string Expected = "a kebab-case result metric (e.g. \"arrests\")";

    public override ResultMetric Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return ResultMetric.TryParse(text, out var value) ? value : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, ResultMetric value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default ResultMetric: it names no metric.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
