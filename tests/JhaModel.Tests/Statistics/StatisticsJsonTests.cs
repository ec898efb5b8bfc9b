using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Serialization;
using JhaModel.Statistics;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Statistics;

public sealed class StatisticsJsonTests
{
    private const string Seed =
        """{"id":"wb6-2020","metric":"registered-cases-involving","reportingBody":"eurojust","scope":SCOPE,"period":{"start":"2020-01-01","end":"2020-09-30"},"value":110,"source":{"title":"t"},"confidence":"verified"}""";

    [Property]
    public bool Statistics_round_trip(CaseStatistic statistic) => RoundTrip(statistic) == statistic;

    [Property]
    public bool Sets_round_trip(CaseStatisticSet set) => RoundTrip(set) == set;

    [Property]
    public bool Rankings_round_trip(CountryRanking ranking) => RoundTrip(ranking) == ranking;

    [Property]
    public bool Scopes_round_trip(StatisticScope scope) => RoundTrip(scope) == scope;

    [Property]
    public bool Metrics_round_trip(StatisticMetric metric) => RoundTrip(metric) == metric;

    [Property]
    public bool Comparisons_round_trip(CaseStatistic statistic)
    {
        var comparison = StatisticComparison.Compare(statistic, statistic with { Value = statistic.Value + 1, Period = StatisticPeriods.Year(2030) }, StatisticDimension.Scope);
        return RoundTrip(comparison) == comparison;
    }

    [Fact]
    public void The_embedded_set_round_trips()
    {
        Assert.Equal(CaseStatisticRegistry.All, RoundTrip(CaseStatisticRegistry.All));
    }

    [Fact]
    public void The_seed_statistic_serializes_to_the_committed_json()
    {
        Golden.AssertMatches(
            "tests/JhaModel.Tests/Golden/statistic-wb6-2020-01-09.json",
            JhaModelJson.Serialize(CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020), indented: true) + "\n");
    }

    [Fact]
    public void The_seed_comparison_serializes_to_the_committed_json()
    {
        var comparison = CaseStatisticRegistry.All.Compare(CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020);

        Golden.AssertMatches("tests/JhaModel.Tests/Golden/comparison-wb6-2019-2020.json", JhaModelJson.Serialize(comparison, indented: true) + "\n");
    }

    [Fact]
    public void The_statistic_and_set_schemas_are_committed()
    {
        Golden.AssertMatches("docs/schema/case-statistic.schema.json", Render(JhaModelJson.GetJsonSchema<CaseStatistic>()));
        Golden.AssertMatches("docs/schema/case-statistic-set.schema.json", Render(JhaModelJson.GetJsonSchema<CaseStatisticSet>()));
    }

    [Fact]
    public void The_statistic_schema_requires_the_required_members()
    {
        var schema = JhaModelJson.GetJsonSchema<CaseStatistic>().AsObject();

        Assert.Equal(
            ["id", "metric", "reportingBody", "scope", "period", "value", "source", "confidence"],
            schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(4, schema["properties"]!["scope"]!["oneOf"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{"country":"RS"}""", "RS")]
    [InlineData("""{"countries":["RS","AL"]}""", "AL+RS")]
    [InlineData("""{"grouping":"wb6"}""", "wb6")]
    [InlineData("""{"outside":"eu"}""", "outside eu")]
    public void Scopes_are_read_in_their_four_forms(string json, string expected)
    {
        Assert.Equal(expected, JhaModelJson.Deserialize<CaseStatistic>(Seed.Replace("SCOPE", json, StringComparison.Ordinal)).Scope.ToString());
    }

    [Fact]
    public void Scopes_are_written_in_their_canonical_form()
    {
        Assert.Equal("""{"countries":["AL","RS"]}""", JhaModelJson.Serialize(StatisticScope.Of(CountryCode.Serbia, CountryCode.Albania, CountryCode.Serbia)));
        Assert.Equal("""{"country":"RS"}""", JhaModelJson.Serialize(StatisticScope.Of([CountryCode.Serbia, CountryCode.Serbia])));
        Assert.Equal("""{"grouping":"wb6"}""", JhaModelJson.Serialize(StatisticScope.WesternBalkansSix));
        Assert.Equal("""{"outside":"eu"}""", JhaModelJson.Serialize(StatisticScope.ThirdCountries));
    }

    [Theory]
    [InlineData("""{"country":"RS","grouping":"wb6"}""", "after 'country'")]
    [InlineData("""{}""", "empty object")]
    [InlineData("""{"countries":["RS"]}""", "expected two or more")]
    [InlineData("""{"countries":["RS","RS"]}""", "twice")]
    [InlineData("""{"countries":"RS"}""", "array")]
    [InlineData("""{"country":"rs"}""", "canonical alpha-2 form \"RS\"")]
    [InlineData("""{"grouping":"WB6"}""", "kebab-case grouping identifier")]
    [InlineData("""{"region":"balkans"}""", "unknown member 'region'")]
    [InlineData("\"wb6\"", "exactly one member")]
    public void Malformed_scopes_are_rejected_with_what_was_expected(string json, string expectedInMessage)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<CaseStatistic>(Seed.Replace("SCOPE", json, StringComparison.Ordinal)));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
        Assert.Contains("scope", error.Path ?? error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_rejected()
    {
        var json = Seed.Replace("SCOPE", """{"grouping":"wb6"}""", StringComparison.Ordinal).Replace("2020-01-01", "2020-10-01", StringComparison.Ordinal);

        var error = Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<CaseStatistic>(json));
        Assert.Contains("after end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_or_an_unknown_member_is_rejected()
    {
        var valid = Seed.Replace("SCOPE", """{"grouping":"wb6"}""", StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<CaseStatistic>(valid.Replace("\"value\":110,", string.Empty, StringComparison.Ordinal)));
        Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<CaseStatistic>(valid.Replace("\"value\":110,", "\"value\":110,\"isPartialYear\":true,", StringComparison.Ordinal)));
        Assert.Equal(110, JhaModelJson.Deserialize<CaseStatistic>(valid).Value);
    }

    [Fact]
    public void A_statistic_is_written_without_derived_members()
    {
        var json = JhaModelJson.Serialize(CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020));

        Assert.DoesNotContain("partial", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("revises", json, StringComparison.Ordinal);
        Assert.StartsWith("""{"id":"eurojust-wb6-registered-cases-2020-01-09","metric":"registered-cases-involving","metricWording":""", json, StringComparison.Ordinal);
    }

    private static T RoundTrip<T>(T value) => JhaModelJson.Deserialize<T>(JhaModelJson.Serialize(value));

    private static string Render(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
