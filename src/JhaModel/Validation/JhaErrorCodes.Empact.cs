namespace JhaModel.Validation;

/// <content>The codes of the EMPACT rules.</content>
public static partial class JhaErrorCodes
{
    /// <summary><c>JHA-EMP-001</c>: a policy cycle identifier is missing (the default value).</summary>
    public const string CycleIdMissing = "JHA-EMP-001";

    /// <summary><c>JHA-EMP-002</c>: a policy cycle's adopting body is blank.</summary>
    public const string CycleAdoptedByMissing = "JHA-EMP-002";

    /// <summary><c>JHA-EMP-003</c>: a policy cycle's priorities were adopted after the cycle started.</summary>
    public const string CycleAdoptedAfterStart = "JHA-EMP-003";

    /// <summary><c>JHA-EMP-004</c>: a policy cycle has no threat assessment.</summary>
    public const string ThreatAssessmentMissing = "JHA-EMP-004";

    /// <summary><c>JHA-EMP-005</c>: a threat assessment's name is blank.</summary>
    public const string ThreatAssessmentNameMissing = "JHA-EMP-005";

    /// <summary><c>JHA-EMP-006</c>: a policy cycle lists a priority whose key names another cycle.</summary>
    public const string PriorityOfOtherCycle = "JHA-EMP-006";

    /// <summary><c>JHA-EMP-007</c>: a policy cycle lists the same priority key twice.</summary>
    public const string PriorityDuplicate = "JHA-EMP-007";

    /// <summary><c>JHA-EMP-008</c>: an optional text of the EMPACT area (a note or a title) is present but blank.</summary>
    public const string EmpactTextBlank = "JHA-EMP-008";

    /// <summary><c>JHA-EMP-009</c>: a crime priority key is missing (the default value).</summary>
    public const string PriorityKeyMissing = "JHA-EMP-009";

    /// <summary><c>JHA-EMP-010</c>: a crime priority's name is blank.</summary>
    public const string PriorityNameMissing = "JHA-EMP-010";

    /// <summary><c>JHA-EMP-011</c>: an item of a crime priority's scope is blank or null.</summary>
    public const string PriorityScopeItemBlank = "JHA-EMP-011";

    /// <summary><c>JHA-EMP-012</c>: a priority-lineage link has a blank basis.</summary>
    public const string LineageBasisMissing = "JHA-EMP-012";

    /// <summary><c>JHA-EMP-013</c>: a predecessor priority is not of the cycle immediately before the successor's.</summary>
    public const string LineageNotPreviousCycle = "JHA-EMP-013";

    /// <summary><c>JHA-EMP-014</c>: a crime priority names the same predecessor twice.</summary>
    public const string LineageDuplicate = "JHA-EMP-014";

    /// <summary><c>JHA-EMP-015</c>: a result's metric is missing (the default value).</summary>
    public const string ResultMetricMissing = "JHA-EMP-015";

    /// <summary><c>JHA-EMP-016</c>: a result has no quantity.</summary>
    public const string QuantityMissing = "JHA-EMP-016";

    /// <summary><c>JHA-EMP-017</c>: a quantity's value is negative.</summary>
    public const string QuantityNegative = "JHA-EMP-017";

    /// <summary><c>JHA-EMP-018</c>: a quantity's unit is missing (the default value).</summary>
    public const string QuantityUnitMissing = "JHA-EMP-018";

    /// <summary><c>JHA-EMP-019</c>: a quantity's bound is not one of the defined values.</summary>
    public const string QuantityBoundUndefined = "JHA-EMP-019";

    /// <summary><c>JHA-EMP-020</c>: an operational action plan's priority belongs to another cycle than the plan.</summary>
    public const string PlanPriorityOtherCycle = "JHA-EMP-020";

    /// <summary><c>JHA-EMP-021</c>: a required period (of a plan or an action) is missing.</summary>
    public const string PeriodMissing = "JHA-EMP-021";

    /// <summary><c>JHA-EMP-022</c>: an operational action plan's period does not lie within its cycle's years.</summary>
    public const string PlanPeriodOutsideCycle = "JHA-EMP-022";

    /// <summary><c>JHA-EMP-023</c>: two actions of an operational action plan have the same code.</summary>
    public const string ActionCodeDuplicate = "JHA-EMP-023";

    /// <summary><c>JHA-EMP-024</c>: an operational action's period does not lie within its plan's period.</summary>
    public const string ActionPeriodOutsidePlan = "JHA-EMP-024";

    /// <summary><c>JHA-EMP-025</c>: an operational action's code is missing (the default value).</summary>
    public const string ActionCodeMissing = "JHA-EMP-025";

    /// <summary><c>JHA-EMP-026</c>: an operational action's title is blank.</summary>
    public const string ActionTitleMissing = "JHA-EMP-026";

    /// <summary><c>JHA-EMP-027</c>: an operational action's leader, a co-leader or a participant is missing (the default value).</summary>
    public const string ActionPartyMissing = "JHA-EMP-027";

    /// <summary><c>JHA-EMP-028</c>: a country that leads or co-leads an operational action is not among its participants.</summary>
    public const string LeaderNotParticipant = "JHA-EMP-028";

    /// <summary><c>JHA-EMP-029</c>: an operational action lists the same participant twice.</summary>
    public const string ParticipantDuplicate = "JHA-EMP-029";

    /// <summary><c>JHA-EMP-030</c>: an operational action lists a co-leader twice, or its leader as a co-leader.</summary>
    public const string CoLeaderDuplicate = "JHA-EMP-030";

    /// <summary><c>JHA-EMP-031</c>: an operational action is led or co-led by a party that may not lead.</summary>
    public const string LeaderNotEligible = "JHA-EMP-031";

    /// <summary><c>JHA-EMP-032</c>: an operational action's status is not one of the defined values.</summary>
    public const string ActionStatusUndefined = "JHA-EMP-032";

    private static IEnumerable<ErrorCodeInfo> EmpactArea() =>
    [
        Info(CycleIdMissing, nameof(CycleIdMissing), "EMPACT", "A policy cycle identifier is given (not the default value)."),
        Info(CycleAdoptedByMissing, nameof(CycleAdoptedByMissing), "EMPACT", "A policy cycle names the body that adopted its priorities."),
        Info(CycleAdoptedAfterStart, nameof(CycleAdoptedAfterStart), "EMPACT", "A policy cycle's priorities are adopted on or before the first day of the cycle."),
        Info(ThreatAssessmentMissing, nameof(ThreatAssessmentMissing), "EMPACT", "A policy cycle names the threat assessment its priorities rest on."),
        Info(ThreatAssessmentNameMissing, nameof(ThreatAssessmentNameMissing), "EMPACT", "A threat assessment has a name that is not blank (e.g. 'EU SOCTA 2021')."),
        Info(PriorityOfOtherCycle, nameof(PriorityOfOtherCycle), "EMPACT", "Every priority of a policy cycle has a key of that cycle."),
        Info(PriorityDuplicate, nameof(PriorityDuplicate), "EMPACT", "A policy cycle lists each priority key once."),
        Info(EmpactTextBlank, nameof(EmpactTextBlank), "EMPACT", "An optional note or title, when given, is not blank."),
        Info(PriorityKeyMissing, nameof(PriorityKeyMissing), "EMPACT", "A crime priority key is given (not the default value)."),
        Info(PriorityNameMissing, nameof(PriorityNameMissing), "EMPACT", "A crime priority has a name that is not blank."),
        Info(PriorityScopeItemBlank, nameof(PriorityScopeItemBlank), "EMPACT", "The sub-areas listed in a crime priority's scope are not blank."),
        Info(LineageBasisMissing, nameof(LineageBasisMissing), "EMPACT", "A link to a predecessor priority says why it is made."),
        Info(LineageNotPreviousCycle, nameof(LineageNotPreviousCycle), "EMPACT", "A predecessor priority belongs to the cycle that ends the year before the successor's cycle starts: lineage points exactly one cycle back."),
        Info(LineageDuplicate, nameof(LineageDuplicate), "EMPACT", "A crime priority names each predecessor once."),
        Info(ResultMetricMissing, nameof(ResultMetricMissing), "EMPACT", "A result says what it measures (not the default value)."),
        Info(QuantityMissing, nameof(QuantityMissing), "EMPACT", "A result has a quantity."),
        Info(QuantityNegative, nameof(QuantityNegative), "EMPACT", "A quantity's value is zero or more."),
        Info(QuantityUnitMissing, nameof(QuantityUnitMissing), "EMPACT", "A quantity has a unit (not the default value)."),
        Info(QuantityBoundUndefined, nameof(QuantityBoundUndefined), "EMPACT", "A quantity's bound, when given, is at-least, more-than, at-most or less-than."),
        Info(PlanPriorityOtherCycle, nameof(PlanPriorityOtherCycle), "EMPACT", "An operational action plan's priority belongs to the plan's cycle."),
        Info(PeriodMissing, nameof(PeriodMissing), "EMPACT", "An operational action plan and an operational action each have a period."),
        Info(PlanPeriodOutsideCycle, nameof(PlanPeriodOutsideCycle), "EMPACT", "An operational action plan's period lies within its cycle's years."),
        Info(ActionCodeDuplicate, nameof(ActionCodeDuplicate), "EMPACT", "The action codes of an operational action plan are unique within the plan."),
        Info(ActionPeriodOutsidePlan, nameof(ActionPeriodOutsidePlan), "EMPACT", "An operational action's period lies within its plan's period."),
        Info(ActionCodeMissing, nameof(ActionCodeMissing), "EMPACT", "An operational action has a code (not the default value)."),
        Info(ActionTitleMissing, nameof(ActionTitleMissing), "EMPACT", "An operational action has a title that is not blank."),
        Info(ActionPartyMissing, nameof(ActionPartyMissing), "EMPACT", "An operational action's leader, co-leaders and participants are given (not the default value)."),
        Info(LeaderNotParticipant, nameof(LeaderNotParticipant), "EMPACT", "A country that leads or co-leads an operational action is also listed among its participants (organisations need not be)."),
        Info(ParticipantDuplicate, nameof(ParticipantDuplicate), "EMPACT", "An operational action lists each participant once."),
        Info(CoLeaderDuplicate, nameof(CoLeaderDuplicate), "EMPACT", "An operational action lists each co-leader once, and not its leader."),
        Info(LeaderNotEligible, nameof(LeaderNotEligible), "EMPACT", "Only EU member states (on the action's first day) and the EU agencies of the organisation registry lead or co-lead an operational action; third countries participate. Relax with ActionLeadership.AnyParticipant."),
        Info(ActionStatusUndefined, nameof(ActionStatusUndefined), "EMPACT", "An operational action's status is planned, ongoing, completed or cancelled."),
    ];
}
