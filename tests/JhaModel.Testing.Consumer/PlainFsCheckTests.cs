using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Testing.Consumer;

public sealed class PlainFsCheckTests
{
    [Fact]
    public void Generated_countries_are_valid()
    {
        Prop.ForAll(JhaArbitraries.Country(), c => CountryValidator.Instance.Validate(c).IsValid)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Generated_countries_are_valid_in_a_long_run()
    {
        Check.One(JhaPropertyTests.Config,
            Prop.ForAll(JhaArbitraries.Country(), c => CountryValidator.Instance.Validate(c).IsValid));
    }

    [Fact]
    public void A_false_property_reports_the_shrunk_country_code()
    {
        var error = Assert.ThrowsAny<Exception>(() =>
            Prop.ForAll(JhaArbitraries.CountryCode(), c => c < CountryCode.NorthMacedonia).QuickCheckThrowOnFailure());

        // FsCheck prints "Shrunk:" only when it shrank: a first counterexample that is MK already is reported as is.
        var lines = error.Message.Split(Environment.NewLine);
        string original = lines[Array.IndexOf(lines, "Original:") + 1];
        int shrunk = Array.IndexOf(lines, "Shrunk:");
        Assert.Equal("MK", shrunk < 0 ? original : lines[shrunk + 1]);
    }
}
