using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Cli;

/// <summary>The JSON Schemas <c>jha schema</c> writes, rendered exactly as the committed files in docs/schema/.</summary>
internal static class Schemas
{
    public static IEnumerable<(string FileName, string Text)> All()
    {
        yield return ("exchange-document.schema.json", Render(JhaModelJson.GetJsonSchema<ExchangeDocument>()));
        yield return ("ndjson-record.schema.json", Render(JhaExchange.GetNdjsonRecordSchema()));
        yield return ("organisation.schema.json", Render(JhaModelJson.GetJsonSchema<Organisation>()));
        yield return ("country.schema.json", Render(JhaModelJson.GetJsonSchema<Country>()));
        yield return ("agreement.schema.json", Render(JhaModelJson.GetJsonSchema<Agreement>()));
        yield return ("policy-cycle.schema.json", Render(JhaModelJson.GetJsonSchema<PolicyCycle>()));
        yield return ("operational-action-plan.schema.json", Render(JhaModelJson.GetJsonSchema<OperationalActionPlan>()));
        yield return ("case-statistic.schema.json", Render(JhaModelJson.GetJsonSchema<CaseStatistic>()));
        yield return ("case-statistic-set.schema.json", Render(JhaModelJson.GetJsonSchema<CaseStatisticSet>()));
    }

    private static string Render(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
