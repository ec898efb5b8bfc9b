using FsCheck.Xunit;
using JhaModel.Organisations;

namespace JhaModel.Tests.Organisations;

public sealed class OrganisationTests
{
    [Fact]
    public void The_embedded_organisations_are_the_EU_its_JHA_agencies_the_Council_of_Europe_and_the_UN()
    {
        Assert.Equal(
            ["eu", "europol", "eurojust", "frontex", "cepol", "euda", "coe", "un"],
            OrganisationRegistry.All.Select(o => o.Id.ToString()));
        Assert.All(OrganisationRegistry.All.Where(o => o.Kind == OrganisationKind.EuAgency), o => Assert.Equal(OrganisationId.EuropeanUnion, o.Parent));
    }

    [Fact]
    public void EUDA_is_found_by_its_former_acronym()
    {
        Assert.True(OrganisationRegistry.TryFind("emcdda", out var euda));
        Assert.Equal(OrganisationId.Euda, euda.Id);
        Assert.False(OrganisationRegistry.TryFind("interpol", out _));
        Assert.Throws<KeyNotFoundException>(() => OrganisationRegistry.Get(OrganisationId.Parse("interpol")));
    }

    [Theory]
    [InlineData("e")]
    [InlineData("Europol")]
    [InlineData("euro--pol")]
    [InlineData("europol-")]
    [InlineData("1europol")]
    [InlineData("euro pol")]
    public void Malformed_identifiers_are_rejected(string text)
    {
        Assert.False(OrganisationId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
        Assert.Throws<FormatException>(() => OrganisationId.Parse(text));
    }

    [Property]
    public bool Identifiers_round_trip(OrganisationId id) => OrganisationId.Parse(id.ToString()) == id;
}
