using JhaModel.Organisations;

namespace JhaModel.Tests.Organisations;

/// <summary>What an organisation record must be, checked by the fast path and the validator alike.</summary>
public sealed class OrganisationRulesTests
{
    private static Organisation Euda => OrganisationRegistry.Get(OrganisationId.Euda);

    private static bool Valid(Organisation organisation)
    {
        bool valid = OrganisationRules.IsValid(organisation);
        Assert.Equal(valid, OrganisationValidator.Instance.Validate(organisation).IsValid);
        return valid;
    }

    [Fact]
    public void The_embedded_organisations_are_valid()
    {
        Assert.All(OrganisationRegistry.All, o => Assert.True(Valid(o), o.Id.ToString()));
    }

    [Fact]
    public void An_organisation_has_an_identifier_a_name_and_a_defined_kind()
    {
        Assert.False(Valid(Euda with { Id = default }));
        Assert.False(Valid(Euda with { Name = " " }));
        Assert.False(Valid(Euda with { Kind = 0 }));
        Assert.False(OrganisationRules.IsPresent(default));
        Assert.True(OrganisationRules.IsDefined(OrganisationKind.EuAgency));
        Assert.False(OrganisationRules.IsDefined((OrganisationKind)99));
    }

    [Fact]
    public void Every_former_acronym_is_present()
    {
        Assert.NotEmpty(Euda.FormerAcronyms);
        Assert.False(Valid(Euda with { FormerAcronyms = [.. Euda.FormerAcronyms, ""] }));
        Assert.False(Valid(Euda with { FormerAcronyms = ["", .. Euda.FormerAcronyms] }));
        Assert.True(Valid(Euda with { FormerAcronyms = [] }));
    }

    [Fact]
    public void An_organisation_is_not_its_own_parent()
    {
        Assert.True(OrganisationRules.IsNotOwnParent(Euda));
        Assert.False(OrganisationRules.IsNotOwnParent(Euda with { Parent = Euda.Id }));
        Assert.True(OrganisationRules.IsNotOwnParent(Euda with { Parent = null }));
        Assert.False(Valid(Euda with { Parent = Euda.Id }));
    }
}
