using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Testing.Consumer;

public sealed class InvalidValuesTests
{
    [Fact]
    public void A_missing_short_name_is_reported_with_its_code()
    {
        Prop.ForAll(Invalid.For<Country>(JhaErrorCodes.ShortNameMissing).ToArbitrary(),
            c => CountryValidator.Instance.Validate(c).Errors.Single().ErrorCode == JhaErrorCodes.ShortNameMissing)
            .QuickCheckThrowOnFailure();
    }

    public static TheoryData<string> CountryCodes() => [.. Invalid.ErrorCodes.Where(code => Invalid.TargetOf(code) == typeof(Country))];

    [Theory]
    [MemberData(nameof(CountryCodes))]
    public void Every_country_rule_reports_its_own_code(string code)
    {
        Prop.ForAll(Invalid.For<Country>(code).ToArbitrary(),
            c => CountryValidator.Instance.Validate(c).Errors.Select(e => e.ErrorCode).SequenceEqual([code]))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_code_of_the_catalogue_has_a_breaking_generator()
    {
        var validationCodes = JhaErrorCodes.Catalogue.Where(e => e.Stage == ErrorStage.Validation).Select(e => e.Code);

        Assert.Empty(validationCodes.Except(Invalid.ErrorCodes));
    }

    [Fact]
    public void Breaking_values_are_rejected_by_a_user_s_own_handling()
    {
        var values = Invalid.For<Country>(JhaErrorCodes.CountryCodeMissing).Sample(10, 50);

        Assert.All(values, c => Assert.Throws<ValidationException>(() => CountryValidator.Instance.ValidateAndThrow(c)));
    }
}
