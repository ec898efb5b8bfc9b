using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using JhaModel.Exchange;
using JhaModel.Testing;
using JhaModel.Tests.Support;
using JhaModel.Validation;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The language-neutral conformance suite in conformance/: input files with their expected results (valid, or the
/// problem codes with their JSON paths), covering every error code and every decision on what the schema and the
/// reader accept. The .NET reader must give exactly the expected results, and ajv and Python's jsonschema must agree
/// with them on every case a schema can decide, and accept every case it cannot (so the list is exact).
/// <c>JHA_UPDATE_GOLDEN=1</c> regenerates the cases from the code.
/// </summary>
public sealed class ConformanceTests
{
    private const string Folder = "conformance";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Root => Path.Combine(Golden.RepositoryRoot, Folder);

    [Fact]
    public void The_suite_covers_every_error_code_and_the_dotnet_reader_gives_each_expected_result()
    {
        if (Environment.GetEnvironmentVariable("JHA_UPDATE_GOLDEN") == "1")
        {
            Regenerate();
        }

        var cases = Manifest();
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var (valid, problems) = ReadWithDotnet(Path.Combine(Root, c.Input), c.Format);
            string expected = Describe(c.Valid, c.Problems);
            string actual = Describe(valid, problems);
            if (expected != actual)
            {
                failures.Add($"{c.Name}: expected {expected}, the reader gives {actual}");
            }
        }

        var covered = cases.SelectMany(c => c.Problems.Select(p => p.Code)).ToHashSet(StringComparer.Ordinal);
        // Every code of the reading stages and the document checks, and every rule code whose breaking generator gives a
        // record that has a wire form of its own (an NDJSON kind or a document).
        string[] missing = [.. JhaErrorCodes.Catalogue.Select(i => i.Code)
            .Where(code => code.StartsWith("JHA-DOC-", StringComparison.Ordinal) || (Invalid.ErrorCodes.Contains(code) && NdjsonKinds.Find(Invalid.TargetOf(code)) is not null && BreakingCase(code) is not null))
            .Where(code => !covered.Contains(code))];
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(missing.Length == 0, $"No conformance case reports {string.Join(", ", missing)}; add one (regenerate with JHA_UPDATE_GOLDEN=1).");
        Assert.True(cases.Count >= 80, $"The suite has {cases.Count} cases; expected at least 80.");
    }

    private const string DefaultHasNoWireForm = "a required value left out or at its default has no wire form: the reader reports the missing member (JHA-DOC-005), its null (JHA-DOC-006) or its empty value (JHA-DOC-002) before any rule runs";

    private const string UndefinedHasNoWireForm = "an enum value outside the defined ones has no wire form: the reader reports the string that names none (JHA-DOC-002) before any rule runs";

    /// <summary>
    /// The codes that reading an exchange document or an NDJSON stream cannot give, each with the reason; every other code
    /// of the catalogue has a case. For each of them with a breaking generator, no breaking value written to the wire
    /// (as a record of its own or inside the base document) is read back with that code.
    /// </summary>
    private static readonly Dictionary<string, string> NotFromExchangeInput = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [JhaErrorCodes.DatasetHoldsActionPlans] = "reported when a dataset or a layer is loaded (JhaDataset), which is not an exchange input",
        [JhaErrorCodes.NullElement] = "a null list element is reported by the reader (JHA-DOC-006) before any rule runs",
    }
        .Concat(new[]
        {
            JhaErrorCodes.AgreementIdMissing, JhaErrorCodes.AgreementKindMissing, JhaErrorCodes.AgreementPartyMissing, JhaErrorCodes.CountryCodeMissing,
            JhaErrorCodes.FootnoteIssuerMissing, JhaErrorCodes.CycleIdMissing, JhaErrorCodes.ThreatAssessmentMissing, JhaErrorCodes.PriorityKeyMissing,
            JhaErrorCodes.ResultMetricMissing, JhaErrorCodes.QuantityMissing, JhaErrorCodes.QuantityUnitMissing, JhaErrorCodes.PeriodMissing,
            JhaErrorCodes.ActionCodeMissing, JhaErrorCodes.ActionPartyMissing, JhaErrorCodes.OrganisationIdMissing, JhaErrorCodes.SourceMissing,
            JhaErrorCodes.EventDateMissing, JhaErrorCodes.StatisticIdMissing, JhaErrorCodes.MetricMissing, JhaErrorCodes.ReportingBodyMissing,
            JhaErrorCodes.ScopeMissing, JhaErrorCodes.StatisticPeriodMissing,
        }.Select(code => KeyValuePair.Create(code, DefaultHasNoWireForm)))
        .Concat(new[]
        {
            JhaErrorCodes.AgreementValueUndefined, JhaErrorCodes.OrganisationKindUndefined, JhaErrorCodes.QuantityBoundUndefined,
            JhaErrorCodes.ActionStatusUndefined, JhaErrorCodes.EuEventKindUndefined, JhaErrorCodes.ConfidenceUndefined,
        }.Select(code => KeyValuePair.Create(code, UndefinedHasNoWireForm)))
        .ToDictionary(StringComparer.Ordinal);

    [Fact]
    public void Every_code_of_the_catalogue_has_a_case_except_those_no_exchange_input_gives()
    {
        var covered = Manifest().SelectMany(c => c.Problems.Select(p => p.Code)).ToHashSet(StringComparer.Ordinal);
        var catalogue = JhaErrorCodes.Catalogue.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        string[] missing = [.. catalogue.Where(code => !NotFromExchangeInput.ContainsKey(code) && !covered.Contains(code)).Order(StringComparer.Ordinal)];
        string[] stale = [.. NotFromExchangeInput.Keys.Where(code => !catalogue.Contains(code) || covered.Contains(code))];
        string[] reachable = [.. NotFromExchangeInput.Keys.Where(code => Invalid.ErrorCodes.Contains(code) && BreakingCase(code) is not null)];

        Assert.True(missing.Length == 0, $"{missing.Length} of {catalogue.Count} codes have no conformance case: {string.Join(", ", missing.Select(code => $"{code} ({(Invalid.ErrorCodes.Contains(code) ? Invalid.TargetOf(code).Name : "no breaking generator")})"))}; add one (regenerate with JHA_UPDATE_GOLDEN=1).");
        Assert.True(stale.Length == 0, $"Listed as given by no exchange input, yet not in the catalogue or reported by a case: {string.Join(", ", stale)}.");
        Assert.True(reachable.Length == 0, $"Listed as given by no exchange input, yet a breaking value written to the wire is read back with it: {string.Join(", ", reachable)}; regenerate the cases (JHA_UPDATE_GOLDEN=1) and take it off the list.");
    }

    [Theory]
    [InlineData("ajv")]
    [InlineData("python-jsonschema")]
    public void Each_schema_validator_agrees_on_every_case_a_schema_can_decide(string checker)
    {
        var cases = Manifest();
        var failures = new List<string>();
        foreach (var format in new[] { "document", "ndjson" })
        {
            var ofFormat = cases.Where(c => c.Format == format).ToList();
            string schema = Path.Combine(Golden.RepositoryRoot, "docs/schema", format == "document" ? "exchange-document.schema.json" : "ndjson-record.schema.json");
            var verdicts = SchemaCheckers.Check(checker, schema, [.. ofFormat.Select(c => Path.Combine(Root, c.Input))]);
            foreach (var c in ofFormat)
            {
                bool schemaValid = verdicts[Path.Combine(Root, c.Input)];
                bool expected = c.SchemaDecides ? c.Valid : true;
                if (schemaValid != expected)
                {
                    failures.Add(c.SchemaDecides
                        ? $"{c.Name}: expected {(c.Valid ? "valid" : "invalid")}, {checker} says {(schemaValid ? "valid" : "invalid")}"
                        : $"{c.Name}: listed as one a schema cannot decide, but {checker} rejects it");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases:\n{string.Join("\n", failures)}");
    }

    internal sealed record Expected(string Code, string Path, string Severity, long? Line);

    internal sealed record Case(string Name, string Input, string Format, bool Valid, IReadOnlyList<Expected> Problems, bool SchemaDecides, string About);

    internal static IReadOnlyList<Case> Manifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("cases").EnumerateArray().Select(c => new Case(
            c.GetProperty("name").GetString()!,
            c.GetProperty("input").GetString()!,
            c.GetProperty("format").GetString()!,
            c.GetProperty("valid").GetBoolean(),
            [.. c.GetProperty("problems").EnumerateArray().Select(p => new Expected(
                p.GetProperty("code").GetString()!,
                p.GetProperty("path").GetString()!,
                p.GetProperty("severity").GetString()!,
                p.TryGetProperty("line", out var line) ? line.GetInt64() : null))],
            c.GetProperty("schema").GetString() == "decides",
            c.GetProperty("about").GetString()!))];
    }

    private static string Describe(bool valid, IEnumerable<Expected> problems) =>
        $"{(valid ? "valid" : "invalid")} [{string.Join("; ", problems.Select(p => $"{(p.Line is { } l ? $"line {l} " : string.Empty)}{p.Code} {p.Path} {p.Severity}"))}]";

    private static (bool Valid, IReadOnlyList<Expected> Problems) ReadWithDotnet(string file, string format)
    {
        byte[] bytes = File.ReadAllBytes(file);
        if (format == "document")
        {
            var result = JhaExchange.Read(bytes);
            return (result.Problems.All(p => p.Severity != ProblemSeverity.Error), [.. result.Problems.Select(p => new Expected(p.Code, p.Path, Severity(p), null))]);
        }

        using var stream = new MemoryStream(bytes);
        var records = JhaExchange.ReadNdjson(stream, null).ToList();
        var problems = records.SelectMany(r => r.Problems.Select(p => new Expected(p.Code, p.Path, Severity(p), r.LineNumber))).ToList();
        return (problems.All(p => p.Severity == "warning"), problems);
    }

    private static string Severity(ExchangeProblem problem) => problem.Severity == ProblemSeverity.Warning ? "warning" : "error";

    /// <summary>Writes every case and the manifest from the code: the handwritten decisions, the documentation's invalid examples and one case per error code from its breaking generator.</summary>
    private static void Regenerate()
    {
        var entries = new List<(string Name, string Format, byte[] Bytes, bool SchemaDecides, string About)>();
        entries.AddRange(ContractCases.All.Select(c => (c.Name, c.Format, c.Bytes, c.SchemaDecides, c.About)));

        string examples = Path.Combine(Golden.RepositoryRoot, "docs/examples/invalid");
        var sees = File.ReadAllLines(Path.Combine(examples, "README.md"))
            .Where(l => l.StartsWith("| [", StringComparison.Ordinal))
            .Select(l => l.Split('|'))
            .ToDictionary(f => f[1].Trim()[1..f[1].Trim().IndexOf(']', StringComparison.Ordinal)], f => f[3].Trim() == "yes", StringComparer.Ordinal);
        foreach (var (file, schemaSees) in sees.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            entries.Add(($"example-{Path.GetFileNameWithoutExtension(file)}", "document", File.ReadAllBytes(Path.Combine(examples, file)), schemaSees, $"docs/examples/invalid/{file}"));
        }

        var reached = entries.SelectMany(e => ReadWithDotnet(Save(e.Name, e.Format, e.Bytes), e.Format).Problems.Select(p => p.Code)).ToHashSet(StringComparer.Ordinal);
        foreach (string code in Invalid.ErrorCodes.Where(c => !reached.Contains(c)))
        {
            if (BreakingCase(code) is { } breaking)
            {
                entries.Add(($"rule-{code.ToLowerInvariant()}", breaking.Format, breaking.Bytes, false, $"{code}: {JhaErrorCodes.Catalogue.Single(i => i.Code == code).Description}"));
            }
        }

        foreach (string stale in Directory.Exists(Path.Combine(Root, "cases")) ? Directory.GetFiles(Path.Combine(Root, "cases")) : [])
        {
            File.Delete(stale);
        }

        var manifest = new JsonArray();
        foreach (var (name, format, bytes, schemaDecides, about) in entries)
        {
            string input = Save(name, format, bytes);
            var (valid, problems) = ReadWithDotnet(input, format);
            manifest.Add(new JsonObject
            {
                ["name"] = name,
                ["input"] = Path.GetRelativePath(Root, input).Replace('\\', '/'),
                ["format"] = format,
                ["valid"] = valid,
                ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode)new JsonObject
                {
                    ["code"] = p.Code,
                    ["path"] = p.Path,
                    ["severity"] = p.Severity,
                    ["line"] = p.Line is { } l ? JsonValue.Create(l) : null,
                })]),
                ["schema"] = schemaDecides || valid ? "decides" : "cannot-decide",
                ["about"] = about,
            });
        }

        foreach (var node in manifest.SelectMany(c => c!["problems"]!.AsArray()))
        {
            if (node!["line"] is null)
            {
                node.AsObject().Remove("line");
            }
        }

        File.WriteAllText(Path.Combine(Root, "manifest.json"), new JsonObject { ["cases"] = manifest }.ToJsonString(Written) + "\n");
    }

    private static string Save(string name, string format, byte[] bytes)
    {
        string path = Path.Combine(Root, "cases", name + (format == "ndjson" ? ".ndjson" : ".json"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A record that breaks exactly the rule of <paramref name="code"/>, written as a document or an NDJSON line, from its breaking generator with a fixed seed.</summary>
    private static (string Format, byte[] Bytes)? BreakingCase(string code)
    {
        var target = Invalid.TargetOf(code);
        var samples = Invalid.For(code).Sample(10, new FsCheck.Rnd(20261203UL), 30);
        (string Format, byte[] Bytes)? reporting = null;
        foreach (var value in samples)
        {
            (string Format, byte[] Bytes)? written;
            try
            {
                written = value is ExchangeDocument document ? ("document", JhaExchange.Write(document, indented: true))
                    : NdjsonKinds.Find(target) is not null ? ("ndjson", Ndjson(value))
                    : Embedded(value) is { } embedded ? ("document", embedded)
                    : null;
            }
            catch (JsonException)
            {
                continue;
            }

            if (written is { } w)
            {
                string probe = Path.Combine(Path.GetTempPath(), $"jha-conformance-{Guid.NewGuid():N}.{(w.Format == "ndjson" ? "ndjson" : "json")}");
                File.WriteAllBytes(probe, w.Bytes);
                var problems = ReadWithDotnet(probe, w.Format).Problems;
                File.Delete(probe);
                if (problems.All(p => p.Code == code) && problems.Count > 0)
                {
                    return w;
                }

                if (problems.Any(p => p.Code == code))
                {
                    reporting ??= w;
                }
            }
        }

        // A value whose only problems are its code's, else the first that reports its code among others.
        return reporting;
    }

    /// <summary>
    /// The valid base document with <paramref name="value"/>, a record without a wire form of its own, in the first
    /// place its type is used (the first element of a list replaced, or an absent member set; a record that must hold it
    /// and is absent is made by <see cref="JhaGenerators"/>); a case statistic set becomes the document's statistics and
    /// rankings. Null when the document has no place for it.
    /// </summary>
    private static byte[]? Embedded(object value)
    {
        var document = ContractCases.Base();
        var element = JsonSerializer.SerializeToNode(value, value.GetType(), JhaModel.Serialization.JhaModelJson.Options)!.AsObject();
        if (value is JhaModel.Statistics.CaseStatisticSet)
        {
            document["statistics"] = element["statistics"]?.DeepClone() ?? new JsonArray();
            document["rankings"] = element["rankings"]?.DeepClone() ?? new JsonArray();
            return ContractCases.Indented(document);
        }

        return Embed(document, typeof(ExchangeDocument), value.GetType(), element, 0) ? ContractCases.Indented(document) : null;
    }

    private static bool Embed(JsonObject node, Type nodeType, Type target, JsonNode element, int depth)
    {
        var members = Members(nodeType).ToList();
        foreach (var (name, type, isList) in members.Where(m => m.Type == target))
        {
            if (isList && node[name] is JsonArray { Count: > 0 } list)
            {
                list[0] = element;
            }
            else
            {
                node[name] = isList ? new JsonArray(element) : element;
            }

            return true;
        }

        foreach (var (name, type, isList) in members.Where(m => depth < 4 && Reaches(m.Type, target, depth + 1)))
        {
            var child = (isList ? (node[name] as JsonArray)?.FirstOrDefault() : node[name]) as JsonObject;
            if (child is null)
            {
                child = ValidOf(type);
                node[name] = isList ? new JsonArray(child) : child;
            }

            if (Embed(child, type, target, element, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reaches(Type type, Type target, int depth) =>
        depth < 5 && Members(type).Any(m => m.Type == target || Reaches(m.Type, target, depth + 1));

    /// <summary>The members of a model type that hold model records: JSON name, record type, and whether it is a list.</summary>
    private static IEnumerable<(string Name, Type Type, bool IsList)> Members(Type type)
    {
        if (!IsRecordType(type))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true) || property.SetMethod is null)
            {
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var listOf = propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? propertyType.GetGenericArguments()[0] : null;
            var held = listOf ?? propertyType;
            if (IsRecordType(held))
            {
                yield return (JsonNamingPolicy.CamelCase.ConvertName(property.Name), held, listOf is not null);
            }
        }
    }

    private static bool IsRecordType(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace is { } ns && ns.StartsWith("JhaModel.", StringComparison.Ordinal) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    /// <summary>A valid record of <paramref name="type"/> from the generator of that type in <see cref="JhaGenerators"/>, as JSON.</summary>
    private static JsonObject ValidOf(Type type)
    {
        var generator = typeof(JhaGenerators).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .First(p => p.PropertyType == typeof(FsCheck.Gen<>).MakeGenericType(type));
        object value = typeof(ConformanceTests).GetMethod(nameof(SampleOne), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [generator.GetValue(null)])!;
        return JsonSerializer.SerializeToNode(value, type, JhaModel.Serialization.JhaModelJson.Options)!.AsObject();
    }

    private static T SampleOne<T>(FsCheck.Gen<T> generator) => generator.Sample(10, new FsCheck.Rnd(20261203UL), 1)[0];

    private static byte[] Ndjson(object record)
    {
        using var stream = new MemoryStream();
        JhaExchange.WriteNdjson(stream, [record]);
        return stream.ToArray();
    }
}
