using System.Reflection;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Tests.Validation;

/// <summary>
/// Validator completeness: for every rule of the catalogue, values broken in exactly that way are reported with
/// exactly that code (and nothing else) by the validator of their type, at <see cref="JhaPropertyTests.Count"/> cases
/// per code (1,000, or more with JHA_PROPERTY_TESTS), over FsCheck's growing sizes.
/// </summary>
public sealed class BreakingGeneratorTests
{
    public static TheoryData<string> Codes() => [.. ValidationCodes];

    private static IEnumerable<string> ValidationCodes => JhaErrorCodes.Catalogue.Where(e => e.Stage == ErrorStage.Validation).Select(e => e.Code);

    [Fact]
    public void Every_rule_of_the_catalogue_has_a_breaking_generator()
    {
        var missing = ValidationCodes.Except(Invalid.ErrorCodes).ToList();

        Assert.True(missing.Count == 0, "no breaking generator for: " + string.Join(", ", missing));
        Assert.Empty(Invalid.ErrorCodes.Except(ValidationCodes));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_breaking_generator_yields_exactly_its_code(string code)
    {
        var validator = ValidatorFor(Invalid.TargetOf(code));

        Check.One(JhaPropertyTests.Config, Prop.ForAll(Invalid.For(code).ToArbitrary(), value =>
        {
            var codes = validator.Validate(new ValidationContext<object>(value)).Errors.Select(e => e.ErrorCode).ToList();
            return codes.SequenceEqual([code]).Label($"{code}: expected exactly that code, got [{string.Join(", ", codes)}]");
        }));
    }

    [Fact]
    public void The_typed_generator_refuses_the_wrong_type()
    {
        Assert.Throws<ArgumentException>(() => Invalid.For<Country>(JhaErrorCodes.SourceTitleMissing));
        Assert.Throws<KeyNotFoundException>(() => Invalid.For("JHA-XXX-999"));
    }

    private static IValidator ValidatorFor(Type target)
    {
        var validatorType = typeof(CountryCode).Assembly.GetExportedTypes()
            .Single(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>) && b.GetGenericArguments()[0] == target);
        return (IValidator)validatorType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
