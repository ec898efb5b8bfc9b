using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Organisations;

namespace JhaModel.Tests.Organisations;

public sealed class PartyTests
{
    [Fact]
    public void Upper_case_two_letters_are_a_country_and_lower_case_identifiers_an_organisation()
    {
        Assert.Equal(CountryCode.Albania, Party.Parse("AL").Country);
        Assert.Equal(OrganisationId.Europol, Party.Parse("europol").Organisation);
        Assert.Equal(OrganisationId.EuropeanUnion, Party.Parse("eu").Organisation);
        Assert.False(Party.TryParse("EU", out _));
        Assert.False(Party.TryParse("Europol", out _));
        Assert.False(Party.TryParse("", out _));
        Assert.False(Party.TryParse((string?)null, out _));
    }

    [Fact]
    public void Countries_convert_to_parties_implicitly()
    {
        Party party = CountryCode.Serbia;

        Assert.Equal(PartyKind.Country, party.Kind);
        Assert.Null(party.Organisation);
        Assert.Throws<ArgumentException>(() => Party.Of(default(CountryCode)));
    }

    [Property]
    public bool Text_round_trips(Party party) => Party.Parse(party.ToString()) == party;

    [Property]
    public bool Countries_order_before_organisations(Party a, Party b) =>
        a.Kind == b.Kind || (a.CompareTo(b) < 0) == (a.Kind == PartyKind.Country);

    [Property]
    public bool Equality_and_hash_code_agree(Party a, Party b) => (a == b) == a.Equals((object)b) && (a != b || a.GetHashCode() == b.GetHashCode());
}
