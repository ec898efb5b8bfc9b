using JhaModel.Agreements;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Agreements;

/// <summary>docs/examples/agreements.json is two embedded agreements as JSON, and it reads back valid.</summary>
public sealed class AgreementExampleTests
{
    private const string ExamplePath = "docs/examples/agreements.json";

    private static IReadOnlyList<Agreement> Example =>
        [AgreementRegistry.Get("eu-al-readmission"), AgreementRegistry.Get("coe-cets-224")];

    [Fact]
    public void The_example_document_is_the_embedded_agreements_as_json()
    {
        Golden.AssertMatches(ExamplePath, JhaModelJson.Serialize(Example, indented: true) + "\n");
    }

    [Fact]
    public void The_example_document_reads_back_valid()
    {
        using var stream = File.OpenRead(Path.Combine(Golden.RepositoryRoot, ExamplePath));
        var agreements = JhaModelJson.Deserialize<IReadOnlyList<Agreement>>(stream);

        Assert.Equal(Example, agreements);
        Assert.All(agreements, a => Assert.True(AgreementValidator.Instance.Validate(a).IsValid));
    }
}
