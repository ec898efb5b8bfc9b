using FsCheck.Xunit;
using JhaModel.Agreements;
using JhaModel.Serialization;

namespace JhaModel.Tests.Agreements;

public sealed class AgreementValueTypeTests
{
    [Theory]
    [InlineData("CETS 185")]
    [InlineData("cets 185")]
    [InlineData("CETS No. 185")]
    [InlineData("ETS 185")]
    [InlineData("ETS No. 185")]
    public void Treaty_numbers_parse_in_both_numberings(string text)
    {
        var number = CoeTreatyNumber.Parse(text);

        Assert.Equal(185, number.Number);
        Assert.Equal("CETS 185", number.ToString());
        Assert.Equal("ETS No. 185", number.EtsAlias);
    }

    [Theory]
    [InlineData("185")]
    [InlineData("CETS")]
    [InlineData("CETS 0185")]
    [InlineData("CETS 12345")]
    [InlineData("CETS -1")]
    [InlineData("XETS 185")]
    public void Malformed_treaty_numbers_are_rejected(string text)
    {
        Assert.False(CoeTreatyNumber.TryParse(text, out var number));
        Assert.True(number.IsDefault);
    }

    [Fact]
    public void On_the_wire_a_treaty_number_has_one_form_and_the_other_spellings_are_refused_with_it()
    {
        Assert.Equal("\"CETS 189\"", JhaModelJson.Serialize(JhaModelJson.Deserialize<CoeTreatyNumber>("\"CETS 189\"")));
        foreach (string other in new[] { "ETS No. 189", "cets 189", "CETS No. 189", "ETS 189" })
        {
            var e = Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<CoeTreatyNumber>("\"" + other + "\""));
            Assert.Contains("Did you mean \"CETS 189\"?", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_agreement_kinds_round_trip()
    {
        var kind = JhaModelJson.Deserialize<AgreementKind>("\"memorandum-of-understanding\"");

        Assert.False(kind.IsWellKnown);
        Assert.Equal("\"memorandum-of-understanding\"", JhaModelJson.Serialize(kind));
        Assert.True(AgreementKind.Parse("readmission").IsWellKnown);
        Assert.Equal(AgreementKind.Readmission, AgreementKind.Parse("readmission"));
        Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Deserialize<AgreementKind>("\"Readmission\""));
    }

    [Property]
    public bool Identifiers_round_trip(int seed)
    {
        var id = AgreementId.Parse($"gen-{Math.Abs(seed % 1000)}-x");
        return AgreementId.Parse(id.ToString()) == id && JhaModelJson.Deserialize<AgreementId>(JhaModelJson.Serialize(id)) == id;
    }

    [Theory]
    [InlineData("Coe-cets-185")]
    [InlineData("coe_cets_185")]
    [InlineData("-coe")]
    [InlineData("")]
    public void Malformed_agreement_identifiers_are_rejected(string text)
    {
        Assert.False(AgreementId.TryParse(text, out _));
    }
}
