using FsCheck.Fluent;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Testing;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Validation;

/// <summary>
/// The fast path allocates nothing for valid records. Measured with no other test running: the regular-expression
/// engine lends a Regex's cached runner to one thread at a time and builds another for a second thread, so a test
/// running in parallel on the same rules could make this thread allocate.
/// </summary>
[Collection(nameof(FastPathAllocationTests))]
public sealed class FastPathAllocationTests
{
    [Fact]
    public void Validating_a_valid_record_on_the_fast_path_allocates_nothing()
    {
        var agreements = AgreementRegistry.All;
        var countries = CountryRegistry.All;
        foreach (var a in agreements)
        {
            Assert.True(JhaValidation.IsValid(a));
        }

        foreach (var c in countries)
        {
            Assert.True(JhaValidation.IsValid(c));
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < 10; round++)
        {
            for (int i = 0; i < agreements.Count; i++)
            {
                _ = JhaValidation.IsValid(agreements[i]);
            }

            for (int i = 0; i < countries.Count; i++)
            {
                _ = JhaValidation.IsValid(countries[i]);
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"the fast path allocated {allocated:N0} bytes for {10 * (agreements.Count + countries.Count):N0} valid records");
    }

    [Fact]
    public void Validating_a_valid_action_plan_on_the_fast_path_allocates_nothing()
    {
        // Each leader's eligibility asks for its EU status on the action's first day.
        var plans = JhaGenerators.OperationalActionPlan.Sample(20, new FsCheck.Rnd(20261203UL), 30);
        Assert.All(plans, p => Assert.True(JhaValidation.IsValid(p)));
        Assert.Contains(plans, p => p.Actions.Any(a => a.Leader.Kind == PartyKind.Country));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < 10; round++)
        {
            foreach (var p in plans)
            {
                _ = JhaValidation.IsValid(p);
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"the fast path allocated {allocated:N0} bytes for {10 * plans.Length:N0} valid action plans");
    }

    [Fact]
    public void The_enum_status_queries_allocate_nothing()
    {
        var countries = CountryRegistry.All;
        var dates = new[] { new LocalDate(1995, 3, 26), new LocalDate(2005, 12, 16), new LocalDate(2020, 1, 1), new LocalDate(2026, 12, 3) };
        _ = countries[0].EuStatusOn(dates[0]);
        _ = countries[0].SchengenStatusOn(dates[0]);
        _ = CountryGroupings.EuMemberStates.MembershipOn(countries[0].Code, dates[0]);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < countries.Count; i++)
        {
            var c = countries[i];
            foreach (var d in dates)
            {
                _ = c.EuStatusOn(d);
                _ = c.SchengenStatusOn(d);
                _ = CountryGroupings.EuMemberStates.MembershipOn(c.Code, d);
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"the status queries allocated {allocated:N0} bytes for {countries.Count * dates.Length * 3:N0} queries");
    }
}

[CollectionDefinition(nameof(FastPathAllocationTests), DisableParallelization = true)]
public sealed class FastPathAllocationRunsAlone
{
}
