using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Builders of the EMPACT area.</content>
public static partial class JhaModelFactory
{
    /// <summary>
    /// A policy cycle: the embedded cycle of <paramref name="id"/> if there is one, otherwise the 2022–2025 cycle,
    /// with the given members replaced.
    /// </summary>
    /// <param name="id">The identifier; an embedded one selects its cycle as the base.</param>
    /// <param name="adoptedOn">When the Council adopted the priorities.</param>
    /// <param name="adoptedBy">The body that adopted them.</param>
    /// <param name="threatAssessment">The threat assessment the priorities are based on.</param>
    /// <param name="priorities">The crime priorities.</param>
    /// <param name="results">The results reported for the cycle.</param>
    /// <param name="note">A note.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The cycle.</returns>
    public static PolicyCycle PolicyCycle(
        PolicyCycleId? id = null,
        EventDate? adoptedOn = null,
        string? adoptedBy = null,
        ThreatAssessment? threatAssessment = null,
        IReadOnlyList<CrimePriority>? priorities = null,
        IReadOnlyList<CycleResult>? results = null,
        string? note = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = id is { } i && EmpactRegistry.TryGetCycle(i, out var entry) ? entry : Defaults.Cycle;
        return new PolicyCycle
        {
            Id = id ?? d.Id,
            AdoptedOn = adoptedOn ?? d.AdoptedOn,
            AdoptedBy = adoptedBy ?? d.AdoptedBy,
            ThreatAssessment = threatAssessment ?? d.ThreatAssessment,
            Priorities = priorities ?? d.Priorities,
            Results = results ?? d.Results,
            Note = note ?? d.Note,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A threat assessment, by default the one the 2022–2025 cycle is based on.</summary>
    /// <param name="name">The name.</param>
    /// <param name="note">A note.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The threat assessment.</returns>
    public static ThreatAssessment ThreatAssessment(string? name = null, string? note = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.Cycle.ThreatAssessment;
        return new ThreatAssessment { Name = name ?? d.Name, Note = note ?? d.Note, Source = source ?? d.Source, Confidence = confidence ?? d.Confidence };
    }

    /// <summary>
    /// A crime priority: the embedded priority of <paramref name="key"/> if there is one, otherwise the first embedded
    /// priority with recorded predecessors, with the given members replaced.
    /// </summary>
    /// <param name="key">The key; an embedded one selects its priority as the base.</param>
    /// <param name="name">The name.</param>
    /// <param name="isHorizontal">Whether it is a horizontal (common) priority.</param>
    /// <param name="scope">The crime areas it covers.</param>
    /// <param name="predecessors">The priorities of the previous cycle it continues.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The priority.</returns>
    public static CrimePriority CrimePriority(
        CrimePriorityKey? key = null,
        string? name = null,
        bool? isHorizontal = null,
        IReadOnlyList<string>? scope = null,
        IReadOnlyList<PriorityPredecessor>? predecessors = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = key is { } k && EmpactRegistry.TryGetPriority(k, out var entry) ? entry : Defaults.PriorityWithPredecessors;
        return new CrimePriority
        {
            Key = key ?? d.Key,
            Name = name ?? d.Name,
            IsHorizontal = isHorizontal ?? d.IsHorizontal,
            Scope = scope ?? d.Scope,
            Predecessors = predecessors ?? d.Predecessors,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A priority's predecessor, by default the first one the embedded cycles record.</summary>
    /// <param name="priority">The key of the earlier priority.</param>
    /// <param name="basis">Why it is a predecessor.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The predecessor.</returns>
    public static PriorityPredecessor PriorityPredecessor(CrimePriorityKey? priority = null, string? basis = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.PriorityWithPredecessors.Predecessors[0];
        return new PriorityPredecessor
        {
            Priority = priority ?? d.Priority,
            Basis = basis ?? d.Basis,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A result reported for a whole cycle, by default the first one the embedded cycles record.</summary>
    /// <param name="metric">What was counted.</param>
    /// <param name="quantity">How much.</param>
    /// <param name="note">A note.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The result.</returns>
    public static CycleResult CycleResult(ResultMetric? metric = null, Quantity? quantity = null, string? note = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.CycleWithResults.Results[0];
        return new CycleResult
        {
            Metric = metric ?? d.Metric,
            Quantity = quantity ?? d.Quantity,
            Note = note ?? d.Note,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A result of one operational action, by default the metric and quantity of the first embedded cycle result.</summary>
    /// <param name="metric">What was counted.</param>
    /// <param name="quantity">How much.</param>
    /// <returns>The result.</returns>
    public static ActionResult ActionResult(ResultMetric? metric = null, Quantity? quantity = null)
    {
        var d = Defaults.CycleWithResults.Results[0];
        return new ActionResult { Metric = metric ?? d.Metric, Quantity = quantity ?? d.Quantity };
    }

    /// <summary>A quantity, by default that of the first embedded cycle result.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="bound">Whether the value is exact, a lower or an upper bound.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Quantity(decimal? value = null, QuantityUnit? unit = null, QuantityBound? bound = null)
    {
        var d = Defaults.CycleWithResults.Results[0].Quantity;
        return new Quantity { Value = value ?? d.Value, Unit = unit ?? d.Unit, Bound = bound ?? d.Bound };
    }

    /// <summary>
    /// An operational action, by default <c>OA 1.1</c>: joint action days against firearms trafficking from March to
    /// October 2023, led by Croatia with Europol, with Slovenia, Albania and Kosovo* taking part, and one result.
    /// </summary>
    /// <param name="code">The action code.</param>
    /// <param name="title">The title.</param>
    /// <param name="leader">The leader.</param>
    /// <param name="coLeaders">The co-leaders.</param>
    /// <param name="participants">The participants, leaders included.</param>
    /// <param name="period">When it ran.</param>
    /// <param name="status">Its status.</param>
    /// <param name="results">Its results.</param>
    /// <returns>The action.</returns>
    public static OperationalAction OperationalAction(
        ActionCode? code = null,
        string? title = null,
        Party? leader = null,
        IReadOnlyList<Party>? coLeaders = null,
        IReadOnlyList<Party>? participants = null,
        DateInterval? period = null,
        ActionStatus? status = null,
        IReadOnlyList<ActionResult>? results = null)
    {
        var croatia = CountryCode.Parse("HR");
        return new OperationalAction
        {
            Code = code ?? ActionCode.Parse("OA 1.1"),
            Title = title ?? "Joint action days against illicit firearms trafficking in South-East Europe",
            Leader = leader ?? croatia,
            CoLeaders = coLeaders ?? [OrganisationId.Europol],
            Participants = participants ?? [croatia, CountryCode.Parse("SI"), CountryCode.Albania, CountryCode.Kosovo, OrganisationId.Europol],
            Period = period ?? new DateInterval(new LocalDate(2023, 3, 1), new LocalDate(2023, 10, 31)),
            Status = status ?? ActionStatus.Completed,
            Results = results ?? [new ActionResult { Metric = ResultMetric.Arrests, Quantity = Empact.Quantity.Exactly(24m, QuantityUnit.Count) }],
        };
    }

    /// <summary>
    /// An operational action plan, by default the 2023 plan of the 2022–2025 firearms trafficking priority with one
    /// action (<see cref="OperationalAction"/>).
    /// </summary>
    /// <param name="cycle">The policy cycle.</param>
    /// <param name="priority">The crime priority, of that cycle.</param>
    /// <param name="period">The period the plan covers, within the cycle.</param>
    /// <param name="title">The title.</param>
    /// <param name="actions">The actions.</param>
    /// <returns>The plan.</returns>
    public static OperationalActionPlan OperationalActionPlan(
        PolicyCycleId? cycle = null,
        CrimePriorityKey? priority = null,
        DateInterval? period = null,
        string? title = null,
        IReadOnlyList<OperationalAction>? actions = null) => new()
        {
            Cycle = cycle ?? Defaults.Cycle.Id,
            Priority = priority ?? FirearmsPriority.Key,
            Period = period ?? new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            Title = title ?? "OAP Firearms trafficking 2023",
            Actions = actions ?? [OperationalAction()],
        };

    /// <summary>The involvement of a party in an action, by default Croatia leading <see cref="OperationalAction"/>.</summary>
    /// <param name="priority">The crime priority of the action's plan.</param>
    /// <param name="action">The action.</param>
    /// <param name="role">The party's role.</param>
    /// <returns>The involvement.</returns>
    public static ActionInvolvement ActionInvolvement(CrimePriorityKey? priority = null, OperationalAction? action = null, ParticipationRole? role = null) => new()
    {
        Priority = priority ?? FirearmsPriority.Key,
        Action = action ?? OperationalAction(),
        Role = role ?? ParticipationRole.Leader,
    };

    /// <summary>A third country's participation under one priority, by default Albania in <see cref="OperationalAction"/>.</summary>
    /// <param name="priority">The crime priority.</param>
    /// <param name="country">The third country.</param>
    /// <param name="actions">The actions it took part in.</param>
    /// <returns>The participation.</returns>
    public static ThirdCountryParticipation ThirdCountryParticipation(
        CrimePriorityKey? priority = null, CountryCode? country = null, IReadOnlyList<OperationalAction>? actions = null) => new()
        {
            Priority = priority ?? FirearmsPriority.Key,
            Country = country ?? CountryCode.Albania,
            Actions = actions ?? [OperationalAction()],
        };

    private static CrimePriority FirearmsPriority =>
        Defaults.Cycle.Priorities.FirstOrDefault(p => p.Key.ToString().Contains("firearms", StringComparison.Ordinal)) ?? Defaults.Cycle.Priorities[0];
}
