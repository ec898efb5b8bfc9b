using JhaModel.Countries;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>Queries over operational action plans: who takes part in what, and the participation of third countries.</summary>
/// <remarks>The queries skip null plans and actions, and actions without a period; they never modify their input.</remarks>
public static class EmpactQueries
{
    /// <summary>
    /// The actions <paramref name="party"/> takes part in — as leader, co-leader or participant — that run on at least
    /// one day of <paramref name="period"/>.
    /// </summary>
    /// <param name="plans">The plans to search.</param>
    /// <param name="party">The party, e.g. <c>CountryCode.Albania</c> (converted implicitly) or <c>OrganisationId.Europol</c>.</param>
    /// <param name="period">The days asked about, inclusive.</param>
    /// <returns>Each action with its plan's priority and the party's role, in the order of the plans and actions given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is the default value.</exception>
    public static IReadOnlyList<ActionInvolvement> ActionsOf(IEnumerable<OperationalActionPlan> plans, Party party, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(period);
        if (party.IsDefault)
        {
            throw new ArgumentException("The default Party names no one.", nameof(party));
        }

        var result = new List<ActionInvolvement>();
        foreach (var plan in plans)
        {
            if (plan is null)
            {
                continue;
            }

            foreach (var action in plan.Actions)
            {
                if (action?.Period is { } runs && runs.Start <= period.End && runs.End >= period.Start && action.RoleOf(party) is { } role)
                {
                    result.Add(new ActionInvolvement { Priority = plan.Priority, Action = action, Role = role });
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Per crime priority, the third countries that take part in its actions: countries (leaders, co-leaders or
    /// participants) that were not EU member states on the first day of the action.
    /// </summary>
    /// <param name="plans">The plans to search.</param>
    /// <returns>One entry per priority and country, ordered by priority key, then by country code; each lists the actions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ThirdCountryParticipation> ThirdCountryParticipationByPriority(IEnumerable<OperationalActionPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var groups = new SortedDictionary<(CrimePriorityKey Priority, CountryCode Country), List<OperationalAction>>();
        foreach (var plan in plans)
        {
            if (plan is null || plan.Priority.IsDefault)
            {
                continue;
            }

            foreach (var action in plan.Actions)
            {
                if (action?.Period is null)
                {
                    continue;
                }

                foreach (var country in CountriesOf(action).Distinct())
                {
                    if (CountryGroupings.EuMemberStates.MembershipOn(country, action.Period.Start) == GroupingMembership.Member)
                    {
                        continue;
                    }

                    if (!groups.TryGetValue((plan.Priority, country), out var actions))
                    {
                        groups[(plan.Priority, country)] = actions = [];
                    }

                    actions.Add(action);
                }
            }
        }

        return [.. groups.Select(g => new ThirdCountryParticipation { Priority = g.Key.Priority, Country = g.Key.Country, Actions = g.Value })];
    }

    private static IEnumerable<CountryCode> CountriesOf(OperationalAction action) =>
        new[] { action.Leader }.Concat(action.CoLeaders).Concat(action.Participants)
            .Where(p => p.Kind == PartyKind.Country)
            .Select(p => p.Country!.Value);
}
