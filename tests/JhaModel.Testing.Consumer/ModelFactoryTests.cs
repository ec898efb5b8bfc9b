using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Testing.Consumer;

public sealed class ModelFactoryTests
{
    [Fact]
    public void One_argument_changes_one_member()
    {
        var country = JhaModelFactory.Country(code: CountryCode.Serbia, shortName: "");

        var error = Assert.Single(CountryValidator.Instance.Validate(country).Errors);
        Assert.Equal(JhaErrorCodes.ShortNameMissing, error.ErrorCode);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(CountryValidator.Instance.Validate(JhaModelFactory.Country()).IsValid);
        Assert.True(AgreementValidator.Instance.Validate(JhaModelFactory.Agreement()).IsValid);
    }

    [Fact]
    public void A_hand_written_document_reads_back()
    {
        var document = JhaModelFactory.ExchangeDocument(countries: [JhaModelFactory.Country(code: CountryCode.Albania)]);

        var result = JhaModel.Exchange.JhaExchange.Read(JhaModel.Exchange.JhaExchange.Write(document));

        Assert.Empty(result.Problems);
        Assert.Equal(document, result.Value);
    }
}
