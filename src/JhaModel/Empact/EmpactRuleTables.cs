using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.ReferenceData;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>Who may lead an action, and the reference data that say who is an EU member state or agency (the embedded data when <see langword="null"/>).</summary>
/// <param name="Rule">The leadership rule.</param>
/// <param name="Dataset">The reference data, or <see langword="null"/> for the embedded dataset.</param>
internal readonly record struct LeadershipContext(ActionLeadership Rule, JhaDataset? Dataset)
{
    /// <summary>The default leadership rule against <paramref name="dataset"/>.</summary>
    public static LeadershipContext Default(JhaDataset? dataset) => new(ActionLeadership.MemberStatesAndAgencies, dataset);
}

/// <summary>
/// The rule tables of the EMPACT area: each rule's predicate (in <see cref="EmpactRules"/>), code, message and wire
/// member, once, in the order the validators report them. The fast path and the validators both run these tables.
/// </summary>
internal static class EmpactRuleTables
{
    /// <summary>The rules of a <see cref="Empact.Quantity"/>.</summary>
    public static RuleTable<Quantity, NoContext> Quantity { get; } = new(r =>
    [
        r.Must("value", x => x.Value, EmpactRules.IsNonNegative, JhaErrorCodes.QuantityNegative, "The value {PropertyValue} is negative; expected zero or more."),
        r.Must("unit", x => x.Unit, EmpactRules.IsPresent, JhaErrorCodes.QuantityUnitMissing, "The unit is missing; expected a unit such as 'count', 'kilogram' or 'tonne'."),
        r.Must("bound", x => x.Bound, EmpactRules.IsAbsentOrDefined, JhaErrorCodes.QuantityBoundUndefined, "The bound {PropertyValue} is not defined; expected at-least, more-than, at-most, less-than or no bound."),
    ]);

    /// <summary>The rules of an <see cref="Empact.ActionResult"/>: those of every measured result.</summary>
    public static RuleTable<ActionResult, NoContext> ActionResult { get; } = new(r => Measured(r, x => x.Metric, x => x.Quantity));

    /// <summary>The rules of a <see cref="Empact.CycleResult"/>: those of every measured result, a note and a source.</summary>
    public static RuleTable<CycleResult, NoContext> CycleResult { get; } = new(r =>
    [
        .. Measured(r, x => x.Metric, x => x.Quantity),
        r.Must("note", x => x.Note, TextRules.IsAbsentOrPresent, JhaErrorCodes.EmpactTextBlank, "The note is blank; expected text or no value."),
        r.Include(SourcedFactRules<CycleResult>.Table),
    ]);

    /// <summary>The rules of a <see cref="Empact.ThreatAssessment"/>.</summary>
    public static RuleTable<ThreatAssessment, NoContext> ThreatAssessment { get; } = new(r =>
    [
        r.Must("name", x => x.Name, TextRules.IsPresent, JhaErrorCodes.ThreatAssessmentNameMissing, "The threat assessment's name is blank; expected a name such as 'EU SOCTA 2021'."),
        r.Must("note", x => x.Note, TextRules.IsAbsentOrPresent, JhaErrorCodes.EmpactTextBlank, "The note is blank; expected text or no value."),
        r.Include(SourcedFactRules<ThreatAssessment>.Table),
    ]);

    /// <summary>The rules of a <see cref="Empact.PriorityPredecessor"/>.</summary>
    public static RuleTable<PriorityPredecessor, NoContext> PriorityPredecessor { get; } = new(r =>
    [
        r.Must("priority", x => x.Priority, EmpactRules.IsPresent, JhaErrorCodes.PriorityKeyMissing, "The predecessor's key is missing; expected a key such as '2018-2021/firearms'."),
        r.Must("basis", x => x.Basis, TextRules.IsPresent, JhaErrorCodes.LineageBasisMissing, "The basis of the link is blank; expected why the predecessor is linked."),
        r.Include(SourcedFactRules<PriorityPredecessor>.Table),
    ]);

    /// <summary>The rules of a <see cref="Empact.CrimePriority"/>.</summary>
    public static RuleTable<CrimePriority, NoContext> CrimePriority { get; } = new(r =>
    [
        r.Must("key", x => x.Key, EmpactRules.IsPresent, JhaErrorCodes.PriorityKeyMissing, "The priority key is missing; expected a key such as '2022-2025/migrant-smuggling'."),
        r.Must("name", x => x.Name, TextRules.IsPresent, JhaErrorCodes.PriorityNameMissing, "The priority name is blank; expected the name the source gives."),
        r.EachMust("scope", x => x.Scope, TextRules.IsPresent, JhaErrorCodes.PriorityScopeItemBlank, "The scope item is blank or null; expected a sub-area such as 'online fraud'."),
        r.Each("predecessors", x => x.Predecessors, "The predecessor link is null; expected a link."),
        r.NoIndex("predecessors", EmpactRules.FirstPredecessorNotPreviousCycle, JhaErrorCodes.LineageNotPreviousCycle, (x, i) => $"Predecessor {i} ({x.Predecessors[i].Priority}) of {x.Key} is not of the cycle that ends in {x.Key.Cycle.FirstYear - 1}; expected a priority of the cycle immediately before.", atElement: false),
        r.NoIndex("predecessors", x => EmpactRules.FirstDuplicatePredecessor(x.Predecessors), JhaErrorCodes.LineageDuplicate, (_, i) => $"Predecessor {i} repeats an earlier one; expected each predecessor once.", atElement: false),
        r.Include(SourcedFactRules<CrimePriority>.Table),
    ]);

    /// <summary>The rules of a <see cref="Empact.PolicyCycle"/>.</summary>
    public static RuleTable<PolicyCycle, NoContext> PolicyCycle { get; } = new(r =>
    [
        r.Must("id", x => x.Id, EmpactRules.IsPresent, JhaErrorCodes.CycleIdMissing, "The cycle identifier is missing; expected the cycle's years, e.g. '2022-2025'."),
        r.Must("adoptedOn", x => x.AdoptedOn, ProvenanceRules.IsPresent, JhaErrorCodes.EventDateMissing, "The cycle has no adoption date; expected the day, month or year its priorities were adopted."),
        r.Must("adoptedOn", x => x, EmpactRules.IsAdoptedByStart, JhaErrorCodes.CycleAdoptedAfterStart, x => $"The priorities of {x.Id} were adopted on {x.AdoptedOn}, after the cycle started; expected adoption on or before {x.Id.FirstYear}-01-01."),
        r.Must("adoptedBy", x => x.AdoptedBy, TextRules.IsPresent, JhaErrorCodes.CycleAdoptedByMissing, "The adopting body is blank; expected a body such as 'Justice and Home Affairs Council'."),
        r.Required("threatAssessment", x => x.ThreatAssessment, JhaErrorCodes.ThreatAssessmentMissing, "The cycle has no threat assessment; expected the assessment its priorities rest on, e.g. EU SOCTA 2021."),
        r.Each("priorities", x => x.Priorities, "The priority is null; expected a priority."),
        r.NoIndex("priorities", EmpactRules.FirstPriorityOfOtherCycle, JhaErrorCodes.PriorityOfOtherCycle, (x, i) => $"Priority {i} ({x.Priorities[i].Key}) belongs to another cycle; expected a key of {x.Id}."),
        r.NoIndex("priorities", x => EmpactRules.FirstDuplicatePriority(x.Priorities), JhaErrorCodes.PriorityDuplicate, (_, i) => $"Priority {i} repeats the key of an earlier one; expected each key once."),
        r.Each("results", x => x.Results, "The result is null; expected a result."),
        r.Must("note", x => x.Note, TextRules.IsAbsentOrPresent, JhaErrorCodes.EmpactTextBlank, "The note is blank; expected text or no value."),
        r.Include(SourcedFactRules<PolicyCycle>.Table),
    ]);

    /// <summary>The rules of an <see cref="OperationalAction"/>, with the leadership rule and the reference data it applies.</summary>
    public static RuleTable<OperationalAction, LeadershipContext> Action { get; } = new(r =>
    [
        r.Must("code", x => x.Code, EmpactRules.IsPresent, JhaErrorCodes.ActionCodeMissing, "The action code is missing; expected a code such as 'OA 3.2'."),
        r.Must("title", x => x.Title, TextRules.IsPresent, JhaErrorCodes.ActionTitleMissing, "The action title is blank; expected a title."),
        r.Must("leader", x => x.Leader, EmpactRules.IsPresent, JhaErrorCodes.ActionPartyMissing, "The leader is missing; expected a member state (e.g. 'HR') or an agency (e.g. 'europol')."),
        r.EachMust("coLeaders", x => x.CoLeaders, EmpactRules.IsPresent, JhaErrorCodes.ActionPartyMissing, "The co-leader is missing; expected a member state or an agency."),
        r.EachMust("participants", x => x.Participants, EmpactRules.IsPresent, JhaErrorCodes.ActionPartyMissing, "The participant is missing; expected a country (e.g. 'AL', 'XK') or an organisation (e.g. 'frontex')."),
        r.None("participants", x => Given(EmpactRules.UnlistedLeader(x)), JhaErrorCodes.LeaderNotParticipant, (x, leader) => $"{leader} leads or co-leads the action but is not among its participants; expected every country that leads or co-leads to be listed as a participant.{ParticipantHint(x, leader)}"),
        r.NoIndex("participants", x => OrganisationRules.FirstDuplicateParty(x.Participants), JhaErrorCodes.ParticipantDuplicate, (x, i) => $"Participant {i} ({x.Participants[i]}) is listed twice; expected each participant once.", atElement: false),
        r.NoIndex("coLeaders", EmpactRules.FirstDuplicateCoLeader, JhaErrorCodes.CoLeaderDuplicate, (x, i) => $"Co-leader {i} ({x.CoLeaders[i]}) is the leader or is listed twice; expected each co-leader once, other than the leader.", atElement: false),
        r.Must("period", x => x.Period, p => p is not null, JhaErrorCodes.PeriodMissing, "The action has no period; expected the days it runs."),
        r.Must("status", x => x.Status, EmpactRules.IsDefined, JhaErrorCodes.ActionStatusUndefined, "The status {PropertyValue} is not defined; expected planned, ongoing, completed or cancelled."),
        r.Each("results", x => x.Results, "The result is null; expected a result."),
        r.None("leader", (x, c) => c.Rule == ActionLeadership.MemberStatesAndAgencies ? Given(EmpactRules.IneligibleLeader(x, c.Dataset)) : null, JhaErrorCodes.LeaderNotEligible, (x, leader) => $"{DescribeIneligible(leader)} leads or co-leads the action but may not on {x.Period?.Start:uuuu-MM-dd}; expected an EU member state on that day or an EU agency of the organisation registry (third countries participate only)."),
    ]);

    /// <summary>The rules of an <see cref="OperationalActionPlan"/>, with the leadership rule and the reference data its actions are checked against.</summary>
    public static RuleTable<OperationalActionPlan, LeadershipContext> Plan { get; } = new(r =>
    [
        r.Must("cycle", x => x.Cycle, EmpactRules.IsPresent, JhaErrorCodes.CycleIdMissing, "The plan's cycle is missing; expected the cycle's years, e.g. '2022-2025'."),
        r.Must("priority", x => x.Priority, EmpactRules.IsPresent, JhaErrorCodes.PriorityKeyMissing, "The plan's priority is missing; expected a key such as '2022-2025/firearms-trafficking'."),
        r.Must("priority", x => x, EmpactRules.PriorityBelongsToCycle, JhaErrorCodes.PlanPriorityOtherCycle, x => $"The priority {x.Priority} belongs to another cycle than the plan's {x.Cycle}; expected a priority of {x.Cycle}."),
        r.Must("period", x => x.Period, p => p is not null, JhaErrorCodes.PeriodMissing, "The plan has no period; expected the days it covers."),
        r.Must("period", x => x, EmpactRules.IsWithinCycle, JhaErrorCodes.PlanPeriodOutsideCycle, x => $"The plan's period {x.Period} does not lie within the cycle {x.Cycle}; expected days from {x.Cycle.FirstYear}-01-01 to {x.Cycle.LastYear}-12-31."),
        r.Must("title", x => x.Title, TextRules.IsAbsentOrPresent, JhaErrorCodes.EmpactTextBlank, "The title is blank; expected a title or no value."),
        r.Each("actions", x => x.Actions, Action, c => c, ActionValidator, "The action is null; expected an action."),
        r.NoIndex("actions", x => EmpactRules.FirstDuplicateActionCode(x.Actions), JhaErrorCodes.ActionCodeDuplicate, (x, i) => $"Action {i} ({x.Actions[i].Code}) repeats the code of an earlier action; expected each code once within the plan."),
        r.NoIndex("actions", EmpactRules.FirstActionOutsidePlan, JhaErrorCodes.ActionPeriodOutsidePlan, (x, i) => $"Action {i} runs {x.Actions[i].Period}, outside the plan's period {x.Period}; expected a period within the plan's."),
    ]);

    /// <summary>The rules every measured result has: a metric and a valid quantity.</summary>
    private static Rule<T, NoContext>[] Measured<T>(RuleBuilder<T, NoContext> r, Func<T, ResultMetric> metric, Func<T, Quantity?> quantity)
        where T : class =>
    [
        r.Must("metric", metric, EmpactRules.IsPresent, JhaErrorCodes.ResultMetricMissing, "The result's metric is missing; expected what it measures, e.g. 'arrests'."),
        r.Required("quantity", quantity, JhaErrorCodes.QuantityMissing, "The result has no quantity; expected a value with its unit."),
    ];

    /// <summary>The validator of a plan's actions: the shared one for the default rule and data.</summary>
    private static OperationalActionValidator ActionValidator(LeadershipContext context) =>
        context == LeadershipContext.Default(null) ? OperationalActionValidator.Instance : new OperationalActionValidator(context.Rule, context.Dataset);

    private static Party? Given(Party party) => party.IsDefault ? null : party;

    private static string DescribeIneligible(Party party) => party.Kind == PartyKind.Country
        ? $"The country {party}, not an EU member state then,"
        : $"The organisation {party}, not an EU agency of the organisation registry,";

    /// <summary>A hint when the participants hold the unlisted leader in another casing (<c>"at"</c> for <c>AT</c>).</summary>
    private static string ParticipantHint(OperationalAction action, Party leader)
    {
        for (int i = 0; i < action.Participants.Count; i++)
        {
            if (string.Equals(action.Participants[i].ToString(), leader.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return $" participants[{i}] is \"{action.Participants[i]}\": did you mean \"{leader}\"? Country codes are upper-case.";
            }
        }

        return string.Empty;
    }
}
