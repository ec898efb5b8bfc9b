using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Empact;

public sealed class EmpactValidatorTests
{
    private static readonly Source ASource = new() { Title = "A source" };

    private static PolicyCycle ValidCycle => EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025);

    private static CrimePriority ValidPriority => EmpactRegistry.GetPriority(CrimePriorityKey.Parse("2026-2029/crimes-online"));

    private static OperationalAction ValidAction => new()
    {
        Code = ActionCode.Parse("OA 1.1"),
        Title = "Joint action days",
        Leader = CountryCode.Parse("HR"),
        CoLeaders = [OrganisationId.Europol],
        Participants = [CountryCode.Parse("HR"), CountryCode.Parse("SI"), CountryCode.Albania, CountryCode.Kosovo, OrganisationId.Europol],
        Period = new DateInterval(D("2020-03-01"), D("2020-10-31")),
        Status = ActionStatus.Completed,
        Results = [new ActionResult { Metric = ResultMetric.Arrests, Quantity = Quantity.Exactly(24m, QuantityUnit.Count) }],
    };

    private static OperationalActionPlan ValidPlan => new()
    {
        Cycle = PolicyCycleId.Cycle2018To2021,
        Priority = CrimePriorityKey.Parse("2018-2021/firearms-trafficking"),
        Period = new DateInterval(D("2020-01-01"), D("2020-12-31")),
        Title = "OAP Firearms 2020",
        Actions = [ValidAction, ValidAction with { Code = ActionCode.Parse("OA 1.2") }],
    };

    [Property]
    public bool Every_generated_cycle_is_valid(PolicyCycle cycle) => PolicyCycleValidator.Instance.Validate(cycle).IsValid;

    [Property]
    public bool Every_generated_priority_is_valid(CrimePriority priority) => CrimePriorityValidator.Instance.Validate(priority).IsValid;

    [Property]
    public bool Every_generated_action_is_valid(OperationalAction action) => OperationalActionValidator.Instance.Validate(action).IsValid;

    [Property]
    public bool Every_generated_plan_is_valid(OperationalActionPlan plan) => OperationalActionPlanValidator.Instance.Validate(plan).IsValid;

    [Property]
    public bool Every_generated_cycle_result_is_valid(CycleResult result) => CycleResultValidator.Instance.Validate(result).IsValid;

    [Fact]
    public void The_valid_fixtures_pass()
    {
        Assert.True(PolicyCycleValidator.Instance.Validate(ValidCycle).IsValid);
        Assert.True(CrimePriorityValidator.Instance.Validate(ValidPriority).IsValid);
        Assert.True(OperationalActionValidator.Instance.Validate(ValidAction).IsValid);
        Assert.True(OperationalActionPlanValidator.Instance.Validate(ValidPlan).IsValid);
    }

    [Fact]
    public void Cycle_rules_fire()
    {
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { Id = default }), JhaErrorCodes.CycleIdMissing, "Id");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { AdoptedBy = " " }), JhaErrorCodes.CycleAdoptedByMissing, "AdoptedBy");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { AdoptedOn = EventDate.On(D("2022-01-02")) }), JhaErrorCodes.CycleAdoptedAfterStart, "AdoptedOn");
        Assert.True(PolicyCycleValidator.Instance.Validate(ValidCycle with { AdoptedOn = EventDate.On(D("2022-01-01")) }).IsValid);
        Assert.True(PolicyCycleValidator.Instance.Validate(ValidCycle with { AdoptedOn = EventDate.InYear(2022) }).IsValid);
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { AdoptedOn = default }), JhaErrorCodes.EventDateMissing, "AdoptedOn");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { ThreatAssessment = null! }), JhaErrorCodes.ThreatAssessmentMissing, "ThreatAssessment");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { ThreatAssessment = ValidCycle.ThreatAssessment with { Name = "" } }), JhaErrorCodes.ThreatAssessmentNameMissing, "ThreatAssessment.Name");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { Note = "\t" }), JhaErrorCodes.EmpactTextBlank, "Note");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { Priorities = [.. ValidCycle.Priorities, null!] }), JhaErrorCodes.NullElement, "Priorities[11]");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { Priorities = [.. ValidCycle.Priorities, ValidPriority] }), JhaErrorCodes.PriorityOfOtherCycle, "Priorities");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { Priorities = [.. ValidCycle.Priorities, ValidCycle.Priorities[0]] }), JhaErrorCodes.PriorityDuplicate, "Priorities");
        EmpactAssert.Only(PolicyCycleValidator.Instance.Validate(ValidCycle with { Source = null! }), JhaErrorCodes.SourceMissing, "Source");
    }

    [Fact]
    public void Priority_and_lineage_rules_fire()
    {
        var link = ValidPriority.Predecessors[0];

        EmpactAssert.Only(CrimePriorityValidator.Instance.Validate(ValidPriority with { Key = default }), JhaErrorCodes.PriorityKeyMissing, "Key");
        EmpactAssert.Only(CrimePriorityValidator.Instance.Validate(ValidPriority with { Name = "" }), JhaErrorCodes.PriorityNameMissing, "Name");
        EmpactAssert.Only(CrimePriorityValidator.Instance.Validate(ValidPriority with { Scope = ["cyber-attacks", " "] }), JhaErrorCodes.PriorityScopeItemBlank, "Scope[1]");
        EmpactAssert.Only(CrimePriorityValidator.Instance.Validate(ValidPriority with { Predecessors = [link with { Basis = "" }] }), JhaErrorCodes.LineageBasisMissing, "Predecessors[0].Basis");
        EmpactAssert.Only(CrimePriorityValidator.Instance.Validate(ValidPriority with { Predecessors = [link, link] }), JhaErrorCodes.LineageDuplicate, "Predecessors");
        EmpactAssert.Only(
            CrimePriorityValidator.Instance.Validate(ValidPriority with { Predecessors = [link with { Priority = CrimePriorityKey.Parse("2018-2021/cybercrime") }] }),
            JhaErrorCodes.LineageNotPreviousCycle,
            "Predecessors");
        EmpactAssert.Only(
            CrimePriorityValidator.Instance.Validate(ValidPriority with { Predecessors = [link with { Priority = CrimePriorityKey.Parse("2026-2029/drug-trafficking") }] }),
            JhaErrorCodes.LineageNotPreviousCycle,
            "Predecessors");
        EmpactAssert.Only(CrimePriorityValidator.Instance.Validate(ValidPriority with { Predecessors = [link with { Priority = default }] }), JhaErrorCodes.PriorityKeyMissing, "Predecessors[0].Priority");
    }

    [Fact]
    public void Result_rules_fire()
    {
        var result = new CycleResult { Metric = ResultMetric.Arrests, Quantity = Quantity.Exactly(1m, QuantityUnit.Count), Source = ASource, Confidence = Confidence.Verified };

        Assert.True(CycleResultValidator.Instance.Validate(result).IsValid);
        EmpactAssert.Only(CycleResultValidator.Instance.Validate(result with { Metric = default }), JhaErrorCodes.ResultMetricMissing, "Metric");
        EmpactAssert.Only(CycleResultValidator.Instance.Validate(result with { Quantity = null! }), JhaErrorCodes.QuantityMissing, "Quantity");
        EmpactAssert.Only(CycleResultValidator.Instance.Validate(result with { Quantity = result.Quantity with { Value = -1m } }), JhaErrorCodes.QuantityNegative, "Quantity.Value");
        EmpactAssert.Only(ActionResultValidator.Instance.Validate(new ActionResult { Metric = ResultMetric.Arrests, Quantity = result.Quantity with { Unit = default } }), JhaErrorCodes.QuantityUnitMissing, "Quantity.Unit");
    }

    [Fact]
    public void Plan_rules_fire()
    {
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Cycle = default }), JhaErrorCodes.CycleIdMissing, "Cycle");
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Priority = default }), JhaErrorCodes.PriorityKeyMissing, "Priority");
        EmpactAssert.Only(
            OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Priority = CrimePriorityKey.Parse("2022-2025/firearms-trafficking") }),
            JhaErrorCodes.PlanPriorityOtherCycle,
            "Priority");
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Period = null! }), JhaErrorCodes.PeriodMissing, "Period");
        EmpactAssert.Only(
            OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Period = new DateInterval(D("2020-01-01"), D("2022-01-31")) }),
            JhaErrorCodes.PlanPeriodOutsideCycle,
            "Period");
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Title = "" }), JhaErrorCodes.EmpactTextBlank, "Title");
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Actions = [ValidAction, ValidAction] }), JhaErrorCodes.ActionCodeDuplicate, "Actions");
        EmpactAssert.Only(
            OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Actions = [ValidAction with { Period = new DateInterval(D("2020-06-01"), D("2021-03-31")) }] }),
            JhaErrorCodes.ActionPeriodOutsidePlan,
            "Actions");
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Actions = [ValidAction, null!] }), JhaErrorCodes.NullElement, "Actions[1]");
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Actions = [ValidAction with { Title = "" }] }), JhaErrorCodes.ActionTitleMissing, "Actions[0].Title");
        Assert.True(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Actions = [] }).IsValid);
    }

    [Fact]
    public void Action_rules_fire()
    {
        var v = OperationalActionValidator.Instance;

        EmpactAssert.Only(v.Validate(ValidAction with { Code = default }), JhaErrorCodes.ActionCodeMissing, "Code");
        EmpactAssert.Only(v.Validate(ValidAction with { Title = " " }), JhaErrorCodes.ActionTitleMissing, "Title");
        EmpactAssert.Only(v.Validate(ValidAction with { Leader = default }), JhaErrorCodes.ActionPartyMissing, "Leader");
        EmpactAssert.Only(v.Validate(ValidAction with { Participants = [.. ValidAction.Participants, default] }), JhaErrorCodes.ActionPartyMissing, "Participants[5]");
        EmpactAssert.Only(v.Validate(ValidAction with { Leader = CountryCode.Parse("AT") }), JhaErrorCodes.LeaderNotParticipant, "Participants");
        EmpactAssert.Only(v.Validate(ValidAction with { CoLeaders = [CountryCode.Parse("DE")] }), JhaErrorCodes.LeaderNotParticipant, "Participants");
        Assert.True(v.Validate(ValidAction with { Leader = OrganisationId.Frontex }).IsValid);
        EmpactAssert.Only(v.Validate(ValidAction with { Participants = [.. ValidAction.Participants, CountryCode.Kosovo] }), JhaErrorCodes.ParticipantDuplicate, "Participants");
        EmpactAssert.Only(v.Validate(ValidAction with { CoLeaders = [OrganisationId.Europol, OrganisationId.Europol] }), JhaErrorCodes.CoLeaderDuplicate, "CoLeaders");
        EmpactAssert.Only(v.Validate(ValidAction with { CoLeaders = [CountryCode.Parse("HR")] }), JhaErrorCodes.CoLeaderDuplicate, "CoLeaders");
        EmpactAssert.Only(v.Validate(ValidAction with { Period = null! }), JhaErrorCodes.PeriodMissing, "Period");
        EmpactAssert.Only(v.Validate(ValidAction with { Status = 0 }), JhaErrorCodes.ActionStatusUndefined, "Status");
        EmpactAssert.Only(v.Validate(ValidAction with { Results = [null!] }), JhaErrorCodes.NullElement, "Results[0]");
    }

    [Fact]
    public void Third_countries_and_non_agencies_may_not_lead_unless_the_rule_is_relaxed()
    {
        var ledByKosovo = ValidAction with { Leader = CountryCode.Kosovo };
        var coLedByAlbania = ValidAction with { CoLeaders = [CountryCode.Albania] };
        var ledByCoe = ValidAction with { Leader = OrganisationId.CouncilOfEurope };
        var ledByUnknownOrganisation = ValidAction with { Leader = Party.Parse("hr") };

        EmpactAssert.Only(OperationalActionValidator.Instance.Validate(ledByKosovo), JhaErrorCodes.LeaderNotEligible, "Leader");
        EmpactAssert.Only(OperationalActionValidator.Instance.Validate(coLedByAlbania), JhaErrorCodes.LeaderNotEligible, "Leader");
        EmpactAssert.Only(OperationalActionValidator.Instance.Validate(ledByCoe), JhaErrorCodes.LeaderNotEligible, "Leader");
        EmpactAssert.Only(OperationalActionValidator.Instance.Validate(ledByUnknownOrganisation), JhaErrorCodes.LeaderNotEligible, "Leader");
        Assert.Contains("XK", OperationalActionValidator.Instance.Validate(ledByKosovo).Errors[0].ErrorMessage, StringComparison.Ordinal);
        EmpactAssert.Only(OperationalActionPlanValidator.Instance.Validate(ValidPlan with { Actions = [ledByKosovo] }), JhaErrorCodes.LeaderNotEligible, "Actions[0].Leader");

        var relaxed = new OperationalActionValidator(ActionLeadership.AnyParticipant);
        Assert.Equal(ActionLeadership.AnyParticipant, relaxed.Leadership);
        Assert.True(relaxed.Validate(ledByKosovo).IsValid);
        Assert.True(relaxed.Validate(coLedByAlbania).IsValid);
        Assert.True(new OperationalActionPlanValidator(ActionLeadership.AnyParticipant).Validate(ValidPlan with { Actions = [ledByKosovo] }).IsValid);
        Assert.Equal(ActionLeadership.MemberStatesAndAgencies, OperationalActionValidator.Instance.Leadership);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OperationalActionValidator((ActionLeadership)0));
    }

    [Fact]
    public void Membership_is_judged_on_the_actions_first_day()
    {
        var croatianLed = ValidAction with { Period = new DateInterval(D("2013-06-01"), D("2013-08-31")) };

        EmpactAssert.Only(OperationalActionValidator.Instance.Validate(croatianLed), JhaErrorCodes.LeaderNotEligible, "Leader");
        Assert.True(OperationalActionValidator.Instance.Validate(croatianLed with { Period = new DateInterval(D("2013-07-01"), D("2013-08-31")) }).IsValid);
        var britishLed = ValidAction with { Leader = CountryCode.Parse("GB"), Participants = [.. ValidAction.Participants, CountryCode.Parse("GB")] };
        Assert.True(OperationalActionValidator.Instance.Validate(britishLed with { Period = new DateInterval(D("2019-01-01"), D("2020-12-31")) }).IsValid);
        EmpactAssert.Only(OperationalActionValidator.Instance.Validate(britishLed), JhaErrorCodes.LeaderNotEligible, "Leader");
    }
}
