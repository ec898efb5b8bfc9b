using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JhaModel.Exchange;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Exchange;

public sealed class ExchangeReadTests
{
    private static readonly Instant Generated = Instant.FromUtc(2026, 11, 30, 12, 0);

    private static ExchangeDocument Dataset => JhaExchange.ReferenceDataset(Generated);

    private static JsonObject DatasetJson => JsonNode.Parse(JhaExchange.Write(Dataset))!.AsObject();

    [Fact]
    public void The_reference_dataset_reads_back_equal_and_without_problems()
    {
        var result = JhaExchange.Read(JhaExchange.Write(Dataset));

        Assert.Empty(result.Problems);
        Assert.True(result.IsSuccess);
        Assert.Equal(Dataset, result.Value);
    }

    [Fact]
    public void Writing_is_deterministic()
    {
        Assert.Equal(JhaExchange.Write(Dataset), JhaExchange.Write(JhaExchange.Read(JhaExchange.Write(Dataset)).Value!));
        Assert.Equal(JhaExchange.Write(Dataset, indented: true), JhaExchange.Write(Dataset with { }, indented: true));
    }

    [Fact]
    public void Every_structural_problem_is_reported_in_stage_order()
    {
        var json = DatasetJson;
        json["organisations"]![0]!["shortName"] = "Europol";
        json["agreements"]![0]!.AsObject().Remove("title");
        json["agreements"]![1]!["parties"]!.AsArray().Add(null);
        json["agreements"]![2]!["form"] = 2;
        json["countries"]![0]!["code"] = "mk";

        var result = JhaExchange.Read(json.ToJsonString());

        Assert.False(result.IsSuccess);
        Assert.Equal(
            [
                (JhaErrorCodes.JsonTypeMismatch, "$.agreements[2].form"),
                (JhaErrorCodes.JsonTypeMismatch, "$.countries[0].code"),
                (JhaErrorCodes.UnknownMember, "$.organisations[0].shortName"),
                (JhaErrorCodes.RequiredMemberMissing, "$.agreements[0]"),
                (JhaErrorCodes.NullNotAllowed, "$.agreements[1].parties[2]"),
            ],
            result.Problems.Select(p => (p.Code, p.Path)).OrderBy(x => Array.IndexOf(Order, x.Code)).ThenBy(x => x.Path, StringComparer.Ordinal));
        Assert.Equal(result.Problems.Select(p => Array.IndexOf(Order, p.Code)).Order(), result.Problems.Select(p => Array.IndexOf(Order, p.Code)));
        Assert.Contains("\"title\"", result.Problems.Single(p => p.Code == JhaErrorCodes.RequiredMemberMissing).Message, StringComparison.Ordinal);
    }

    private static readonly string[] Order =
    [
        JhaErrorCodes.JsonTypeMismatch, JhaErrorCodes.UnknownMember, JhaErrorCodes.DuplicateKey, JhaErrorCodes.RequiredMemberMissing, JhaErrorCodes.NullNotAllowed,
    ];

    [Fact]
    public void A_duplicate_key_is_reported_with_its_path()
    {
        string json = Encoding.UTF8.GetString(JhaExchange.Write(Dataset)).Replace("\"producer\":", "\"producer\":\"x\",\"producer\":", StringComparison.Ordinal);

        var problem = Assert.Single(JhaExchange.Read(json).Problems);

        Assert.Equal(JhaErrorCodes.DuplicateKey, problem.Code);
        Assert.Equal("$.producer", problem.Path);
    }

    [Fact]
    public void Truncated_input_is_a_syntax_problem_with_line_and_column()
    {
        var problem = Assert.Single(JhaExchange.Read("{\n  \"formatVersion\": \"1.0\",\n  \"producer\": ").Problems);

        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public void Every_truncation_of_a_valid_document_is_a_syntax_problem_and_no_exception()
    {
        byte[] bytes = JhaExchange.Write(Dataset with { Agreements = [.. Dataset.Agreements.Take(2)], Countries = [.. Dataset.Countries.Take(2)] });
        for (int length = 0; length < bytes.Length; length += 7)
        {
            var result = JhaExchange.Read(bytes.AsSpan(0, length));
            Assert.False(result.IsSuccess, $"a truncation at {length} bytes was accepted");
            Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, Assert.Single(result.Problems).Code);
        }
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1")]
    [InlineData("v1.0")]
    public void Other_major_versions_are_refused(string version)
    {
        var json = DatasetJson;
        json["formatVersion"] = version;

        Assert.Equal(JhaErrorCodes.FormatVersionUnsupported, Assert.Single(JhaExchange.Read(json.ToJsonString()).Problems).Code);
    }

    [Fact]
    public void A_newer_minor_version_is_read_with_warnings_for_members_this_reader_does_not_know()
    {
        var json = DatasetJson;
        json["formatVersion"] = "1.3";
        json["signature"] = "abc";
        json["agreements"]![0]!["ratifiedBy"] = "parliament";

        var result = JhaExchange.Read(json.ToJsonString());

        Assert.True(result.IsSuccess);
        Assert.All(result.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(["$.agreements[0].ratifiedBy", "$.signature"], result.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Equal(Dataset.Agreements[0], result.Value.Agreements[0]);
    }

    [Fact]
    public void Model_rules_are_reported_at_the_json_path_of_the_member()
    {
        var json = DatasetJson;
        json["agreements"]![0]!["parties"]!.AsArray().Add(JsonValue.Create("RS"));
        json["producer"] = " ";

        var result = JhaExchange.Read(json.ToJsonString());

        Assert.Equal(
            [(JhaErrorCodes.ProducerMissing, "$.producer"), (JhaErrorCodes.BilateralPartyCount, "$.agreements[0].parties")],
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Document_checks_find_duplicate_identifiers_and_unresolved_references()
    {
        var json = DatasetJson;
        var agreements = json["agreements"]!.AsArray();
        agreements.Add(agreements[0]!.DeepClone());
        agreements[1]!["predecessor"] = "eu-al-readmission-0";
        int convention = agreements.Select(a => a!["id"]!.GetValue<string>()).ToList().IndexOf("coe-cets-185");
        agreements[convention]!["parties"]!.AsArray().Add(JsonValue.Create("interpol"));

        var result = JhaExchange.Read(json.ToJsonString());

        Assert.Equal(
            [
                (JhaErrorCodes.IdentifierDuplicate, $"$.agreements[{agreements.Count - 1}].id"),
                (JhaErrorCodes.ReferenceUnresolved, "$.agreements[1].predecessor"),
                (JhaErrorCodes.ReferenceUnresolved, $"$.agreements[{convention}].parties[8]"),
            ],
            result.Problems.Select(p => (p.Code, p.Path)).Order());
    }

    [Fact]
    public void Limits_are_problems_not_crashes()
    {
        byte[] bytes = JhaExchange.Write(Dataset);

        Assert.Equal(JhaErrorCodes.LimitExceeded, Assert.Single(JhaExchange.Read(bytes, new ExchangeReaderOptions { MaxDocumentBytes = 100 }).Problems).Code);
        Assert.Equal(JhaErrorCodes.LimitExceeded, Assert.Single(JhaExchange.Read(bytes, new ExchangeReaderOptions { MaxDepth = 3 }).Problems).Code);
        Assert.Contains(JhaExchange.Read(bytes, new ExchangeReaderOptions { MaxStringLength = 10 }).Problems, p => p.Code == JhaErrorCodes.LimitExceeded);
        var collection = JhaExchange.Read(bytes, new ExchangeReaderOptions { MaxCollectionLength = 3 });
        Assert.Contains(collection.Problems, p => p.Code == JhaErrorCodes.LimitExceeded && p.Path == "$.agreements");
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.Equal(JhaErrorCodes.LimitExceeded, Assert.Single(JhaExchange.Read(deep).Problems).Code);
    }

    [Fact]
    public void The_number_of_problems_is_capped_and_the_rest_counted()
    {
        var json = DatasetJson;
        foreach (var agreement in json["agreements"]!.AsArray())
        {
            agreement!["unknown"] = 1;
        }

        var result = JhaExchange.Read(json.ToJsonString(), new ExchangeReaderOptions { MaxProblems = 5 });

        Assert.Equal(6, result.Problems.Count);
        Assert.Contains("more problems were found", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_invalid_utf8_is_a_syntax_problem()
    {
        byte[] bytes = JhaExchange.Write(Dataset);
        Assert.True(JhaExchange.Read([0xEF, 0xBB, 0xBF, .. bytes]).IsSuccess);

        byte[] broken = Encoding.UTF8.GetBytes("{\"formatVersion\":\"1.0\",\"producer\":\"\u00e9\"}");
        broken[^3] = 0xC3;
        broken[^2] = 0x28;
        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, Assert.Single(JhaExchange.Read(broken).Problems).Code);
        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, Assert.Single(JhaExchange.Read("{\"producer\":\"\\uD800\"}").Problems).Code);
    }

    [Fact]
    public void Every_problem_path_exists_in_the_input()
    {
        var json = DatasetJson;
        json["countries"]![1]!.AsObject().Remove("designation");
        json["agreements"]![3]!["kind"] = "";
        json["agreements"]![4]!["events"]![0]!["date"] = "2021-02-29";
        string text = json.ToJsonString();

        var result = JhaExchange.Read(text);

        Assert.NotEmpty(result.Problems);
        using var document = JsonDocument.Parse(text);
        Assert.All(result.Problems, p => Assert.True(Resolves(document.RootElement, p.Path), $"{p.Path} does not exist in the input"));
    }

    [Fact]
    public void Reading_a_stream_gives_the_same_result_as_bytes()
    {
        using var stream = new MemoryStream(JhaExchange.Write(Dataset));

        Assert.Equal(Dataset, JhaExchange.Read(stream).Value);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => JhaExchange.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => JhaExchange.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => JhaExchange.Write(null!));
    }

    internal static bool Resolves(JsonElement root, string path)
    {
        var current = root;
        foreach (System.Text.RegularExpressions.Match segment in System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z0-9_]+)|\[(\d+)\]|\['([^']*)'\]"))
        {
            if (segment.Groups[1].Success || segment.Groups[3].Success)
            {
                string name = segment.Groups[1].Success ? segment.Groups[1].Value : segment.Groups[3].Value;
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return false;
                }
            }
            else
            {
                int index = int.Parse(segment.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return false;
                }

                current = current[index];
            }
        }

        return true;
    }
}
