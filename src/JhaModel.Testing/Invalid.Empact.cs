using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Breaking generators of the EMPACT rules.</content>
public static partial class Invalid
{
    private static IEnumerable<BreakingCase> EmpactCases() =>
    [
        Case(JhaErrorCodes.CycleIdMissing, JhaGenerators.PolicyCycle.Select(c => c with { Id = default })),
        Case(JhaErrorCodes.CycleAdoptedByMissing, from c in JhaGenerators.PolicyCycle from text in Blank select c with { AdoptedBy = text }),
        Case(JhaErrorCodes.CycleAdoptedAfterStart,
            from c in JhaGenerators.PolicyCycle
            from days in Gen.Choose(1, 400)
            select c with { AdoptedOn = EventDate.On(c.Id.Period.Start.PlusDays(days)) }),
        Case(JhaErrorCodes.ThreatAssessmentMissing, JhaGenerators.PolicyCycle.Select(c => c with { ThreatAssessment = null! })),
        Case(JhaErrorCodes.ThreatAssessmentNameMissing, from t in JhaGenerators.ThreatAssessment from text in Blank select t with { Name = text }),
        Case(JhaErrorCodes.PriorityOfOtherCycle,
            from c in JhaGenerators.PolicyCycle
            from other in JhaGenerators.PolicyCycleId
            where other != c.Id
            from stranger in JhaGenerators.CrimePriorityIn(other)
            from at in Gen.Choose(0, c.Priorities.Count)
            select c with { Priorities = [.. c.Priorities.Take(at), stranger, .. c.Priorities.Skip(at)] }),
        Case(JhaErrorCodes.PriorityDuplicate,
            from c in JhaGenerators.PolicyCycle
            from p in JhaGenerators.CrimePriorityIn(c.Id)
            select c with { Priorities = [.. c.Priorities.Where(q => q.Key != p.Key), p, p with { Name = p.Name + " (listed again)" }] }),
        Case(JhaErrorCodes.EmpactTextBlank, from c in JhaGenerators.PolicyCycle from text in Blank select c with { Note = text }),
        Case(JhaErrorCodes.PriorityKeyMissing, JhaGenerators.CrimePriority.Select(p => p with { Key = default })),
        Case(JhaErrorCodes.PriorityNameMissing, from p in JhaGenerators.CrimePriority from text in Blank select p with { Name = text }),
        Case(JhaErrorCodes.PriorityScopeItemBlank,
            from p in JhaGenerators.CrimePriority
            from text in Gen.Elements(Blanks).OrNull()
            select p with { Scope = [.. p.Scope, text!] }),
        Case(JhaErrorCodes.LineageBasisMissing,
            from id in JhaGenerators.PolicyCycleId
            from link in JhaGenerators.PredecessorOf(id)
            from text in Blank
            select link with { Basis = text }),
        Case(JhaErrorCodes.LineageNotPreviousCycle,
            from p in JhaGenerators.CrimePriority
            from link in JhaGenerators.PredecessorOf(p.Key.Cycle)
            from shift in Gen.Elements(-3, -1, 1, 2, 5)
            let cycle = link.Priority.Cycle
            let wrong = PolicyCycleId.Of(cycle.FirstYear + shift, cycle.LastYear + shift)
            select p with { Predecessors = [link with { Priority = CrimePriorityKey.Of(wrong, link.Priority.Slug) }] }),
        Case(JhaErrorCodes.LineageDuplicate,
            from p in JhaGenerators.CrimePriority
            from link in JhaGenerators.PredecessorOf(p.Key.Cycle)
            select p with { Predecessors = [link, link with { Basis = link.Basis + " Recorded again." }] }),
        Case(JhaErrorCodes.ResultMetricMissing, JhaGenerators.ActionResult.Select(r => r with { Metric = default })),
        Case(JhaErrorCodes.QuantityMissing, JhaGenerators.ActionResult.Select(r => r with { Quantity = null! })),
        Case(JhaErrorCodes.QuantityNegative,
            from q in JhaGenerators.Quantity
            from below in Gen.Choose(1, 100_000)
            select q with { Value = -below / 100m }),
        Case(JhaErrorCodes.QuantityUnitMissing, JhaGenerators.Quantity.Select(q => q with { Unit = default })),
        Case(JhaErrorCodes.QuantityBoundUndefined,
            from q in JhaGenerators.Quantity
            from value in Gen.Elements(0, 5, 99, -1)
            select q with { Bound = (QuantityBound)value }),
        Case(JhaErrorCodes.PlanPriorityOtherCycle,
            from plan in JhaGenerators.OperationalActionPlan
            from other in JhaGenerators.PolicyCycleId
            where other != plan.Cycle
            from key in JhaGenerators.PriorityKeyIn(other)
            select plan with { Priority = key }),
        Case(JhaErrorCodes.PeriodMissing, JhaGenerators.OperationalAction.Select(a => a with { Period = null! })),
        Case(JhaErrorCodes.PlanPeriodOutsideCycle,
            from plan in JhaGenerators.OperationalActionPlan
            from days in Gen.Choose(1, 400)
            from after in Gen.Elements(true, false)
            select plan with
            {
                Period = after
                    ? new DateInterval(plan.Period.Start, plan.Cycle.Period.End.PlusDays(days))
                    : new DateInterval(plan.Cycle.Period.Start.PlusDays(-days), plan.Period.End),
            }),
        Case(JhaErrorCodes.ActionCodeDuplicate,
            from plan in JhaGenerators.OperationalActionPlan
            from code in JhaGenerators.ActionCode
            from first in JhaGenerators.OperationalActionWithin(plan.Period, code)
            from second in JhaGenerators.OperationalActionWithin(plan.Period, code)
            select plan with { Actions = [.. plan.Actions.Where(a => a.Code != code), first, second] }),
        Case(JhaErrorCodes.ActionPeriodOutsidePlan,
            from plan in JhaGenerators.OperationalActionPlan
            from code in JhaGenerators.ActionCode
            where plan.Actions.All(a => a.Code != code)
            from action in JhaGenerators.OperationalActionWithin(plan.Period, code)
            from days in Gen.Choose(1, 400)
            select plan with { Actions = [.. plan.Actions, action with { Period = new DateInterval(action.Period.Start, plan.Period.End.PlusDays(days)) }] }),
        Case(JhaErrorCodes.ActionCodeMissing, JhaGenerators.OperationalAction.Select(a => a with { Code = default })),
        Case(JhaErrorCodes.ActionTitleMissing, from a in JhaGenerators.OperationalAction from text in Blank select a with { Title = text }),
        Case(JhaErrorCodes.ActionPartyMissing,
            from a in JhaGenerators.OperationalAction
            from slot in Gen.Choose(0, 2)
            select slot switch
            {
                0 => a with { Leader = default },
                1 => a with { CoLeaders = [.. a.CoLeaders, default] },
                _ => a with { Participants = [.. a.Participants, default] },
            }),
        Case(JhaErrorCodes.LeaderNotParticipant,
            from a in JhaGenerators.OperationalAction
            from member in JhaGenerators.EuMemberState
            where !a.Participants.Contains(member) && !a.CoLeaders.Contains(member)
            select a with { Leader = member }),
        Case(JhaErrorCodes.ParticipantDuplicate,
            from a in JhaGenerators.OperationalAction
            where a.Participants.Count > 0
            from at in Gen.Choose(0, a.Participants.Count - 1)
            select a with { Participants = [.. a.Participants, a.Participants[at]] }),
        Case(JhaErrorCodes.CoLeaderDuplicate,
            from a in JhaGenerators.OperationalAction
            select a with { CoLeaders = [.. a.CoLeaders, a.Leader] }),
        Case(JhaErrorCodes.LeaderNotEligible,
            from a in JhaGenerators.OperationalAction
            from third in JhaGenerators.WesternBalkansCountry
            from asCoLeader in Gen.Elements(true, false)
            let party = Party.Of(third)
            let participants = a.Participants.Contains(party) ? a.Participants : [.. a.Participants, party]
            select asCoLeader
                ? a with { CoLeaders = [.. a.CoLeaders, party], Participants = participants }
                : a with { Leader = party, CoLeaders = [.. a.CoLeaders.Where(c => c != party)], Participants = participants }),
        Case(JhaErrorCodes.ActionStatusUndefined,
            from a in JhaGenerators.OperationalAction
            from value in Gen.Elements(0, 5, 99, -1)
            select a with { Status = (ActionStatus)value }),
    ];
}
