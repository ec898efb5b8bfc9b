using JhaModel.Exchange;
using JhaModel.ReferenceData;
using JhaModel.Tests.Support;
using NodaTime;

namespace JhaModel.Tests.ReferenceData;

/// <summary>The dataset read from the data files equals, fact for fact, the reference data the C# facts built.</summary>
public sealed class DatasetMigrationTests
{
    private static readonly JhaDataset Data = JhaDataset.Default;

    [Fact]
    public void Organisations_equal_the_CSharp_facts()
    {
        Assert.Equal(CSharpFacts.Organisations(), Data.Organisations.All);
    }

    [Fact]
    public void Countries_equal_the_CSharp_facts_for_every_code()
    {
        var expected = CSharpFacts.Countries();
        Assert.Equal(expected.Length, Data.Countries.All.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == Data.Countries.All[i], $"The country {expected[i].Code} differs from the C# facts.");
        }
    }

    [Fact]
    public void Agreements_equal_the_CSharp_facts()
    {
        var expected = CSharpFacts.Agreements();
        Assert.Equal(expected.Select(a => a.Id), Data.Agreements.All.Select(a => a.Id));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == Data.Agreements.All[i], $"The agreement {expected[i].Id} differs from the C# facts.");
        }
    }

    [Fact]
    public void Policy_cycles_equal_the_CSharp_facts()
    {
        Assert.Equal(CSharpFacts.Cycles(), Data.Empact.Cycles);
    }

    [Fact]
    public void Statistics_and_rankings_equal_the_CSharp_facts()
    {
        var expected = CSharpFacts.Statistics();
        Assert.Equal(expected.Statistics, Data.Statistics.Statistics);
        Assert.Equal(expected.Rankings, Data.Statistics.Rankings);
    }
}
