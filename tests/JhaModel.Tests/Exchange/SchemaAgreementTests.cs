using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using JhaModel.Exchange;
using JhaModel.Testing;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// One contract, two checkers: for generated valid documents changed in one way of a generated kind, the reader's
/// verdict and each schema validator's verdict agree, except for the kinds of change listed as what a JSON Schema
/// cannot say — and for those they really disagree. The list in conformance/schema-cannot-decide.md is written from
/// <see cref="Mutations"/>, not by hand.
/// </summary>
public sealed class SchemaAgreementTests
{
    /// <summary>A kind of change: its name, whether a schema can see it, and the change (false when the document has nothing to change).</summary>
    private static readonly (string Name, bool SchemaSees, Func<JsonObject, Random, bool> Change)[] Mutations =
    [
        ("an instant with a UTC offset (+01:00) instead of Z", true, (d, r) => Set(d, "generatedAt", $"2026-12-0{r.Next(1, 9)}T0{r.Next(0, 9)}:00:00.{r.Next(1, 999999):D6}+01:00")),
        ("an instant without an offset", true, (d, r) => Set(d, "generatedAt", "2026-12-03T08:00:00")),
        ("an instant with a space instead of T", true, (d, r) => Set(d, "generatedAt", "2026-12-03 08:00:00Z")),
        ("a whole number written with a zero fraction (42.0)", true, (d, r) => Each(d, "statistics", s => s["value"] = decimal.Parse(s["value"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture) + 0.0m)),
        ("a whole number written with a fraction (42.5)", true, (d, r) => Each(d, "statistics", s => s["value"] = 42.5m)),
        ("a whole number written as a string", true, (d, r) => Each(d, "statistics", s => s["value"] = s["value"]!.ToString())),
        ("a member that 1.0 does not define, in a 1.0 document", true, (d, r) => Set(d, "extension" + r.Next(100), "x")),
        ("a member that 1.0 does not define, in a 1.1 document", true, (d, r) => Set(d, "formatVersion", "1.1") && Set(d, "extension", 1)),
        ("a member that 1.0 does not define, inside a record of a 1.2 document", true, (d, r) => Set(d, "formatVersion", "1.2") && Each(d, "agreements", a => a["ratifiedBy"] = "parliament")),
        ("a format version 2.0", true, (d, r) => Set(d, "formatVersion", "2.0")),
        ("a required member removed", true, (d, r) => d.Remove("producer")),
        ("a member set to null", true, (d, r) => Set(d, "generatedAt", null)),
        ("a number for a string", true, (d, r) => Set(d, "producer", 42)),
        ("a closed value in upper case", true, (d, r) => Each(d, "agreements", a => a["form"] = a["form"]!.ToString().ToUpperInvariant())),
        ("a country code in lower case", true, (d, r) => Each(d, "countries", c => c["code"] = c["code"]!.ToString().ToLowerInvariant())),
        ("a date that is not in the calendar (2021-02-29)", true, (d, r) => Set(d, "asOf", "2021-02-29")),
        ("an event date that is not in the calendar (2005-02-30)", false, (d, r) => EachNested(d, "agreements", "events", e => e["date"] = "2005-02-30")),
        ("a blank producer", false, (d, r) => Set(d, "producer", " ")),
        ("a party that resolves to no organisation", false, (d, r) => Each(d, "agreements", a => a["parties"]!.AsArray().Add(JsonValue.Create("interpol-x")))),
        ("an identifier used twice", false, (d, r) => Each(d, "agreements", a => d["agreements"]!.AsArray().Add(a.DeepClone()))),
        ("a duplicate key", false, (d, r) => true),
    ];

    [Fact]
    public void The_reader_and_both_schema_validators_agree_on_one_change_of_a_generated_kind_unless_it_is_listed()
    {
        int seed = Random.Shared.Next();
        var random = new Random(seed);
        string folder = Path.Combine(Path.GetTempPath(), $"jha-schema-agreement-{seed}");
        Directory.CreateDirectory(folder);
        var documents = JhaGenerators.ExchangeDocument.Sample(8, new FsCheck.Rnd((ulong)seed), 12);
        var cases = new List<(string File, string Mutation, bool SchemaSees, bool ReaderValid)>();
        int n = 0;
        foreach (var document in documents)
        {
            foreach (var (name, schemaSees, change) in Mutations)
            {
                var json = JsonNode.Parse(JhaExchange.Write(document))!.AsObject();
                if (!change(json, random))
                {
                    continue;
                }

                string text = json.ToJsonString();
                if (name == "a duplicate key")
                {
                    text = text.Replace("\"producer\":", "\"producer\":\"first\",\"producer\":", StringComparison.Ordinal);
                }

                string file = Path.Combine(folder, $"case-{n++:D4}.json");
                File.WriteAllText(file, text);
                bool readerValid = JhaExchange.Read(Encoding.UTF8.GetBytes(text)).IsSuccess;
                cases.Add((file, name, schemaSees, readerValid));
            }
        }

        var failures = new List<string>();
        string schema = Path.Combine(Golden.RepositoryRoot, "docs/schema/exchange-document.schema.json");
        foreach (string checker in SchemaCheckers.Names)
        {
            var verdicts = SchemaCheckers.Check(checker, schema, [.. cases.Select(c => c.File)]);
            foreach (var c in cases)
            {
                bool schemaValid = verdicts[c.File];
                if (c.SchemaSees ? schemaValid != c.ReaderValid : !(schemaValid && !c.ReaderValid))
                {
                    failures.Add($"{Path.GetFileName(c.File)} ({c.Mutation}): the reader says {(c.ReaderValid ? "valid" : "invalid")}, {checker} says {(schemaValid ? "valid" : "invalid")}{(c.SchemaSees ? string.Empty : " (listed as what a schema cannot see, so they must disagree)")}");
                }
            }
        }

        Assert.True(cases.Select(c => c.Mutation).Distinct().Count() == Mutations.Length, "Some kinds of change were never applied: the generated documents hold nothing to change.");
        Assert.True(failures.Count == 0, $"Seed {seed}, files in {folder}; {failures.Count} disagreements:\n{string.Join("\n", failures.Take(30))}");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_list_of_what_a_schema_cannot_decide_is_written_from_the_tests()
    {
        var text = new StringBuilder("# What a JSON Schema cannot decide\n\nWritten by `SchemaAgreementTests` and `ConformanceTests` from their cases; do not edit. On every other\nchange and case, the .NET reader, ajv and Python's jsonschema give the same verdict.\n\n## Kinds of change (the property test)\n\n");
        foreach (var (name, _, _) in Mutations.Where(m => !m.SchemaSees))
        {
            text.Append("- ").Append(name).Append('\n');
        }

        text.Append("\n## Conformance cases\n\n| Case | Codes |\n|---|---|\n");
        foreach (var c in ConformanceTests.Manifest().Where(c => !c.SchemaDecides))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| [{c.Name}]({c.Input}) | {string.Join(", ", c.Problems.Select(p => $"`{p.Code}`").Distinct())} |\n");
        }

        Golden.AssertMatches("conformance/schema-cannot-decide.md", text.ToString());
    }

    private static bool Set(JsonObject d, string member, JsonNode? value)
    {
        d[member] = value;
        return true;
    }

    private static bool Each(JsonObject d, string collection, Action<JsonObject> change)
    {
        if (d[collection] is not JsonArray { Count: > 0 } items)
        {
            return false;
        }

        change(items[0]!.AsObject());
        return true;
    }

    private static bool EachNested(JsonObject d, string collection, string inner, Action<JsonObject> change) =>
        d[collection] is JsonArray items && items.Select(i => i![inner]).OfType<JsonArray>().FirstOrDefault(a => a.Count > 0) is { } found && Apply(found, change);

    private static bool Apply(JsonArray items, Action<JsonObject> change)
    {
        change(items[0]!.AsObject());
        return true;
    }
}
