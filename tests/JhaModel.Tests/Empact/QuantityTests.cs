using FsCheck.Xunit;
using JhaModel.Empact;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Tests.Empact;

public sealed class QuantityTests
{
    [Property]
    public bool Generated_quantities_are_valid(Quantity quantity) => QuantityValidator.Instance.Validate(quantity).IsValid;

    [Fact]
    public void More_than_171_tonnes_is_a_lower_bound_not_an_exact_figure()
    {
        var drugs = Quantity.MoreThan(171m, QuantityUnit.Tonne);

        Assert.True(drugs.IsLowerBound);
        Assert.False(drugs.IsExact);
        Assert.False(drugs.IsUpperBound);
        Assert.Equal(">171 tonne", drugs.ToString());
        Assert.Equal("""{"value":171,"unit":"tonne","bound":"more-than"}""", JhaModelJson.Serialize(drugs));
    }

    [Fact]
    public void An_exact_quantity_has_no_bound_on_the_wire()
    {
        var arrests = Quantity.Exactly(31_584m, QuantityUnit.Count);

        Assert.True(arrests.IsExact);
        Assert.Equal("""{"value":31584,"unit":"count"}""", JhaModelJson.Serialize(arrests));
        Assert.Equal(arrests, JhaModelJson.Deserialize<Quantity>("""{"value":31584,"unit":"count"}"""));
    }

    [Fact]
    public void Unknown_units_and_metrics_round_trip_and_malformed_ones_are_rejected()
    {
        Assert.Equal(QuantityUnit.Parse("cubic-metre"), JhaModelJson.Deserialize<QuantityUnit>("\"cubic-metre\""));
        Assert.False(QuantityUnit.Parse("cubic-metre").IsWellKnown);
        Assert.True(QuantityUnit.Tonne.IsWellKnown);
        Assert.Equal(ResultMetric.Parse("websites-taken-down"), JhaModelJson.Deserialize<ResultMetric>("\"websites-taken-down\""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<QuantityUnit>("\"Tonne\""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<Quantity>("""{"value":1,"unit":"count","bound":"about"}"""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<Quantity>("""{"value":1}"""));
        Assert.Throws<FormatException>(() => new ResultMetric("Arrests"));
    }

    [Fact]
    public void Each_quantity_rule_fires_and_valid_data_pass()
    {
        var valid = Quantity.Exactly(3m, QuantityUnit.Kilogram);

        Assert.True(QuantityValidator.Instance.Validate(valid).IsValid);
        Assert.True(QuantityValidator.Instance.Validate(valid with { Value = 0m }).IsValid);
        EmpactAssert.Only(QuantityValidator.Instance.Validate(valid with { Value = -0.5m }), JhaErrorCodes.QuantityNegative, "Value");
        EmpactAssert.Only(QuantityValidator.Instance.Validate(valid with { Unit = default }), JhaErrorCodes.QuantityUnitMissing, "Unit");
        EmpactAssert.Only(QuantityValidator.Instance.Validate(valid with { Bound = (QuantityBound)9 }), JhaErrorCodes.QuantityBoundUndefined, "Bound");
    }
}
