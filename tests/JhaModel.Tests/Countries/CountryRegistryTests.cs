using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Tests.Countries;

public sealed class CountryRegistryTests
{
    [Fact]
    public void MKD_resolves_to_MK_with_numeric_807()
    {
        Assert.True(CountryRegistry.TryGet("MKD", out var country));

        Assert.Equal("MK", country.Code.Alpha2);
        Assert.Equal("807", country.Code.NumericCode);
        Assert.Equal("North Macedonia", country.ShortName);
        Assert.Equal("Republic of North Macedonia", country.OfficialName);
    }

    [Fact]
    public void Kosovo_carries_the_eu_council_of_europe_and_un_footnotes()
    {
        var kosovo = CountryRegistry.Get(CountryCode.Kosovo);

        Assert.Equal("Kosovo", kosovo.ShortName);
        Assert.Equal("Kosovo*", kosovo.Designation?.DisplayName);
        Assert.Equal(
            "*This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.",
            kosovo.Designation?.FootnoteOf(OrganisationId.EuropeanUnion)?.Text);
        Assert.StartsWith("*All reference to Kosovo", kosovo.Designation?.FootnoteOf(OrganisationId.CouncilOfEurope)?.Text, StringComparison.Ordinal);
        Assert.NotNull(kosovo.Designation?.FootnoteOf(OrganisationId.UnitedNations));
        Assert.All(kosovo.Designation!.Footnotes, f => Assert.Equal(Confidence.Verified, f.Confidence));
    }

    [Fact]
    public void Serbia_and_Montenegro_is_a_withdrawn_entry_whose_successors_are_Montenegro_and_Serbia()
    {
        Assert.True(CountryRegistry.TryGetWithdrawn("scg", out var withdrawn));

        Assert.Equal("Serbia and Montenegro", withdrawn.Name);
        Assert.Equal(new NodaTime.LocalDate(2006, 9, 26), withdrawn.WithdrawalDate);
        Assert.Equal([CountryCode.Montenegro, CountryCode.Serbia], withdrawn.GetCurrentSuccessors());
    }

    [Fact]
    public void Yugoslavia_leads_through_Serbia_and_Montenegro_to_its_current_successors()
    {
        Assert.True(CountryRegistry.TryGetWithdrawn("YU", out var yugoslavia));

        Assert.Equal(["CS"], yugoslavia.SuccessorCodes);
        Assert.Equal(new NodaTime.LocalDate(2003, 7, 23), yugoslavia.WithdrawalDate);
        Assert.Equal([CountryCode.Montenegro, CountryCode.Serbia], yugoslavia.GetCurrentSuccessors());
    }

    [Fact]
    public void A_current_code_is_not_a_withdrawn_entry()
    {
        Assert.False(CountryRegistry.TryGetWithdrawn("RS", out _));
        Assert.False(CountryRegistry.TryGetWithdrawn(null, out _));
    }

    [Fact]
    public void Get_rejects_the_default_code()
    {
        Assert.Throws<ArgumentException>(() => CountryRegistry.Get(default));
    }

    [Fact]
    public void Every_embedded_country_passes_its_validator()
    {
        foreach (var country in CountryRegistry.All)
        {
            var result = CountryValidator.Instance.Validate(country);
            Assert.True(result.IsValid, $"{country.Code}: {result}");
        }
    }

    [Fact]
    public void Every_embedded_dated_fact_names_a_source_and_a_defined_confidence()
    {
        var facts = CountryRegistry.All.SelectMany(c =>
            c.EuRelationship.Events.Cast<ISourcedFact>()
                .Concat(c.FormerNames)
                .Concat(c.Designation?.Footnotes ?? []))
            .Concat(CountryRegistry.Withdrawn)
            .ToList();

        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Source.Title));
            Assert.True(Enum.IsDefined(f.Confidence));
        });
    }
}
