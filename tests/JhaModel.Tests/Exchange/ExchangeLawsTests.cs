using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Exchange;
using JhaModel.Validation;

namespace JhaModel.Tests.Exchange;

public sealed class ExchangeLawsTests
{
    [Property(MaxTest = 300)]
    public bool Any_generated_document_reads_back_equal_without_problems(ExchangeDocument document)
    {
        var result = JhaExchange.Read(JhaExchange.Write(document));
        return result.Problems.Count == 0 && result.Value == document;
    }

    [Property(MaxTest = 300)]
    public bool Equal_documents_write_identical_bytes(ExchangeDocument document) =>
        JhaExchange.Write(document).AsSpan().SequenceEqual(JhaExchange.Write(JhaExchange.Read(JhaExchange.Write(document)).Value!))
        && JhaExchange.Write(document, indented: true).AsSpan().SequenceEqual(JhaExchange.Write(document with { }, indented: true));

    [Property(MaxTest = 300)]
    public Property Any_truncation_is_a_syntax_problem_and_never_an_exception(ExchangeDocument document)
    {
        byte[] bytes = JhaExchange.Write(document);
        return Prop.ForAll(Gen.Choose(0, bytes.Length - 1).ToArbitrary(), length =>
        {
            var result = JhaExchange.Read(bytes.AsSpan(0, length));
            return !result.IsSuccess && result.Problems.Single().Code == JhaErrorCodes.JsonSyntaxInvalid;
        });
    }

    [Property(MaxTest = 300)]
    public bool Every_problem_path_exists_in_a_mutated_document(ExchangeDocument document, int seed)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(JhaExchange.Write(document))!.AsObject();
        var random = new Random(seed);
        string[] collections = ["organisations", "countries", "agreements", "policyCycles", "actionPlans", "statistics"];
        foreach (string collection in collections)
        {
            if (json[collection] is System.Text.Json.Nodes.JsonArray { Count: > 0 } items)
            {
                var item = items[random.Next(items.Count)]!.AsObject();
                switch (random.Next(4))
                {
                    case 0 when item.Count > 0: item.Remove(item.First().Key); break;
                    case 1: item["unexpected"] = System.Text.Json.Nodes.JsonValue.Create(1); break;
                    case 2 when item.Count > 0: item[item.Last().Key] = System.Text.Json.Nodes.JsonValue.Create(true); break;
                    default: items.Add(null); break;
                }
            }
        }

        string text = json.ToJsonString();
        var result = JhaExchange.Read(text);
        using var parsed = JsonDocument.Parse(text);
        return result.Problems.All(p => ExchangeReadTests.Resolves(parsed.RootElement, p.Path));
    }
}
