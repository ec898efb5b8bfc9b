using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Empact;
using JhaModel.Organisations;

namespace JhaModel.Tests.Collections;

/// <summary>
/// The first repeated element of a list, as the rules report duplicates (parties, action codes, priorities, events):
/// the same answer on short lists (compared pairwise) and long ones (through a hash set).
/// </summary>
public sealed class FirstRepeatTests
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

    [Property]
    public Property The_first_repeated_action_code_is_the_first_action_whose_code_an_earlier_action_has() =>
        Prop.ForAll(
            Gen.Choose(0, 80).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 60).Select(Action), n)).ToArbitrary(),
            actions =>
            {
                int expected = -1;
                for (int i = 1; i < actions.Length && expected < 0; i++)
                {
                    for (int j = 0; j < i; j++)
                    {
                        if (actions[i] is { Code.IsDefault: false } a && actions[j] is { } b && a.Code == b.Code)
                        {
                            expected = i;
                            break;
                        }
                    }
                }

                return EmpactRules.FirstDuplicateActionCode(actions!) == expected;
            });

    // Codes OA 1.1 to OA 1.50, a null action, and an action without a code.
    private static OperationalAction? Action(int n) => n switch
    {
        0 => null,
        1 => Make(default),
        _ => Make(ActionCode.Parse($"OA 1.{n - 1}")),
    };

    private static OperationalAction Make(ActionCode code) => new()
    {
        Code = code,
        Title = "action",
        Leader = Party.Parse("HR"),
        Period = new NodaTime.DateInterval(new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31)),
        Status = ActionStatus.Completed,
    };
}
