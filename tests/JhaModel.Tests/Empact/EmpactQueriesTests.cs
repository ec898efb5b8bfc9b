using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Tests.Support;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Empact;

public sealed class EmpactQueriesTests
{
    private static readonly IReadOnlyList<OperationalActionPlan> Plans =
        JhaModelJson.Deserialize<IReadOnlyList<OperationalActionPlan>>(File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "docs/examples/empact-sample.json")));

    [Fact]
    public void The_actions_a_country_takes_part_in_during_a_period_carry_its_role()
    {
        var all = EmpactQueries.ActionsOf(Plans, CountryCode.Albania, new DateInterval(D("2018-01-01"), D("2029-12-31")));
        var in2020 = EmpactQueries.ActionsOf(Plans, CountryCode.Albania, new DateInterval(D("2020-01-01"), D("2020-12-31")));

        Assert.Equal(["OA 1.1", "OA 2.3", "OA 1.1"], all.Select(i => i.Action.Code.ToString()));
        Assert.All(all, i => Assert.Equal(ParticipationRole.Participant, i.Role));
        Assert.Equal(["2018-2021/firearms-trafficking", "2018-2021/firearms-trafficking"], in2020.Select(i => i.Priority.ToString()));
    }

    [Fact]
    public void Leaders_and_co_leaders_are_found_with_their_role_and_periods_must_overlap()
    {
        var croatia = EmpactQueries.ActionsOf(Plans, CountryCode.Parse("HR"), new DateInterval(D("2020-10-31"), D("2020-11-30")));
        var europol2026 = EmpactQueries.ActionsOf(Plans, OrganisationId.Europol, new DateInterval(D("2026-01-01"), D("2026-12-31")));
        var slovenia = EmpactQueries.ActionsOf(Plans, CountryCode.Parse("SI"), new DateInterval(D("2020-11-01"), D("2020-12-31")));

        Assert.Equal(ParticipationRole.Leader, Assert.Single(croatia).Role);
        Assert.Equal([ParticipationRole.Participant, ParticipationRole.Leader], europol2026.Select(i => i.Role));
        Assert.Empty(slovenia);
        Assert.Throws<ArgumentException>(() => EmpactQueries.ActionsOf(Plans, default, new DateInterval(D("2020-01-01"), D("2020-12-31"))));
    }

    [Fact]
    public void Third_country_participation_is_grouped_by_priority_and_country()
    {
        var participation = EmpactQueries.ThirdCountryParticipationByPriority(Plans);

        var firearms = participation.Where(p => p.Priority == CrimePriorityKey.Parse("2018-2021/firearms-trafficking")).ToList();
        Assert.Equal(["AL", "BA", "ME", "MK", "RS", "XK"], firearms.Select(p => p.Country.ToString()));
        Assert.All(firearms, p => Assert.Equal(["OA 1.1", "OA 2.3"], p.Actions.Select(a => a.Code.ToString())));
        var smuggling = participation.Where(p => p.Priority == CrimePriorityKey.Parse("2026-2029/migrant-smuggling-and-thb")).ToList();
        Assert.Equal(["AL", "BA", "ME", "MK", "RS", "XK"], smuggling.Select(p => p.Country.ToString()));
        Assert.DoesNotContain(participation, p => p.Country == CountryCode.Parse("HR") || p.Country == CountryCode.Parse("BG"));
        Assert.All(participation, p => Assert.Contains(p.Country, CountryGroupings.WesternBalkansSix.MembersOn(D("2026-01-01"))));
    }

    [Fact]
    public void A_former_member_state_counts_as_a_third_country_after_it_left()
    {
        var plan = new OperationalActionPlan
        {
            Cycle = PolicyCycleId.Cycle2018To2021,
            Priority = CrimePriorityKey.Parse("2018-2021/cybercrime"),
            Period = new DateInterval(D("2019-01-01"), D("2021-12-31")),
            Actions =
            [
                new OperationalAction
                {
                    Code = ActionCode.Parse("OA 1"), Title = "Before", Leader = OrganisationId.Europol, Participants = [CountryCode.Parse("GB")],
                    Period = new DateInterval(D("2019-06-01"), D("2019-06-30")), Status = ActionStatus.Completed,
                },
                new OperationalAction
                {
                    Code = ActionCode.Parse("OA 2"), Title = "After", Leader = OrganisationId.Europol, Participants = [CountryCode.Parse("GB")],
                    Period = new DateInterval(D("2021-06-01"), D("2021-06-30")), Status = ActionStatus.Completed,
                },
            ],
        };

        var gb = Assert.Single(EmpactQueries.ThirdCountryParticipationByPriority([plan]));
        Assert.Equal("OA 2", Assert.Single(gb.Actions).Code.ToString());
    }
}
