using JhaModel.Empact;
using JhaModel.Provenance;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Empact;

/// <summary>The embedded EMPACT facts, pinned through the public API.</summary>
public sealed class EmpactRegistryTests
{
    [Fact]
    public void Three_cycles_are_embedded_oldest_first()
    {
        Assert.Equal(["2018-2021", "2022-2025", "2026-2029"], EmpactRegistry.Cycles.Select(c => c.Id.ToString()));
    }

    [Fact]
    public void The_2018_2021_cycle_has_ten_priorities_adopted_by_the_JHA_Council_on_2017_05_18()
    {
        var cycle = EmpactRegistry.GetCycle(PolicyCycleId.Cycle2018To2021);

        Assert.Equal(10, cycle.Priorities.Count);
        Assert.DoesNotContain(cycle.Priorities, p => p.IsHorizontal);
        Assert.Equal(EventDate.On(D("2017-05-18")), cycle.AdoptedOn);
        Assert.Equal("Justice and Home Affairs Council", cycle.AdoptedBy);
        Assert.Equal("EU SOCTA 2017", cycle.ThreatAssessment.Name);
        Assert.Equal(Confidence.Partial, cycle.ThreatAssessment.Confidence);
        Assert.Equal("Cybercrime", cycle.Priorities[0].Name);
        Assert.Equal(["cyber-attacks", "child sexual exploitation", "non-cash payment fraud"], cycle.Priorities[0].Scope);
        Assert.Equal("Document fraud", cycle.Priorities[9].Name);
    }

    [Fact]
    public void The_2022_2025_cycle_has_ten_priorities_plus_horizontal_document_fraud_adopted_on_2021_05_26_on_SOCTA_2021()
    {
        var cycle = EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025);

        Assert.Equal(11, cycle.Priorities.Count);
        Assert.Equal(10, cycle.CrimePriorities().Count);
        Assert.Equal("10 priorities and 1 horizontal", cycle.DescribePriorities());
        var horizontal = Assert.Single(cycle.HorizontalPriorities());
        Assert.Equal(CrimePriorityKey.Parse("2022-2025/document-fraud"), horizontal.Key);
        Assert.Equal(EventDate.On(D("2021-05-26")), cycle.AdoptedOn);
        Assert.Equal("EU SOCTA 2021", cycle.ThreatAssessment.Name);
        Assert.Equal(
            ["High-risk criminal networks", "Cyber-attacks", "Trafficking in human beings", "Child sexual exploitation", "Migrant smuggling", "Drugs trafficking",
             "Fraud, economic and financial crimes", "Organised property crime", "Environmental crime", "Firearms trafficking"],
            cycle.CrimePriorities().Select(p => p.Name));
        Assert.Contains("online fraud", cycle.FindPriority("fraud-economic-financial-crimes")!.Scope);
    }

    [Fact]
    public void The_2026_2029_cycle_has_seven_priorities_approved_on_2025_06_13_on_SOCTA_2025_and_no_organised_property_crime()
    {
        var cycle = EmpactRegistry.GetCycle(PolicyCycleId.Cycle2026To2029);

        Assert.Equal(7, cycle.Priorities.Count);
        Assert.Empty(cycle.HorizontalPriorities());
        Assert.Equal("7 priorities", cycle.DescribePriorities());
        Assert.Equal(EventDate.On(D("2025-06-13")), cycle.AdoptedOn);
        Assert.Equal("Justice and Home Affairs Council", cycle.AdoptedBy);
        Assert.Equal("EU SOCTA 2025", cycle.ThreatAssessment.Name);
        Assert.DoesNotContain(cycle.Priorities, p => p.Name.Contains("organised property crime", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("Tackling the fastest growing crimes in the online sphere", cycle.FindPriority("crimes-online")!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2018_2021_results_are_sourced_and_the_drugs_figure_is_a_lower_bound()
    {
        var results = EmpactRegistry.GetCycle(PolicyCycleId.Cycle2018To2021).Results.ToDictionary(r => r.Metric);

        Assert.Equal(5, results.Count);
        var drugs = results[ResultMetric.DrugsSeized].Quantity;
        Assert.Equal((171m, QuantityUnit.Tonne, QuantityBound.MoreThan), (drugs.Value, drugs.Unit, drugs.Bound));
        Assert.True(drugs.IsLowerBound);
        Assert.Equal(Quantity.Exactly(31_584m, QuantityUnit.Count), results[ResultMetric.Arrests].Quantity);
        Assert.Equal(Quantity.Exactly(167_452m, QuantityUnit.Tonne), results[ResultMetric.WasteSeized].Quantity);
        Assert.Equal(Quantity.Exactly(16_607m, QuantityUnit.Count), results[ResultMetric.FirearmsAndWeaponsSeized].Quantity);
        Assert.Equal(Quantity.Exactly(17_688m, QuantityUnit.Count), results[ResultMetric.PotentialVictimsIdentified].Quantity);
        Assert.All([results[ResultMetric.DrugsSeized], results[ResultMetric.Arrests]], r =>
        {
            Assert.Equal(Confidence.Verified, r.Confidence);
            Assert.Equal("https://portal.ieu-monitoring.com/editorial/fighting-organised-crime-empact-reports-on-31-000-arrests-between-2018-2021/383346", r.Source.Url);
        });
        Assert.All([results[ResultMetric.WasteSeized], results[ResultMetric.FirearmsAndWeaponsSeized], results[ResultMetric.PotentialVictimsIdentified]], r =>
        {
            Assert.Equal(Confidence.Partial, r.Confidence);
            Assert.Null(r.Source.Url);
        });
        Assert.Contains("18 085", results[ResultMetric.PotentialVictimsIdentified].Note, StringComparison.Ordinal);
        Assert.Empty(EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025).Results);
    }

    [Fact]
    public void Every_embedded_cycle_is_valid_and_sourced()
    {
        Assert.All(EmpactRegistry.Cycles, c =>
        {
            var result = PolicyCycleValidator.Instance.Validate(c);
            Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
        });
        Assert.All(EmpactRegistry.Priorities, p => Assert.False(string.IsNullOrWhiteSpace(p.Source.Title)));
    }

    [Theory]
    [InlineData("2017-12-31", null)]
    [InlineData("2018-01-01", "2018-2021")]
    [InlineData("2021-12-31", "2018-2021")]
    [InlineData("2022-01-01", "2022-2025")]
    [InlineData("2025-06-13", "2022-2025")]
    [InlineData("2026-01-01", "2026-2029")]
    [InlineData("2029-12-31", "2026-2029")]
    [InlineData("2030-01-01", null)]
    public void The_cycle_in_force_on_a_date_is_the_one_whose_years_contain_it(string date, string? expected)
    {
        Assert.Equal(expected, EmpactRegistry.CycleOn(D(date))?.Id.ToString());
        Assert.Equal(expected is null ? 0 : EmpactRegistry.GetCycle(PolicyCycleId.Parse(expected)).Priorities.Count, EmpactRegistry.PrioritiesOn(D(date)).Count);
    }

    [Fact]
    public void The_online_sphere_priority_continues_cyber_attacks_child_sexual_exploitation_and_online_fraud()
    {
        var online = CrimePriorityKey.Parse("2026-2029/crimes-online");

        Assert.Equal(
            ["2022-2025/cyber-attacks", "2022-2025/child-sexual-exploitation", "2022-2025/fraud-economic-financial-crimes"],
            EmpactRegistry.PredecessorsOf(online).Select(p => p.Key.ToString()));
        Assert.Equal(
            ["2022-2025/cyber-attacks", "2022-2025/child-sexual-exploitation", "2022-2025/fraud-economic-financial-crimes",
             "2018-2021/cybercrime", "2018-2021/excise-and-mtic-fraud", "2018-2021/criminal-finances"],
            EmpactRegistry.AncestorsOf(online).Select(p => p.Key.ToString()));
        Assert.All(EmpactRegistry.GetPriority(online).Predecessors, l => Assert.Equal(Confidence.Partial, l.Confidence));
        Assert.Contains(online, EmpactRegistry.SuccessorsOf(CrimePriorityKey.Parse("2022-2025/cyber-attacks")).Select(p => p.Key));
        Assert.Contains(online, EmpactRegistry.DescendantsOf(CrimePriorityKey.Parse("2018-2021/cybercrime")).Select(p => p.Key));
    }

    [Fact]
    public void Lineage_points_exactly_one_cycle_back_to_embedded_priorities()
    {
        foreach (var priority in EmpactRegistry.Priorities)
        {
            foreach (var link in priority.Predecessors)
            {
                Assert.True(priority.Key.Cycle.IsPrecededBy(link.Priority.Cycle), $"{priority.Key} ← {link.Priority} skips or reverses a cycle");
                Assert.True(EmpactRegistry.TryGetPriority(link.Priority, out _), $"{priority.Key} ← {link.Priority}: the predecessor is not embedded");
                Assert.False(string.IsNullOrWhiteSpace(link.Basis));
            }
        }

        Assert.Empty(EmpactRegistry.PredecessorsOf(CrimePriorityKey.Parse("2022-2025/high-risk-criminal-networks")));
        Assert.Empty(EmpactRegistry.SuccessorsOf(CrimePriorityKey.Parse("2022-2025/organised-property-crime")));
    }

    [Fact]
    public void Lineage_is_acyclic()
    {
        foreach (var priority in EmpactRegistry.Priorities)
        {
            Assert.DoesNotContain(priority.Key, EmpactRegistry.AncestorsOf(priority.Key).Select(a => a.Key));
            Assert.All(EmpactRegistry.AncestorsOf(priority.Key), a => Assert.True(a.Key.Cycle < priority.Key.Cycle));
        }
    }

    [Fact]
    public void Lookups_of_unknown_cycles_and_priorities_fail_clearly()
    {
        Assert.False(EmpactRegistry.TryGetCycle(PolicyCycleId.Parse("2014-2017"), out _));
        Assert.Throws<KeyNotFoundException>(() => EmpactRegistry.GetCycle(PolicyCycleId.Parse("2014-2017")));
        Assert.False(EmpactRegistry.TryGetPriority(CrimePriorityKey.Parse("2022-2025/piracy"), out _));
        Assert.False(EmpactRegistry.TryGetPriority(default, out _));
        Assert.Throws<KeyNotFoundException>(() => EmpactRegistry.GetPriority(CrimePriorityKey.Parse("2026-2029/organised-property-crime")));
        Assert.Empty(EmpactRegistry.AncestorsOf(CrimePriorityKey.Parse("2030-2033/criminal-networks")));
        Assert.True(EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025).IsInForceOn(new LocalDate(2023, 3, 1)));
    }
}
