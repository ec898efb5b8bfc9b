using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Generators of the EMPACT area.</content>
public static partial class JhaGenerators
{
    private static readonly string[] PrioritySlugs =
    [
        "high-risk-criminal-networks", "cyber-attacks", "child-sexual-exploitation", "migrant-smuggling", "trafficking-in-human-beings",
        "drugs-trafficking", "fraud-economic-financial-crimes", "organised-property-crime", "environmental-crime", "firearms-trafficking",
        "document-fraud", "criminal-finances", "excise-and-mtic-fraud", "crimes-online",
    ];

    private static readonly string[] PriorityNameTexts =
    [
        "High-risk criminal networks", "Cyber-attacks", "Child sexual exploitation", "Migrant smuggling", "Trafficking in human beings",
        "Drugs trafficking", "Fraud, economic and financial crimes", "Organised property crime", "Environmental crime", "Firearms trafficking",
    ];

    private static readonly string[] ScopeTexts = ["online fraud", "excise fraud", "MTIC fraud", "intellectual property crime", "cannabis, cocaine and heroin", "non-cash payment fraud"];

    private static readonly string[] ActionTitleTexts =
    [
        "Joint action days against illicit firearms trafficking in South-East Europe",
        "Financial investigations into migrant smuggling networks on the Western Balkans route",
        "Exchange of intelligence on cocaine shipments through Adriatic ports",
        "Training of border guards on the detection of falsified documents",
        "Operational sprint on online child sexual exploitation material",
        "Identification of victims of labour exploitation in agriculture",
    ];

    private static readonly string[] EmpactNotes = ["The day is not verified.", "Figures as reported at the end of the cycle.", "Two sources give different months."];

    private static readonly string[] ThirdCountryCodes = ["AL", "BA", "XK", "ME", "MK", "RS", "MD", "UA", "TR", "CH", "NO"];

    private static readonly Lazy<CountryCode[]> EuMembersSince2013 = new(() => [.. CountryGroupings.EuMemberStates.MembersOn(new LocalDate(2026, 1, 1))]);

    /// <summary>
    /// A policy cycle identifier: one of the embedded cycles, or another of one to five years starting between 2014 and
    /// 2040 (every EU-27 member state was a member throughout).
    /// </summary>
    public static Gen<PolicyCycleId> PolicyCycleId => Gen.Frequency(
        (2, Gen.Elements(Empact.PolicyCycleId.Cycle2018To2021, Empact.PolicyCycleId.Cycle2022To2025, Empact.PolicyCycleId.Cycle2026To2029)),
        (3, from first in Gen.Choose(2014, 2040)
            from length in Gen.Choose(1, 5)
            select Empact.PolicyCycleId.Of(first, first + length)));

    /// <summary>A crime priority key of a generated cycle.</summary>
    public static Gen<CrimePriorityKey> CrimePriorityKey => PolicyCycleId.SelectMany(PriorityKeyIn);

    /// <summary>An operational action code, e.g. <c>OA 3.2</c>.</summary>
    public static Gen<ActionCode> ActionCode =>
        from count in Gen.Choose(1, 3)
        from numbers in Gen.ArrayOf(Gen.Choose(1, 12), count)
        select Empact.ActionCode.Parse("OA " + string.Join(".", numbers));

    /// <summary>A result metric: a well-known one or another kebab-case value.</summary>
    public static Gen<ResultMetric> ResultMetric => Gen.Elements(
        Empact.ResultMetric.Arrests, Empact.ResultMetric.DrugsSeized, Empact.ResultMetric.WasteSeized, Empact.ResultMetric.FirearmsAndWeaponsSeized,
        Empact.ResultMetric.PotentialVictimsIdentified, Empact.ResultMetric.AssetsSeized, Empact.ResultMetric.Parse("cash-seized"), Empact.ResultMetric.Parse("websites-taken-down"));

    /// <summary>A quantity unit: a well-known one or another kebab-case value.</summary>
    public static Gen<QuantityUnit> QuantityUnit => Gen.Elements(
        Empact.QuantityUnit.Count, Empact.QuantityUnit.Kilogram, Empact.QuantityUnit.Tonne, Empact.QuantityUnit.Litre, Empact.QuantityUnit.Euro,
        Empact.QuantityUnit.Parse("cubic-metre"));

    /// <summary>A valid quantity: zero or more, with a unit, mostly exact, sometimes bounded.</summary>
    public static Gen<Quantity> Quantity =>
        from whole in Gen.Choose(0, 250_000)
        from cents in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 99)))
        from unit in QuantityUnit
        from bound in Gen.Frequency((3, Gen.Constant<QuantityBound?>(null)), (1, Gen.Elements(Enum.GetValues<QuantityBound>()).Select(b => (QuantityBound?)b)))
        select new Quantity { Value = whole + (cents / 100m), Unit = unit, Bound = bound };

    /// <summary>A valid result of an operational action.</summary>
    public static Gen<ActionResult> ActionResult =>
        from metric in ResultMetric
        from quantity in Quantity
        select new ActionResult { Metric = metric, Quantity = quantity };

    /// <summary>A valid, sourced result of a policy cycle.</summary>
    public static Gen<CycleResult> CycleResult =>
        from metric in ResultMetric
        from quantity in Quantity
        from note in Gen.Elements(EmpactNotes).OrNull()
        from source in Source
        from confidence in Confidence
        select new CycleResult { Metric = metric, Quantity = quantity, Note = note, Source = source, Confidence = confidence };

    /// <summary>A valid threat assessment, e.g. <c>EU SOCTA 2021</c>.</summary>
    public static Gen<ThreatAssessment> ThreatAssessment =>
        from year in Gen.Choose(2013, 2041)
        from note in Gen.Elements(EmpactNotes).OrNull()
        from source in Source
        from confidence in Confidence
        select new ThreatAssessment { Name = $"EU SOCTA {year}", Note = note, Source = source, Confidence = confidence };

    /// <summary>A valid crime priority of a generated cycle, its predecessors of the cycle immediately before.</summary>
    public static Gen<CrimePriority> CrimePriority => PolicyCycleId.SelectMany(CrimePriorityIn);

    /// <summary>A valid policy cycle: adopted on or before its start, with priorities of its own, each key once.</summary>
    public static Gen<PolicyCycle> PolicyCycle => Gen.Sized(size =>
        from id in PolicyCycleId
        from daysBefore in Gen.Choose(0, 400)
        from adoptedOn in EventDateAround(id.Period.Start.PlusDays(-daysBefore))
        from adoptedBy in Gen.Elements("Justice and Home Affairs Council", "Council of the European Union")
        from assessment in ThreatAssessment
        from count in Gen.Choose(0, Math.Min(size, 8))
        from priorities in Gen.ArrayOf(CrimePriorityIn(id), count)
        from results in Gen.ArrayOf(CycleResult, Math.Min(size, 3))
        from note in Gen.Elements(EmpactNotes).OrNull()
        from source in Source
        from confidence in Confidence
        select new PolicyCycle
        {
            Id = id,
            AdoptedOn = adoptedOn,
            AdoptedBy = adoptedBy,
            ThreatAssessment = assessment,
            Priorities = [.. priorities.DistinctBy(p => p.Key)],
            Results = results,
            Note = note,
            Source = source,
            Confidence = confidence,
        });

    /// <summary>A member state throughout the years of the generated cycles (one of the EU-27).</summary>
    public static Gen<CountryCode> EuMemberState => Gen.Elements(EuMembersSince2013.Value);

    /// <summary>A valid operational action running within 2014–2040.</summary>
    public static Gen<OperationalAction> OperationalAction =>
        from id in PolicyCycleId
        from code in ActionCode
        from action in OperationalActionWithin(id.Period, code)
        select action;

    /// <summary>A valid operational action plan: a priority of its cycle, a period within the cycle, actions with unique codes within the plan's period.</summary>
    public static Gen<OperationalActionPlan> OperationalActionPlan => Gen.Sized(size =>
        from id in PolicyCycleId
        from priority in PriorityKeyIn(id)
        from period in SubPeriod(id.Period)
        from title in Gen.Elements("OAP Firearms 2020", "Operational action plan on migrant smuggling", "OAP Environmental crime 2026-2027").OrNull()
        from codes in Gen.ArrayOf(ActionCode, Math.Min(size, 6))
        from actions in Sequence(codes.Distinct().Select(c => OperationalActionWithin(period, c)))
        select new OperationalActionPlan { Cycle = id, Priority = priority, Period = period, Title = title, Actions = actions });

    /// <summary>A key of a priority of <paramref name="cycle"/>.</summary>
    /// <param name="cycle">The cycle; not the default value.</param>
    /// <returns>A generator of keys of that cycle.</returns>
    public static Gen<CrimePriorityKey> PriorityKeyIn(PolicyCycleId cycle) =>
        Gen.Elements(PrioritySlugs).Select(slug => Empact.CrimePriorityKey.Of(cycle, slug));

    /// <summary>A valid crime priority of <paramref name="cycle"/>, with predecessors of the cycle immediately before it.</summary>
    /// <param name="cycle">The cycle; not the default value.</param>
    /// <returns>A generator of priorities of that cycle.</returns>
    public static Gen<CrimePriority> CrimePriorityIn(PolicyCycleId cycle) =>
        from key in PriorityKeyIn(cycle)
        from name in Gen.Elements(PriorityNameTexts)
        from horizontal in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from scope in Gen.SubListOf(ScopeTexts)
        from predecessors in Gen.ArrayOf(PredecessorOf(cycle), 3).Select(l => l.DistinctBy(p => p.Priority).Take(2).ToArray())
        from count in Gen.Choose(0, 2)
        from source in Source
        from confidence in Confidence
        select new CrimePriority
        {
            Key = key,
            Name = name,
            IsHorizontal = horizontal,
            Scope = [.. scope.Take(3)],
            Predecessors = predecessors.Take(count).ToArray(),
            Source = source,
            Confidence = confidence,
        };

    /// <summary>A valid link to a predecessor of a priority of <paramref name="cycle"/>: a priority of a cycle that ends the year before it starts.</summary>
    /// <param name="cycle">The successor's cycle; not the default value, starting after 1001.</param>
    /// <returns>A generator of links.</returns>
    public static Gen<PriorityPredecessor> PredecessorOf(PolicyCycleId cycle) =>
        from length in Gen.Choose(1, 4)
        let previous = Empact.PolicyCycleId.Of(cycle.FirstYear - 1 - length, cycle.FirstYear - 1)
        from key in PriorityKeyIn(previous)
        from basis in Gen.Elements("Both cycles name the same crime area.", "The earlier priority covered this sub-area.")
        from source in Source
        from confidence in Confidence
        select new PriorityPredecessor { Priority = key, Basis = basis, Source = source, Confidence = confidence };

    /// <summary>
    /// A valid operational action with code <paramref name="code"/> running within <paramref name="within"/>: led by an
    /// EU-27 member state or an EU agency, country leaders among the participants, each party once.
    /// </summary>
    /// <param name="within">The days the action must run within; from 2013-07-01 on, so that the EU-27 are member states.</param>
    /// <param name="code">The action's code.</param>
    /// <returns>A generator of actions.</returns>
    public static Gen<OperationalAction> OperationalActionWithin(DateInterval within, ActionCode code) =>
        from period in SubPeriod(within)
        from title in Gen.Elements(ActionTitleTexts)
        from leader in Leader
        from coLeaders in Gen.ArrayOf(Leader, 3).Select(l => l.Distinct().Where(p => p != leader).ToArray())
        from coLeaderCount in Gen.Choose(0, 2)
        from members in Gen.SubListOf(EuMembersSince2013.Value)
        from thirdCountries in Gen.SubListOf(ThirdCountryCodes)
        from agencies in Gen.SubListOf(EmpactAgencies)
        from status in Gen.Elements(Enum.GetValues<ActionStatus>())
        from resultCount in Gen.Choose(0, 3)
        from results in Gen.ArrayOf(ActionResult, resultCount)
        select BuildAction(code, title, leader, [.. coLeaders.Take(coLeaderCount)], members.Take(6), thirdCountries.Take(4), agencies, period, status, results);

    /// <summary>A period within <paramref name="within"/>: a whole year of it, or any run of days in it.</summary>
    /// <param name="within">The enclosing period.</param>
    /// <returns>A generator of periods.</returns>
    public static Gen<DateInterval> SubPeriod(DateInterval within)
    {
        ArgumentNullException.ThrowIfNull(within);
        int span = Period.Between(within.Start, within.End, PeriodUnits.Days).Days;
        return Gen.Frequency(
            (1, Gen.Constant(within)),
            (2, Gen.Choose(within.Start.Year, within.End.Year).Select(y =>
                new DateInterval(Max(new LocalDate(y, 1, 1), within.Start), Min(new LocalDate(y, 12, 31), within.End)))),
            (3, from a in Gen.Choose(0, span)
                from b in Gen.Choose(0, span)
                select new DateInterval(within.Start.PlusDays(Math.Min(a, b)), within.Start.PlusDays(Math.Max(a, b)))));
    }

    private static Party[] EmpactAgencies =>
    [
        Organisations.OrganisationId.Europol, Organisations.OrganisationId.Eurojust, Organisations.OrganisationId.Frontex,
        Organisations.OrganisationId.Cepol, Organisations.OrganisationId.Euda,
    ];

    private static Gen<Party> Leader => Gen.Frequency(
        (3, EuMemberState.Select(c => Organisations.Party.Of(c))),
        (1, Gen.Elements(EmpactAgencies)));

    private static OperationalAction BuildAction(
        ActionCode code,
        string title,
        Party leader,
        Party[] coLeaders,
        IEnumerable<CountryCode> members,
        IEnumerable<string> thirdCountries,
        IEnumerable<Party> agencies,
        DateInterval period,
        ActionStatus status,
        ActionResult[] results)
    {
        var participants = new List<Party>();
        foreach (var party in new[] { leader }.Concat(coLeaders).Where(p => p.Kind == PartyKind.Country)
            .Concat(members.Select(c => Organisations.Party.Of(c)))
            .Concat(thirdCountries.Select(c => Organisations.Party.Of(Countries.CountryCode.Parse(c))))
            .Concat(agencies))
        {
            if (!participants.Contains(party))
            {
                participants.Add(party);
            }
        }

        return new OperationalAction
        {
            Code = code,
            Title = title,
            Leader = leader,
            CoLeaders = coLeaders,
            Participants = participants,
            Period = period,
            Status = status,
            Results = results,
        };
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
