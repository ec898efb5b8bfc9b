using FsCheck.Xunit;
using JhaModel.Empact;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Empact;

public sealed class EmpactJsonTests
{
    [Property]
    public bool Cycles_round_trip(PolicyCycle cycle) => RoundTrip(cycle) == cycle;

    [Property]
    public bool Priorities_round_trip(CrimePriority priority) => RoundTrip(priority) == priority;

    [Property]
    public bool Plans_round_trip(OperationalActionPlan plan) => RoundTrip(plan) == plan;

    [Property]
    public bool Actions_round_trip(OperationalAction action) => RoundTrip(action) == action;

    [Property]
    public bool Quantities_round_trip(Quantity quantity) => RoundTrip(quantity) == quantity;

    [Property]
    public bool Identifiers_round_trip(PolicyCycleId cycle, CrimePriorityKey key, ActionCode code, ResultMetric metric) =>
        RoundTrip(cycle) == cycle && RoundTrip(key) == key && RoundTrip(code) == code && RoundTrip(metric) == metric;

    [Fact]
    public void The_embedded_cycles_round_trip_as_a_list()
    {
        Assert.Equal(EmpactRegistry.Cycles, JhaModelJson.Deserialize<IReadOnlyList<PolicyCycle>>(JhaModelJson.Serialize(EmpactRegistry.Cycles)));
    }

    [Fact]
    public void The_2022_2025_cycle_serializes_to_the_committed_json()
    {
        Golden.AssertMatches("tests/JhaModel.Tests/Golden/empact-cycle-2022-2025.json", JhaModelJson.Serialize(EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025), indented: true) + "\n");
    }

    [Fact]
    public void The_2018_2021_results_serialize_with_the_lower_bound()
    {
        var json = JhaModelJson.Serialize(EmpactRegistry.GetCycle(PolicyCycleId.Cycle2018To2021).Results[0]);

        Assert.StartsWith("""{"metric":"drugs-seized","quantity":{"value":171,"unit":"tonne","bound":"more-than"}""", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2022–2025\"", "PolicyCycleId", "expected a policy cycle")]
    [InlineData("2022", "PolicyCycleId", "Found a JSON number")]
    [InlineData("\"2022-2025/Migrant-Smuggling\"", "CrimePriorityKey", "expected a crime priority key")]
    [InlineData("\"OA3.2\"", "ActionCode", "expected an action code")]
    [InlineData("\"Arrests\"", "ResultMetric", "expected a kebab-case result metric")]
    public void Malformed_codes_are_rejected_with_what_was_expected(string json, string type, string expected)
    {
        Action read = type switch
        {
            "PolicyCycleId" => () => JhaModelJson.Deserialize<PolicyCycleId>(json),
            "CrimePriorityKey" => () => JhaModelJson.Deserialize<CrimePriorityKey>(json),
            "ActionCode" => () => JhaModelJson.Deserialize<ActionCode>(json),
            _ => () => JhaModelJson.Deserialize<ResultMetric>(json),
        };

        var error = Assert.ThrowsAny<System.Text.Json.JsonException>(read);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"cycle":"2018-2021","priority":"2018-2021/cybercrime","period":{"start":"2018-01-01","end":"2018-12-31"},"extra":1}""", "extra")]
    [InlineData("""{"cycle":"2018-2021","priority":"2018-2021/cybercrime"}""", "period")]
    [InlineData("""{"cycle":"2018-2021","priority":"2018-2021/cybercrime","period":{"start":"2018-12-31","end":"2018-01-01"}}""", "after end")]
    [InlineData("""{"cycle":"2018-2021","priority":"2018-2021/cybercrime","period":{"start":"2018-01-01","end":"2018-12-31"},"actions":[{"code":"OA 1","title":"t","leader":"HR","participants":["HR"],"period":{"start":"2018-01-01","end":"2018-01-31"},"status":"done"}]}""", "status")]
    [InlineData("""{"cycle":"2018-2021","priority":"2018-2021/cybercrime","period":{"start":"2018-01-01","end":"2018-12-31"},"actions":[{"code":"OA 1","title":"t","leader":"Hr","participants":["HR"],"period":{"start":"2018-01-01","end":"2018-01-31"},"status":"planned"}]}""", "leader")]
    public void Malformed_plans_are_rejected_with_the_path(string json, string expectedInMessage)
    {
        var error = Assert.ThrowsAny<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<OperationalActionPlan>(json));

        Assert.Contains(expectedInMessage, error.Message + " " + error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_cycle_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/policy-cycle.schema.json", Render(JhaModelJson.GetJsonSchema<PolicyCycle>()));
    }

    [Fact]
    public void The_operational_action_plan_schema_is_committed()
    {
        Golden.AssertMatches("docs/schema/operational-action-plan.schema.json", Render(JhaModelJson.GetJsonSchema<OperationalActionPlan>()));
    }

    [Fact]
    public void The_plan_schema_requires_its_members_and_describes_codes_as_patterns()
    {
        var schema = JhaModelJson.GetJsonSchema<OperationalActionPlan>().AsObject();

        Assert.Equal(["cycle", "priority", "period"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(@"^\d{4}-\d{4}$", schema["properties"]!["cycle"]!["pattern"]!.GetValue<string>());
        var action = schema["properties"]!["actions"]!["items"]!.AsObject();
        Assert.Equal(["code", "title", "leader", "period", "status"], action["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    private static T RoundTrip<T>(T value) => JhaModelJson.Deserialize<T>(JhaModelJson.Serialize(value));

    private static string Render(System.Text.Json.Nodes.JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
