using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Tests.Docs;

/// <summary>The plain-FsCheck sample of docs/testing.md, as written there.</summary>
public sealed class TestingDocSampleTests
{
    [Fact]
    public void The_plain_FsCheck_sample_runs()
    {
        Prop.ForAll(JhaArbitraries.Country(), c => CountryValidator.Instance.Validate(c).IsValid)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_false_property_is_reported_with_a_shrunk_counterexample()
    {
        var error = Assert.ThrowsAny<Exception>(() =>
            Prop.ForAll(JhaArbitraries.CountryCode(), c => c < CountryCode.Parse("AF")).QuickCheckThrowOnFailure());

        // CountryCode shrinks towards earlier codes, so the smallest failing code is AF itself.
        Assert.Contains("AF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_invalid_values_sample_runs()
    {
        Prop.ForAll(Invalid.For<Country>(JhaErrorCodes.ShortNameMissing).ToArbitrary(),
            c => CountryValidator.Instance.Validate(c).Errors.Single().ErrorCode == JhaErrorCodes.ShortNameMissing)
            .QuickCheckThrowOnFailure();
    }
}
