using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="StatisticMetric"/> as its kebab-case name.</summary>
internal sealed class StatisticMetricJsonConverter : JsonConverter<StatisticMetric>
{
    private const string Expected = "a kebab-case metric name (e.g. \"registered-cases-involving\")";

    public override StatisticMetric Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        return StatisticMetric.TryParse(text, out var id) ? id : throw JsonErrors.Invalid($"Found \"{text}\"; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, StatisticMetric value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default StatisticMetric: it names no metric.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
