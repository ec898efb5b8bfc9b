using JhaModel.Validation;
using JhaModel.Provenance;
using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.ReferenceData;
using NodaTime;

namespace JhaModel.Empact;

// Stryker disable Linq : the lists' Count is a property and Lists.All is not LINQ; mutants of them into Sum and Any cannot compile.

/// <summary>The predicates behind the EMPACT rules; each is static and shared by every runner.</summary>
internal static class EmpactRules
{
    public static bool IsPresent(PolicyCycleId id) => !id.IsDefault;

    public static bool IsPresent(CrimePriorityKey key) => !key.IsDefault;

    public static bool IsPresent(ActionCode code) => !code.IsDefault;

    public static bool IsPresent(ResultMetric metric) => !metric.IsDefault;

    public static bool IsPresent(QuantityUnit unit) => !unit.IsDefault;

    public static bool IsPresent(Party party) => !party.IsDefault;

    public static bool IsNonNegative(decimal value) => value >= 0;

    public static bool IsAbsentOrDefined(QuantityBound? bound) => !bound.HasValue || Enum.IsDefined(bound.GetValueOrDefault());

    public static bool IsDefined(ActionStatus status) => Enum.IsDefined(status);

    /// <summary>A cycle's priorities are adopted unless the adoption certainly happened after the cycle's first day.</summary>
    public static bool IsAdoptedByStart(PolicyCycle cycle)
    {
        if (cycle.Id.IsDefault || cycle.AdoptedOn.IsDefault)
        {
            return true;
        }

        var earliest = cycle.AdoptedOn.Earliest;
        return !earliest.HasValue || earliest.GetValueOrDefault() <= new LocalDate(cycle.Id.FirstYear, 1, 1);
    }

    /// <summary>The index of the first priority whose key names another cycle than <paramref name="cycle"/>'s, or -1.</summary>
    public static int FirstPriorityOfOtherCycle(PolicyCycle cycle)
    {
        if (cycle.Id.IsDefault)
        {
            return -1;
        }

        for (int i = 0; i < cycle.Priorities.Count; i++)
        {
            var p = cycle.Priorities[i];
            if (p is not null && !p.Key.IsDefault && p.Key.Cycle != cycle.Id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first priority whose key an earlier priority already has, or -1.</summary>
    public static int FirstDuplicatePriority(IReadOnlyList<CrimePriority> priorities) =>
        Lists.FirstRepeat(priorities, p => p is not { Key.IsDefault: false }, p => p.Key);

    /// <summary>The index of the first predecessor that is not of the cycle immediately before the priority's, or -1.</summary>
    public static int FirstPredecessorNotPreviousCycle(CrimePriority priority)
    {
        if (priority.Key.IsDefault)
        {
            return -1;
        }

        for (int i = 0; i < priority.Predecessors.Count; i++)
        {
            var link = priority.Predecessors[i];
            if (link is not null && !link.Priority.IsDefault && !priority.Key.Cycle.IsPrecededBy(link.Priority.Cycle))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first predecessor named by an earlier link too, or -1.</summary>
    public static int FirstDuplicatePredecessor(IReadOnlyList<PriorityPredecessor> predecessors) =>
        Lists.FirstRepeat(predecessors, p => p is not { Priority.IsDefault: false }, p => p.Priority);

    /// <summary>A plan's priority belongs to the plan's cycle (or one of them is missing, which other rules report).</summary>
    public static bool PriorityBelongsToCycle(OperationalActionPlan plan) =>
        plan.Cycle.IsDefault || plan.Priority.IsDefault || plan.Priority.Cycle == plan.Cycle;

    /// <summary>A plan's period lies within its cycle's years (or one of them is missing, which other rules report).</summary>
    public static bool IsWithinCycle(OperationalActionPlan plan) =>
        plan.Cycle.IsDefault || plan.Period is null
        || (plan.Period.Start.Year >= plan.Cycle.FirstYear && plan.Period.End.Year <= plan.Cycle.LastYear);

    /// <summary>The index of the first action whose code an earlier action already has, or -1.</summary>
    public static int FirstDuplicateActionCode(IReadOnlyList<OperationalAction> actions) =>
        Lists.FirstRepeat(actions, a => a is not { Code.IsDefault: false }, a => a.Code);

    /// <summary>The index of the first action whose period does not lie within the plan's, or -1.</summary>
    public static int FirstActionOutsidePlan(OperationalActionPlan plan)
    {
        if (plan.Period is null)
        {
            return -1;
        }

        for (int i = 0; i < plan.Actions.Count; i++)
        {
            var action = plan.Actions[i];
            if (action?.Period is not null && !IsWithin(action.Period, plan.Period))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first leader or co-leader that is a country missing from the participants, or the default value.</summary>
    public static Party UnlistedLeader(OperationalAction action)
    {
        if (IsUnlisted(action.Leader, action.Participants))
        {
            return action.Leader;
        }

        for (int i = 0; i < action.CoLeaders.Count; i++)
        {
            var coLeader = action.CoLeaders[i];
            if (IsUnlisted(coLeader, action.Participants))
            {
                return coLeader;
            }
        }

        return default;
    }

    /// <summary>The index of the first co-leader that is the leader or was listed earlier, or -1.</summary>
    public static int FirstDuplicateCoLeader(OperationalAction action)
    {
        var coLeaders = action.CoLeaders;
        int repeat = OrganisationRules.FirstDuplicateParty(coLeaders);
        int end = repeat < 0 ? coLeaders.Count : repeat;
        for (int i = 0; i < end; i++)
        {
            if (!coLeaders[i].IsDefault && coLeaders[i] == action.Leader)
            {
                return i;
            }
        }

        return repeat;
    }

    /// <summary>The first leader or co-leader that may not lead on the action's first day, or the default value; against the embedded dataset.</summary>
    public static Party IneligibleLeader(OperationalAction action) => IneligibleLeader(action, null);

    /// <summary>The first leader or co-leader that may not lead on the action's first day, or the default value.</summary>
    /// <param name="action">The action.</param>
    /// <param name="dataset">The reference data that say who is an EU member state and what is an EU agency; the embedded dataset when <see langword="null"/>.</param>
    public static Party IneligibleLeader(OperationalAction action, JhaDataset? dataset)
    {
        if (action.Period is null)
        {
            return default;
        }

        var start = action.Period.Start;
        if (!MayLead(action.Leader, start, dataset))
        {
            return action.Leader;
        }

        for (int i = 0; i < action.CoLeaders.Count; i++)
        {
            var coLeader = action.CoLeaders[i];
            if (!MayLead(coLeader, start, dataset))
            {
                return coLeader;
            }
        }

        return default;
    }

    /// <summary>
    /// Whether <paramref name="party"/> may lead an action starting on <paramref name="start"/>: an EU member state on
    /// that day, or an organisation that the dataset knows as an EU agency (the embedded dataset when
    /// <paramref name="dataset"/> is <see langword="null"/>).
    /// </summary>
    public static bool MayLead(Party party, LocalDate start, JhaDataset? dataset) => party.Kind switch
    {
        PartyKind.Country => (dataset is null ? CountryGroupings.EuMemberStates : dataset.Groupings.EuMemberStates).MembershipOn(party.Country!.Value, start) == GroupingMembership.Member,
        PartyKind.Organisation => (dataset is null ? OrganisationRegistry.TryGet(party.Organisation!.Value, out var known) : dataset.Organisations.TryGet(party.Organisation!.Value, out known)) && known!.Kind == OrganisationKind.EuAgency,
        _ => true,
    };

    /// <summary>Whether <paramref name="inner"/> starts and ends within <paramref name="outer"/>.</summary>
    public static bool IsWithin(DateInterval inner, DateInterval outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static bool IsUnlisted(Party party, IReadOnlyList<Party> participants) =>
        party.Kind == PartyKind.Country && !Lists.Contains(participants, party);

    /// <summary>The fast path of <see cref="QuantityValidator"/>: every rule of <see cref="EmpactRuleTables.Quantity"/>, without allocating.</summary>
    public static bool IsValid(Quantity q) => EmpactRuleTables.Quantity.Passes(q);

    /// <summary>The fast path of <see cref="ActionResultValidator"/>.</summary>
    public static bool IsValid(ActionResult r) => EmpactRuleTables.ActionResult.Passes(r);

    /// <summary>The fast path of <see cref="CycleResultValidator"/>.</summary>
    public static bool IsValid(CycleResult r) => EmpactRuleTables.CycleResult.Passes(r);

    /// <summary>The fast path of <see cref="ThreatAssessmentValidator"/>.</summary>
    public static bool IsValid(ThreatAssessment t) => EmpactRuleTables.ThreatAssessment.Passes(t);

    /// <summary>The fast path of <see cref="PriorityPredecessorValidator"/>.</summary>
    public static bool IsValid(PriorityPredecessor p) => EmpactRuleTables.PriorityPredecessor.Passes(p);

    /// <summary>The fast path of <see cref="CrimePriorityValidator"/>.</summary>
    public static bool IsValid(CrimePriority p) => EmpactRuleTables.CrimePriority.Passes(p);

    /// <summary>The fast path of <see cref="PolicyCycleValidator"/>.</summary>
    public static bool IsValid(PolicyCycle c) => EmpactRuleTables.PolicyCycle.Passes(c);

    /// <summary>The fast path of <see cref="OperationalActionValidator"/> with the default leadership rule.</summary>
    public static bool IsValid(OperationalAction a) => IsValid(a, null);

    /// <summary>The fast path of <see cref="OperationalActionValidator"/> with the default leadership rule, against <paramref name="dataset"/> (the embedded one when <see langword="null"/>).</summary>
    public static bool IsValid(OperationalAction a, JhaDataset? dataset) => EmpactRuleTables.Action.Passes(a, LeadershipContext.Default(dataset));

    /// <summary>The fast path of <see cref="OperationalActionPlanValidator"/> with the default leadership rule.</summary>
    public static bool IsValid(OperationalActionPlan p) => IsValid(p, null);

    /// <summary>The fast path of <see cref="OperationalActionPlanValidator"/> with the default leadership rule, against <paramref name="dataset"/> (the embedded one when <see langword="null"/>).</summary>
    public static bool IsValid(OperationalActionPlan p, JhaDataset? dataset) => EmpactRuleTables.Plan.Passes(p, LeadershipContext.Default(dataset));
}
