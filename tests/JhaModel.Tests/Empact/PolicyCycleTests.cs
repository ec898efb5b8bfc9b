using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Empact;
using JhaModel.Testing;

namespace JhaModel.Tests.Empact;

public sealed class PolicyCycleTests
{
    [Property]
    public Property Crime_and_horizontal_priorities_split_the_priorities_in_their_order() => Prop.ForAll(
        JhaArbitraries.PolicyCycle(),
        Gen.Choose(0, 3).ToArbitrary(),
        (cycle, horizontalCount) =>
        {
            // Mark the last priorities horizontal, as a cycle lists them.
            int first = Math.Max(0, cycle.Priorities.Count - horizontalCount);
            var marked = cycle with { Priorities = [.. cycle.Priorities.Select((p, i) => p with { IsHorizontal = i >= first })] };

            var crime = marked.CrimePriorities();
            var horizontal = marked.HorizontalPriorities();
            return crime.Concat(horizontal).SequenceEqual(marked.Priorities)
                && crime.All(p => !p.IsHorizontal) && horizontal.All(p => p.IsHorizontal)
                && horizontal.Count == marked.Priorities.Count - first;
        });

    [Theory]
    [InlineData(0, 0, "no priorities")]
    [InlineData(1, 0, "1 priority")]
    [InlineData(7, 0, "7 priorities")]
    [InlineData(10, 1, "10 priorities and 1 horizontal")]
    [InlineData(2, 2, "2 priorities and 2 horizontal")]
    public void Priorities_are_counted_as_a_reader_says_them(int crime, int horizontal, string expected)
    {
        var template = EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025);
        var one = template.Priorities[0];
        var cycle = template with
        {
            Priorities = [.. Enumerable.Range(0, crime + horizontal).Select(i => one with { IsHorizontal = i >= crime })],
        };

        Assert.Equal(expected, cycle.DescribePriorities());
    }
}
