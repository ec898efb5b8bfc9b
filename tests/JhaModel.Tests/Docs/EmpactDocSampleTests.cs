using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Serialization;
using JhaModel.Tests.Support;
using NodaTime;

namespace JhaModel.Tests.Docs;

/// <summary>The code samples of docs/empact.md, as written there, with the results the page states.</summary>
public sealed class EmpactDocSampleTests
{
    [Fact]
    public void The_registry_samples_give_the_stated_results()
    {
        Assert.Equal(PolicyCycleId.Cycle2022To2025, EmpactRegistry.CycleOn(new LocalDate(2023, 3, 1))!.Id);
        Assert.Equal(7, EmpactRegistry.PrioritiesOn(new LocalDate(2027, 1, 1)).Count);
        Assert.Equal("10 priorities and 1 horizontal", EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025).DescribePriorities());
        Assert.True(EmpactRegistry.GetPriority(CrimePriorityKey.Parse("2022-2025/document-fraud")).IsHorizontal);
        Assert.Equal(6, EmpactRegistry.AncestorsOf(CrimePriorityKey.Parse("2026-2029/crimes-online")).Count);
        Assert.True(Quantity.MoreThan(171, QuantityUnit.Tonne).IsLowerBound);
    }

    [Fact]
    public void The_query_and_relaxed_validator_samples_run()
    {
        var plans = JhaModelJson.Deserialize<IReadOnlyList<OperationalActionPlan>>(File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "docs/examples/empact-sample.json")));

        var albania = EmpactQueries.ActionsOf(plans, CountryCode.Albania, new DateInterval(new(2020, 1, 1), new(2020, 12, 31)));
        var thirdCountries = EmpactQueries.ThirdCountryParticipationByPriority(plans);
        var validator = new OperationalActionPlanValidator(ActionLeadership.AnyParticipant);

        Assert.Equal(2, albania.Count);
        Assert.NotEmpty(thirdCountries);
        Assert.All(plans, p => Assert.True(validator.Validate(p).IsValid));
    }
}
