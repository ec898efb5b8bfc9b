using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Validation;

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
}

[CollectionDefinition(nameof(FastPathAllocationTests), DisableParallelization = true)]
public sealed class FastPathAllocationRunsAlone
{
}
