using FsCheck.Xunit;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Serialization;
using JhaModel.Testing;

namespace JhaModel.Testing.Consumer;

public sealed class MyTests
{
    [Property]
    public bool Countries_round_trip(Country country) =>
        JhaModelJson.Deserialize<Country>(JhaModelJson.Serialize(country)) == country;
}

[JhaProperties(Arbitrary = [typeof(JhaArbitraries)])]
public sealed class LongRunTests
{
    [Property]
    public bool Generated_agreements_are_valid(Agreement agreement) =>
        AgreementValidator.Instance.Validate(agreement).IsValid;
}
