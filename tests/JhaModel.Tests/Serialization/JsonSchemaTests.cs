using System.Text.Json.Nodes;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Serialization;

/// <summary>The committed schemas under docs/schema are the ones the code exports.</summary>
public sealed class JsonSchemaTests
{
    [Fact]
    public void The_country_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/country.schema.json", Render(JhaModelJson.GetJsonSchema<Country>()));
    }

    [Fact]
    public void The_organisation_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/organisation.schema.json", Render(JhaModelJson.GetJsonSchema<Organisation>()));
    }

    [Fact]
    public void The_agreement_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/agreement.schema.json", Render(JhaModelJson.GetJsonSchema<JhaModel.Agreements.Agreement>()));
    }

    [Fact]
    public void The_exchange_document_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/exchange-document.schema.json", Render(JhaModelJson.GetJsonSchema<JhaModel.Exchange.ExchangeDocument>()));
    }

    [Fact]
    public void The_ndjson_record_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/ndjson-record.schema.json", Render(JhaModel.Exchange.JhaExchange.GetNdjsonRecordSchema()));
    }

    [Fact]
    public void The_country_schema_requires_the_required_members_and_enumerates_the_codes()
    {
        var schema = JhaModelJson.GetJsonSchema<Country>().AsObject();

        Assert.Equal(["code", "shortName"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        var codes = schema["properties"]!["code"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(250, codes.Count);
        Assert.Contains("XK", codes);
        Assert.DoesNotContain("CS", codes);
    }

    private static string Render(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
