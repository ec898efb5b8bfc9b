using FsCheck.Xunit;
using JhaModel.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Tests.Statistics;

public sealed class StatisticMetricTests
{
    [Fact]
    public void Every_well_known_metric_has_a_definition_and_parses_to_itself()
    {
        Assert.Equal(7, StatisticMetric.WellKnown.Count);
        Assert.All(StatisticMetric.WellKnown, m => Assert.False(string.IsNullOrWhiteSpace(m.Definition)));
        Assert.All(StatisticMetric.WellKnown, m => Assert.Equal(m, StatisticMetric.Parse(m.ToString())));
        Assert.Contains(StatisticMetric.RegisteredCasesInvolving, StatisticMetric.WellKnown);
        Assert.NotEqual(StatisticMetric.RegisteredCasesInvolving, StatisticMetric.NewCasesRegisteredBy);
    }

    [Fact]
    public void An_unknown_metric_round_trips_without_a_definition()
    {
        var metric = StatisticMetric.Parse("joint-investigation-teams-funded");

        Assert.False(metric.IsWellKnown);
        Assert.Null(metric.Definition);
        Assert.Equal("\"joint-investigation-teams-funded\"", JhaModelJson.Serialize(metric));
        Assert.Equal(metric, JhaModelJson.Deserialize<StatisticMetric>("\"joint-investigation-teams-funded\""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("r")]
    [InlineData("Registered-Cases")]
    [InlineData("registered--cases")]
    [InlineData("registered cases")]
    [InlineData("-registered")]
    public void Malformed_names_are_rejected(string text)
    {
        Assert.False(StatisticMetric.TryParse(text, out var metric));
        Assert.True(metric.IsDefault);
        Assert.Throws<FormatException>(() => StatisticMetric.Parse(text));
        Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<StatisticMetric>($"\"{text}\""));
    }

    [Fact]
    public void The_default_value_is_invalid_and_has_no_json_form()
    {
        Assert.True(default(StatisticMetric).IsDefault);
        Assert.Equal(string.Empty, default(StatisticMetric).ToString());
        Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Serialize(default(StatisticMetric)));
    }

    [Property]
    public bool Parsing_the_text_form_gives_the_metric(StatisticMetric metric) => StatisticMetric.Parse(metric.ToString()) == metric;

    [Property]
    public bool Equality_hash_and_order_agree(StatisticMetric a, StatisticMetric b) =>
        (a == b) == a.Equals(b) && (a == b) == (a.CompareTo(b) == 0) && (a != b || a.GetHashCode() == b.GetHashCode())
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a < b) == (a.CompareTo(b) < 0) && (a >= b) == !(a < b);

    [Property]
    public bool Identifiers_parse_from_their_text_and_order_like_it(CaseStatisticId a, CaseStatisticId b) =>
        CaseStatisticId.Parse(a.ToString()) == a
        && Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString()))
        && (a != b || a.GetHashCode() == b.GetHashCode());

    [Fact]
    public void The_default_identifier_is_invalid()
    {
        Assert.True(default(CaseStatisticId).IsDefault);
        Assert.False(CaseStatisticId.TryParse("Eurojust 2019", out _));
        Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Serialize(default(CaseStatisticId)));
    }
}
