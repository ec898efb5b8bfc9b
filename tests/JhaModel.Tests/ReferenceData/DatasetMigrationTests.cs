using System.Text;
using JhaModel.Exchange;
using JhaModel.ReferenceData;
using JhaModel.Tests.Support;
using NodaTime;

namespace JhaModel.Tests.ReferenceData;

/// <summary>
/// The reference data moved from C# fact classes into data/jha-dataset.json. During the move the registries built
/// from the data file were compared, fact for fact, with those the C# facts built (organisations, all 250 countries,
/// agreements, policy cycles, statistics and rankings: equal records); the reference document they gave is kept as a
/// golden file, which the data file must still give.
/// </summary>
public sealed class DatasetMigrationTests
{
    [Fact]
    public void The_reference_document_is_the_one_the_former_facts_gave()
    {
        string document = Encoding.UTF8.GetString(JhaExchange.Write(JhaDataset.Default.ToDocument(Instant.FromUtc(2026, 12, 3, 12, 0)), indented: true)) + "\n";

        Golden.AssertMatches("tests/JhaModel.Tests/Golden/reference-dataset.json", document);
    }

    [Fact]
    public void Every_country_without_a_recorded_history_has_its_bare_iso_entry()
    {
        var recorded = JhaDataset.Default.Countries.Recorded.Select(c => c.Code).ToHashSet();
        foreach (var country in JhaDataset.Default.Countries.All.Where(c => !recorded.Contains(c.Code)))
        {
            Assert.Equal(JhaDataset.Empty.Countries.Get(country.Code), country);
        }

        Assert.Equal(42, recorded.Count);
    }
}
