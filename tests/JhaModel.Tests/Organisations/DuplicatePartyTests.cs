using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Organisations;

namespace JhaModel.Tests.Organisations;

/// <summary>
/// The first repeated party of a list, as the agreement and EMPACT rules report it: the same answer on short lists
/// (compared pairwise) and long ones (through a hash set).
/// </summary>
public sealed class DuplicatePartyTests
{
    private static readonly Party[] Pool =
        [.. new[] { "AL", "BA", "ME", "MK", "RS", "XK", "AT", "DE" }.Select(c => Party.Parse(c)), default, Party.Parse("europol")];

    private static int Pairwise(Party[] parties)
    {
        for (int i = 1; i < parties.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (!parties[i].IsDefault && parties[i] == parties[j])
                {
                    return i;
                }
            }
        }

        return -1;
    }

    [Property]
    public Property The_first_repeat_is_the_first_index_equal_to_an_earlier_party_whatever_the_length() =>
        Prop.ForAll(
            Gen.Choose(0, 80).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pool), n)).ToArbitrary(),
            parties => OrganisationRules.FirstDuplicateParty(parties) == Pairwise(parties));

    [Fact]
    public void A_repeat_after_the_first_thirty_two_parties_is_found()
    {
        var parties = Enumerable.Range(0, 40).Select(i => Party.Parse($"body-{i}")).Append(Party.Parse("body-7")).ToArray();
        Assert.Equal(40, OrganisationRules.FirstDuplicateParty(parties));
    }

    [Fact]
    public void Missing_parties_are_never_repeats()
    {
        var parties = Enumerable.Repeat(default(Party), 50).ToArray();
        Assert.Equal(-1, OrganisationRules.FirstDuplicateParty(parties));
    }
}
