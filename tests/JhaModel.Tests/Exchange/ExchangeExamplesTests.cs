using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JhaModel.Agreements;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Statistics;
using JhaModel.Tests.Support;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// docs/examples holds a valid document built from the reference dataset and one invalid document per class of
/// problem, each with its expected codes; an independent validator (ajv, from npm) agrees with JhaModel on each,
/// except where the schema cannot express the rule (listed, and checked to really disagree).
/// </summary>
public sealed class ExchangeExamplesTests
{
    private const string Examples = "docs/examples";

    private static readonly Instant Generated = Instant.FromUtc(2026, 11, 30, 12, 0);

    /// <summary>Each invalid example: its file name, how it breaks the base document, the codes expected, and whether the JSON Schema can see it.</summary>
    private static readonly (string Name, Action<JsonObject> Break, string[] Codes, bool SchemaSees)[] Invalid =
    [
        ("01-syntax-trailing-comma", _ => { }, [JhaErrorCodes.JsonSyntaxInvalid], true),
        ("02-type-number-for-string", d => d["producer"] = JsonValue.Create(42), [JhaErrorCodes.JsonTypeMismatch], true),
        ("03-type-bad-instant", d => d["generatedAt"] = JsonValue.Create("yesterday"), [JhaErrorCodes.JsonTypeMismatch], true),
        ("04-type-enum-as-number", d => d["agreements"]![0]!["form"] = JsonValue.Create(1), [JhaErrorCodes.JsonTypeMismatch], true),
        ("05-type-non-canonical-country-code", d => d["countries"]![0]!["code"] = JsonValue.Create("mkd"), [JhaErrorCodes.JsonTypeMismatch], true),
        ("06-type-withdrawn-country-code", d => d["agreements"]![0]!["parties"]![1] = JsonValue.Create("CS"), [JhaErrorCodes.JsonTypeMismatch], true),
        ("07-type-impossible-date", d => d["asOf"] = JsonValue.Create("2021-02-29"), [JhaErrorCodes.JsonTypeMismatch], true),
        ("08-type-impossible-event-date", d => d["agreements"]![0]!["events"]![0]!["date"] = JsonValue.Create("2005-02-30"), [JhaErrorCodes.JsonTypeMismatch], false),
        ("09-unknown-member", d => d["agreements"]![0]!["ratifiedBy"] = JsonValue.Create("parliament"), [JhaErrorCodes.UnknownMember], true),
        ("10-duplicate-key", _ => { }, [JhaErrorCodes.DuplicateKey], false),
        ("11-missing-required-member", d => d.Remove("producer"), [JhaErrorCodes.RequiredMemberMissing], true),
        ("12-null-member", d => d["agreements"]![0]!["title"] = null, [JhaErrorCodes.NullNotAllowed], true),
        ("13-null-in-list", d => d["agreements"]![0]!["parties"]!.AsArray().Add(null), [JhaErrorCodes.NullNotAllowed], true),
        ("14-unsupported-format-version", d => d["formatVersion"] = JsonValue.Create("2.0"), [JhaErrorCodes.FormatVersionUnsupported], true),
        ("15-limit-nesting-depth", d => d["agreements"]![0]!["nested"] = JsonNode.Parse(new string('[', 70) + new string(']', 70), documentOptions: new JsonDocumentOptions { MaxDepth = 100 }), [JhaErrorCodes.LimitExceeded], true),
        ("16-rule-bilateral-three-parties", d => d["agreements"]![0]!["parties"]!.AsArray().Add(JsonValue.Create("RS")), [JhaErrorCodes.BilateralPartyCount], false),
        ("17-rule-signature-after-consent", d => d["agreements"]![1]!["partyEvents"]![0]!["date"] = JsonValue.Create("2003-01-01"), [JhaErrorCodes.PartyEventsOutOfOrder], false),
        ("18-rule-entry-into-force-not-as-computed", d => d["agreements"]![1]!["partyEvents"]![5]!["date"] = JsonValue.Create("2006-08-01"), [JhaErrorCodes.EntryIntoForceRuleMismatch], false),
        ("19-rule-blank-producer", d => d["producer"] = JsonValue.Create(" "), [JhaErrorCodes.ProducerMissing], false),
        ("20-rule-negative-count", d => d["statistics"]![0]!["value"] = JsonValue.Create(-107), [JhaErrorCodes.ValueNegative], false),
        ("21-document-duplicate-identifier", d => d["agreements"]!.AsArray().Add(d["agreements"]![0]!.DeepClone()), [JhaErrorCodes.IdentifierDuplicate], false),
        ("22-document-unresolved-reference", d => d["agreements"]![0]!["predecessor"] = JsonValue.Create("eu-al-readmission-1999"), [JhaErrorCodes.ReferenceUnresolved], false),
        ("23-document-unresolved-organisation", d => d["statistics"]![0]!["reportingBody"] = JsonValue.Create("interpol"), [JhaErrorCodes.ReferenceUnresolved], false),
    ];

    public static TheoryData<string> InvalidNames() => [.. Invalid.Select(i => i.Name)];

    /// <summary>A small, valid document: two organisations, two countries, three agreements, one EMPACT cycle, two statistics and a ranking.</summary>
    private static ExchangeDocument Base => new()
    {
        FormatVersion = ExchangeDocument.CurrentFormatVersion,
        Producer = "JhaModel documentation example",
        GeneratedAt = Generated,
        AsOf = new LocalDate(2026, 11, 30),
        Organisations = [OrganisationRegistry.Get(OrganisationId.EuropeanUnion), OrganisationRegistry.Get(OrganisationId.Eurojust)],
        Countries = [JhaModel.Countries.CountryRegistry.Get(JhaModel.Countries.CountryCode.NorthMacedonia), JhaModel.Countries.CountryRegistry.Get(JhaModel.Countries.CountryCode.Kosovo)],
        Agreements = [AgreementRegistry.Get("eu-al-readmission"), AgreementRegistry.Get("coe-cets-185"), AgreementRegistry.Get("coe-cets-189")],
        PolicyCycles = [JhaModel.Empact.EmpactRegistry.GetCycle(JhaModel.Empact.PolicyCycleId.Parse("2022-2025"))],
        Statistics = [CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019), CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020)],
        Rankings = [.. CaseStatisticRegistry.All.Rankings.Take(1)],
    };

    [Fact]
    public void The_valid_example_is_the_reference_dataset()
    {
        Golden.AssertMatches($"{Examples}/exchange-document.json", Encoding.UTF8.GetString(JhaExchange.Write(JhaExchange.ReferenceDataset(Generated), indented: true)) + "\n");
    }

    [Fact]
    public void The_valid_examples_read_without_problems()
    {
        var document = JhaExchange.Read(File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, Examples, "exchange-document.json")));
        Assert.Empty(document.Problems);
        Assert.Equal(JhaExchange.ReferenceDataset(Generated), document.Value);
        Assert.Empty(JhaExchange.Read(JhaExchange.Write(Base)).Problems);

        using var records = File.OpenRead(Path.Combine(Golden.RepositoryRoot, Examples, "records.ndjson"));
        Assert.All(JhaExchange.ReadNdjson(records, null), r => Assert.Empty(r.Problems));
    }

    [Fact]
    public void The_ndjson_example_is_the_base_documents_records()
    {
        using var stream = new MemoryStream();
        var document = Base;
        JhaExchange.WriteNdjson(stream, [.. document.Organisations, .. document.Countries, .. document.Agreements, .. document.PolicyCycles, .. document.Statistics, .. document.Rankings]);
        Golden.AssertMatches($"{Examples}/records.ndjson", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void The_invalid_examples_are_committed_with_their_expected_codes()
    {
        var index = new StringBuilder("# Invalid exchange documents\n\nOne document per class of problem, each read by `ExchangeExamplesTests` (which checks the codes) and by ajv against\n`docs/schema/exchange-document.schema.json`. \"Schema sees it\" says whether a JSON Schema validator can detect the problem;\nwhere it cannot, JhaModel and ajv are expected to disagree.\n\n| File | Expected codes | Schema sees it |\n|---|---|---|\n");
        var failures = new List<string>();
        foreach (var (name, _, codes, schemaSees) in Invalid)
        {
            try
            {
                Golden.AssertMatches($"{Examples}/invalid/{name}.json", Build(name));
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }

            index.Append(System.Globalization.CultureInfo.InvariantCulture, $"| [{name}.json]({name}.json) | {string.Join(", ", codes.Select(c => $"`{c}`"))} | {(schemaSees ? "yes" : "no")} |\n");
        }

        Golden.AssertMatches($"{Examples}/invalid/README.md", index.ToString());
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Each_invalid_example_reports_exactly_its_codes(string name)
    {
        var expected = Invalid.Single(i => i.Name == name).Codes;
        var result = JhaExchange.Read(File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, Examples, "invalid", name + ".json")));

        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Problems.Select(p => p.Code).Distinct());
    }

    [Fact]
    public void An_independent_validator_agrees_except_where_the_schema_cannot_see_the_problem()
    {
        string root = Golden.RepositoryRoot;
        var documents = new List<string> { Path.Combine(root, Examples, "exchange-document.json") };
        documents.AddRange(Invalid.Select(i => Path.Combine(root, Examples, "invalid", i.Name + ".json")));
        var verdicts = Ajv(Path.Combine(root, "docs/schema/exchange-document.schema.json"), documents);
        verdicts = verdicts.Concat(Ajv(Path.Combine(root, "docs/schema/ndjson-record.schema.json"), [Path.Combine(root, Examples, "records.ndjson")])).ToDictionary();

        Assert.True(verdicts[documents[0]], "ajv rejects the valid example");
        Assert.True(verdicts[Path.Combine(root, Examples, "records.ndjson")], "ajv rejects the NDJSON example");
        foreach (var (name, _, _, schemaSees) in Invalid)
        {
            bool ajvValid = verdicts[Path.Combine(root, Examples, "invalid", name + ".json")];
            Assert.True(ajvValid == !schemaSees, schemaSees
                ? $"{name}: JhaModel rejects it and the schema should too, but ajv accepts it"
                : $"{name}: listed as invisible to the schema, but ajv rejects it — move it out of the list of expected disagreements");
        }
    }

    private static string Build(string name)
    {
        var json = JsonNode.Parse(JhaExchange.Write(Base))!.AsObject();
        Invalid.Single(i => i.Name == name).Break(json);
        string text = json.ToJsonString(new JsonSerializerOptions { MaxDepth = 200, WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n", TypeInfoResolver = JhaModel.Serialization.JhaModelJson.Resolver }) + "\n";
        return name switch
        {
            "01-syntax-trailing-comma" => text.Replace("\"formatVersion\": \"1.0\",", "\"formatVersion\": \"1.0\",,", StringComparison.Ordinal),
            "10-duplicate-key" => text.Replace("\"producer\":", "\"producer\": \"A second producer\",\n  \"producer\":", StringComparison.Ordinal),
            _ => text,
        };
    }

    private static Dictionary<string, bool> Ajv(string schema, IReadOnlyList<string> files)
    {
        string script = Path.Combine(Golden.RepositoryRoot, "tests/schema-crosscheck/check.mjs");
        Assert.True(Directory.Exists(Path.Combine(Golden.RepositoryRoot, "tests/schema-crosscheck/node_modules/ajv")),
            "ajv is not installed: run `npm ci --prefix tests/schema-crosscheck` (./test.sh does)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { script, schema }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {errors}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("valid").GetBoolean());
    }
}
