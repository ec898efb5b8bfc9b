using JhaModel.Empact;
using JhaModel.Provenance;
using NodaTime;
using static JhaModel.Provenance.Confidence;
using S = JhaModel.ReferenceData.ReferenceSources;

namespace JhaModel.ReferenceData;

/// <summary>
/// The EMPACT facts of the reference dataset: the 2018–2021, 2022–2025 and 2026–2029 policy cycles with their
/// adoption, threat assessment, priorities, priority lineage and the published 2018–2021 results. Every fact carries
/// its source and confidence. Lineage links are inferred from the wording of two verified priority lists, so they
/// are marked partial and each states its basis.
/// </summary>
internal static class EmpactFacts
{
    private static readonly PolicyCycleId C2018 = PolicyCycleId.Cycle2018To2021;
    private static readonly PolicyCycleId C2022 = PolicyCycleId.Cycle2022To2025;
    private static readonly PolicyCycleId C2026 = PolicyCycleId.Cycle2026To2029;

    /// <summary>The embedded cycles, oldest first.</summary>
    public static PolicyCycle[] Build() => [Cycle2018To2021(), Cycle2022To2025(), Cycle2026To2029()];

    private static PolicyCycle Cycle2018To2021()
    {
        var source = S.EmpactPriorities2018To2021;
        return new PolicyCycle
        {
            Id = C2018,
            AdoptedOn = EventDate.On(new LocalDate(2017, 5, 18)),
            AdoptedBy = "Justice and Home Affairs Council",
            ThreatAssessment = new ThreatAssessment
            {
                Name = "EU SOCTA 2017",
                Note = "Europol's Serious and Organised Crime Threat Assessment released in March 2017.",
                Source = S.Socta2017Basis,
                Confidence = Partial,
            },
            Priorities =
            [
                Priority(C2018, "cybercrime", "Cybercrime", source, scope: ["cyber-attacks", "child sexual exploitation", "non-cash payment fraud"]),
                Priority(C2018, "drug-trafficking", "Drug trafficking", source, scope: ["cannabis, cocaine and heroin", "synthetic drugs and new psychoactive substances"]),
                Priority(C2018, "illegal-immigration", "Facilitation of illegal immigration", source),
                Priority(C2018, "organised-property-crime", "Organised property crime", source),
                Priority(C2018, "trafficking-in-human-beings", "Trafficking in human beings", source),
                Priority(C2018, "excise-and-mtic-fraud", "Excise fraud and MTIC fraud", source),
                Priority(C2018, "firearms-trafficking", "Illicit firearms trafficking", source),
                Priority(C2018, "environmental-crime", "Environmental crime", source),
                Priority(C2018, "criminal-finances", "Criminal finances, money laundering and asset recovery", source),
                Priority(C2018, "document-fraud", "Document fraud", source),
            ],
            Results =
            [
                Result(ResultMetric.DrugsSeized, Quantity.MoreThan(171m, QuantityUnit.Tonne), "Published as \">171 tonnes\": a lower bound, not an exact figure."),
                Result(ResultMetric.Arrests, Quantity.Exactly(31_584m, QuantityUnit.Count)),
                Result(ResultMetric.WasteSeized, Quantity.Exactly(167_452m, QuantityUnit.Tonne)),
                Result(ResultMetric.FirearmsAndWeaponsSeized, Quantity.Exactly(16_607m, QuantityUnit.Count)),
                Result(ResultMetric.PotentialVictimsIdentified, Quantity.Exactly(17_688m, QuantityUnit.Count), "Potential victims of trafficking in human beings."),
            ],
            Note = "Operational action plans were annual in this cycle (e.g. the EMPACT Firearms OAP 2020, kick-off meeting 20–21 January 2020, cscwb.info).",
            Source = source,
            Confidence = Verified,
        };
    }

    private static PolicyCycle Cycle2022To2025()
    {
        var source = S.EmpactPriorities2022To2025;
        return new PolicyCycle
        {
            Id = C2022,
            AdoptedOn = EventDate.On(new LocalDate(2021, 5, 26)),
            AdoptedBy = "Council of the European Union",
            ThreatAssessment = new ThreatAssessment { Name = "EU SOCTA 2021", Source = source, Confidence = Verified },
            Priorities =
            [
                Priority(C2022, "high-risk-criminal-networks", "High-risk criminal networks", source),
                Priority(C2022, "cyber-attacks", "Cyber-attacks", source, predecessors:
                [
                    Link(C2018, "cybercrime", "The 2018–2021 cybercrime priority covered cyber-attacks.", source),
                ]),
                Priority(C2022, "trafficking-in-human-beings", "Trafficking in human beings", source, predecessors:
                [
                    Link(C2018, "trafficking-in-human-beings", "Both cycles name trafficking in human beings.", source),
                ]),
                Priority(C2022, "child-sexual-exploitation", "Child sexual exploitation", source, predecessors:
                [
                    Link(C2018, "cybercrime", "The 2018–2021 cybercrime priority covered child sexual exploitation.", source),
                ]),
                Priority(C2022, "migrant-smuggling", "Migrant smuggling", source, predecessors:
                [
                    Link(C2018, "illegal-immigration", "Both address the facilitation of illegal immigration, which 2022–2025 names migrant smuggling.", source),
                ]),
                Priority(C2022, "drugs-trafficking", "Drugs trafficking", source, predecessors:
                [
                    Link(C2018, "drug-trafficking", "Both cycles name drug trafficking.", source),
                ]),
                Priority(
                    C2022,
                    "fraud-economic-financial-crimes",
                    "Fraud, economic and financial crimes",
                    source,
                    scope: ["online fraud", "excise fraud", "MTIC fraud", "intellectual property crime", "counterfeiting of goods and currencies", "criminal finances and money laundering"],
                    predecessors:
                    [
                        Link(C2018, "excise-and-mtic-fraud", "2022–2025 lists excise fraud and MTIC fraud within this priority.", source),
                        Link(C2018, "criminal-finances", "2022–2025 lists criminal finances and money laundering within this priority.", source),
                    ]),
                Priority(C2022, "organised-property-crime", "Organised property crime", source, predecessors:
                [
                    Link(C2018, "organised-property-crime", "Both cycles name organised property crime.", source),
                ]),
                Priority(C2022, "environmental-crime", "Environmental crime", source, predecessors:
                [
                    Link(C2018, "environmental-crime", "Both cycles name environmental crime.", source),
                ]),
                Priority(C2022, "firearms-trafficking", "Firearms trafficking", source, predecessors:
                [
                    Link(C2018, "firearms-trafficking", "Both cycles name firearms trafficking.", source),
                ]),
                Priority(C2022, "document-fraud", "Document fraud", source, horizontal: true, predecessors:
                [
                    Link(C2018, "document-fraud", "Document fraud was a priority of 2018–2021 and is a horizontal priority (a crucial enabler) in 2022–2025.", source),
                ]),
            ],
            Note = "Document fraud is horizontal: falsified documents as a crucial enabler of the other crimes. EMPACT was made permanent by Council conclusions in 2021; the sources disagree on the month (urdupoint.com: March 2021; reflectiigeopolitice.ro: February 2021).",
            Source = source,
            Confidence = Verified,
        };
    }

    private static PolicyCycle Cycle2026To2029()
    {
        var source = S.EmpactPriorities2026To2029;
        return new PolicyCycle
        {
            Id = C2026,
            AdoptedOn = EventDate.On(new LocalDate(2025, 6, 13)),
            AdoptedBy = "Justice and Home Affairs Council",
            ThreatAssessment = new ThreatAssessment { Name = "EU SOCTA 2025", Source = source, Confidence = Verified },
            Priorities =
            [
                Priority(C2026, "criminal-networks", "Identifying and disrupting the most threatening criminal networks and individuals", source, predecessors:
                [
                    Link(C2022, "high-risk-criminal-networks", "Both target the most threatening (high-risk) criminal networks.", source),
                ]),
                Priority(
                    C2026,
                    "crimes-online",
                    "Tackling the fastest growing crimes in the online sphere: cyber-attacks, online child sexual exploitation and online fraud schemes",
                    source,
                    scope: ["cyber-attacks", "online child sexual exploitation", "online fraud schemes"],
                    predecessors:
                    [
                        Link(C2022, "cyber-attacks", "2026–2029 names cyber-attacks, a priority of its own in 2022–2025.", source),
                        Link(C2022, "child-sexual-exploitation", "2026–2029 names online child sexual exploitation, a priority of its own in 2022–2025.", source),
                        Link(C2022, "fraud-economic-financial-crimes", "2026–2029 names online fraud schemes; 2022–2025 listed online fraud within the fraud, economic and financial crimes priority.", source),
                    ]),
                Priority(C2026, "drug-trafficking", "Fighting drug trafficking", source, predecessors:
                [
                    Link(C2022, "drugs-trafficking", "Both cycles name drug trafficking.", source),
                ]),
                Priority(C2026, "migrant-smuggling-and-thb", "Tackling migrant smuggling and trafficking in human beings", source, predecessors:
                [
                    Link(C2022, "migrant-smuggling", "2026–2029 joins migrant smuggling, a priority of its own in 2022–2025, with trafficking in human beings.", source),
                    Link(C2022, "trafficking-in-human-beings", "2026–2029 joins trafficking in human beings, a priority of its own in 2022–2025, with migrant smuggling.", source),
                ]),
                Priority(C2026, "firearms-and-explosives", "Targeting firearms and explosives crime", source, predecessors:
                [
                    Link(C2022, "firearms-trafficking", "Both cycles name firearms; 2026–2029 adds explosives.", source),
                ]),
                Priority(C2026, "environmental-crime", "Disrupting networks involved in environmental crimes", source, predecessors:
                [
                    Link(C2022, "environmental-crime", "Both cycles name environmental crime.", source),
                ]),
                Priority(
                    C2026,
                    "economic-financial-crimes",
                    "Fighting economic and financial crimes such as VAT fraud and intellectual property crime",
                    source,
                    scope: ["VAT fraud", "intellectual property crime"],
                    predecessors:
                    [
                        Link(C2022, "fraud-economic-financial-crimes", "Both name economic and financial crimes; 2022–2025 listed MTIC (VAT) fraud and intellectual property crime within it.", source),
                    ]),
            ],
            Note = "Organised property crime is not a separate priority in this cycle. Operational action plans are described as \"biannual\" (eucrim.eu, August 2025), read here as plans over two years; a plan's period is data, not a rule.",
            Source = source,
            Confidence = Verified,
        };
    }

    private static CrimePriority Priority(
        PolicyCycleId cycle,
        string slug,
        string name,
        Source source,
        bool horizontal = false,
        IReadOnlyList<string>? scope = null,
        IReadOnlyList<PriorityPredecessor>? predecessors = null) => new()
        {
            Key = CrimePriorityKey.Of(cycle, slug),
            Name = name,
            IsHorizontal = horizontal,
            Scope = scope ?? [],
            Predecessors = predecessors ?? [],
            Source = source,
            Confidence = Verified,
        };

    private static PriorityPredecessor Link(PolicyCycleId cycle, string slug, string basis, Source source) => new()
    {
        Priority = CrimePriorityKey.Of(cycle, slug),
        Basis = basis,
        Source = source,
        Confidence = Partial,
    };

    private static CycleResult Result(ResultMetric metric, Quantity quantity, string? note = null) => new()
    {
        Metric = metric,
        Quantity = quantity,
        Note = note,
        Source = S.EmpactResults2018To2021,
        Confidence = Verified,
    };
}
