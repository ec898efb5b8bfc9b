using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Empact;

/// <summary>The sample operational actions in docs/examples stay readable, valid and clearly labelled.</summary>
public sealed class EmpactSampleTests
{
    private static IReadOnlyList<OperationalActionPlan> Sample =>
        JhaModelJson.Deserialize<IReadOnlyList<OperationalActionPlan>>(File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "docs/examples/empact-sample.json")));

    [Fact]
    public void The_sample_reads_and_every_plan_is_valid()
    {
        Assert.Equal(2, Sample.Count);
        Assert.All(Sample, plan =>
        {
            var result = OperationalActionPlanValidator.Instance.Validate(plan);
            Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.ErrorCode} at {e.PropertyName}: {e.ErrorMessage}")));
        });
    }

    [Fact]
    public void Every_sample_plan_and_action_is_labelled_as_a_sample()
    {
        Assert.All(Sample, plan => Assert.StartsWith("SAMPLE", plan.Title, StringComparison.Ordinal));
        Assert.All(Sample.SelectMany(p => p.Actions), a => Assert.StartsWith("SAMPLE", a.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_plans_implement_embedded_priorities_annual_in_2018_2021_and_two_year_in_2026_2029()
    {
        Assert.All(Sample, plan => Assert.True(EmpactRegistry.TryGetPriority(plan.Priority, out _), $"{plan.Priority} is not an embedded priority"));
        Assert.Equal(366, Sample[0].Period.Length);
        Assert.Equal(730, Sample[1].Period.Length);
    }

    [Fact]
    public void Kosovo_takes_part_with_its_code_and_gets_its_designation_from_the_registry()
    {
        var kosovoActions = Sample.SelectMany(p => p.Actions).Where(a => a.RoleOf(CountryCode.Kosovo) is not null).ToList();

        Assert.NotEmpty(kosovoActions);
        Assert.Equal("Kosovo*", CountryRegistry.Get(CountryCode.Kosovo).Designation!.DisplayName);
        Assert.Contains("\"XK\"", File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "docs/examples/empact-sample.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_round_trips()
    {
        Assert.Equal(Sample, JhaModelJson.Deserialize<IReadOnlyList<OperationalActionPlan>>(JhaModelJson.Serialize(Sample)));
    }
}
