using System.Collections;
using System.Reflection;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Statistics;
using JhaModel.Testing;
using JhaModel.Tests.Architecture;
using JhaModel.Validation;

namespace JhaModel.Tests.Testing;

/// <summary>
/// The model factory: a method per model type, every member reachable by a parameter of the same name, each
/// parameter landing in its member, and defaults that are the embedded entries and pass their validators.
/// </summary>
public sealed class JhaModelFactoryTests
{
    /// <summary>Model types built otherwise than by initialising members, with the reason.</summary>
    private static readonly Dictionary<Type, string> BuiltOtherwise = new()
    {
        [typeof(StatisticScope)] = "built with StatisticScope.Of, Grouping and Outside",
        [typeof(StatisticComparison)] = "the result of StatisticComparison.Compare",
        [typeof(StatisticDifference)] = "part of the result of StatisticComparison.Compare",
        [typeof(AnnualisedRate)] = "the result of StatisticPeriods.Annualise",
        [typeof(AnnualisedComparison)] = "part of the result of StatisticComparison.Compare",
        [typeof(ExchangeProblem)] = "reported by JhaExchange.Read, never built by hand",
    };

    private static readonly MethodInfo[] FactoryMethods = typeof(JhaModelFactory).GetMethods(BindingFlags.Public | BindingFlags.Static);

    public static TheoryData<string> Methods() => [.. FactoryMethods.Select(m => m.Name).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidatedMethods() =>
        [.. FactoryMethods.Where(m => ValidatorFor(m.ReturnType) is not null).Select(m => m.Name).Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> Parameters() =>
        [.. FactoryMethods.SelectMany(m => m.GetParameters().Select(p => (m.Name, p.Name!))).OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal)];

    [Fact]
    public void Every_model_type_built_from_members_has_a_factory_method()
    {
        var built = FactoryMethods.Select(m => m.ReturnType).ToHashSet();
        var missing = ModelTypeTests.ModelTypes().Select(row => row.Data)
            .Where(t => !t.IsValueType && !BuiltOtherwise.ContainsKey(t) && !built.Contains(t))
            .Select(t => t.Name)
            .ToList();

        Assert.True(missing.Count == 0, "no JhaModelFactory method builds: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_validated_type_has_a_factory_method()
    {
        var built = FactoryMethods.Select(m => m.ReturnType).ToHashSet();
        var missing = Validators().Keys.Where(t => !built.Contains(t)).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "no JhaModelFactory method builds: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_settable_member_has_a_parameter_of_the_same_name(string method)
    {
        var factory = Method(method);
        var parameters = factory.GetParameters().Select(p => Pascal(p.Name!)).ToHashSet(StringComparer.Ordinal);
        var members = factory.ReturnType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).ToList();

        var withoutParameter = members.Where(m => !parameters.Contains(m)).ToList();
        var withoutMember = parameters.Where(p => !members.Contains(p)).ToList();
        Assert.True(withoutParameter.Count == 0, $"{method} has no parameter for: " + string.Join(", ", withoutParameter));
        Assert.True(withoutMember.Count == 0, $"{method} has parameters that are no member: " + string.Join(", ", withoutMember));
        Assert.All(factory.GetParameters(), p => Assert.True(p.HasDefaultValue && p.DefaultValue is null, $"{method}({p.Name}) is not optional with a null default"));
    }

    [Theory]
    [MemberData(nameof(ValidatedMethods))]
    public void The_default_built_value_passes_its_validator(string method)
    {
        var factory = Method(method);
        var value = Build(factory);

        var errors = ValidatorFor(factory.ReturnType)!.Validate(new ValidationContext<object>(value)).Errors;

        Assert.True(errors.Count == 0, $"{method}() is invalid: " + string.Join("; ", errors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
    }

    [Fact]
    public void The_default_exchange_document_reads_back_without_problems()
    {
        var document = JhaModelFactory.ExchangeDocument();

        var result = JhaExchange.Read(JhaExchange.Write(document));

        Assert.True(result.Problems.Count == 0, string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Path} {p.Message}")));
        Assert.Equal(document, result.Value);
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Each_parameter_lands_in_its_member(string method, string parameter)
    {
        var factory = Method(method);
        var member = factory.ReturnType.GetProperty(Pascal(parameter))!;
        var index = Array.FindIndex(factory.GetParameters(), p => p.Name == parameter);
        object? defaultValue = member.GetValue(Build(factory));

        var sample = Samples(factory.GetParameters()[index].ParameterType).FirstOrDefault(s => !Same(s, defaultValue));
        Assert.True(sample is not null, $"no sample of {factory.GetParameters()[index].ParameterType} differs from the default {defaultValue}");

        var arguments = new object?[factory.GetParameters().Length];
        arguments[index] = sample;
        var built = factory.Invoke(null, arguments)!;

        Assert.True(Same(sample, member.GetValue(built)), $"{method}({parameter}: {Show(sample)}) gave {member.Name} = {Show(member.GetValue(built))}");
        foreach (var other in factory.ReturnType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p != member))
        {
            if (!(factory.ReturnType == typeof(Country) && parameter == "code") && !IsBaseSelector(factory, parameter))
            {
                Assert.True(Same(other.GetValue(built), other.GetValue(Build(factory))), $"{method}({parameter}: …) also changed {other.Name}");
            }
        }
    }

    [Fact]
    public void The_defaults_are_the_embedded_entries()
    {
        Assert.Equal(CountryRegistry.Get(CountryCode.NorthMacedonia), JhaModelFactory.Country());
        Assert.Equal(CountryRegistry.Get(CountryCode.Serbia), JhaModelFactory.Country(code: CountryCode.Serbia));
        Assert.Equal(OrganisationRegistry.Get(OrganisationId.Eurojust), JhaModelFactory.Organisation());
        Assert.Equal(OrganisationRegistry.Get(OrganisationId.Europol), JhaModelFactory.Organisation(id: OrganisationId.Europol));
        Assert.Equal(AgreementRegistry.Get("eu-al-readmission"), JhaModelFactory.Agreement());
        Assert.Equal(AgreementRegistry.Get("coe-cets-185"), JhaModelFactory.Agreement(id: AgreementId.Parse("coe-cets-185")));
        Assert.Equal(EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025), JhaModelFactory.PolicyCycle());
        Assert.Equal(EmpactRegistry.GetCycle(PolicyCycleId.Cycle2018To2021), JhaModelFactory.PolicyCycle(id: PolicyCycleId.Cycle2018To2021));
        Assert.Equal(CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019), JhaModelFactory.CaseStatistic());
        Assert.Equal(CaseStatisticRegistry.All.Rankings[0], JhaModelFactory.CountryRanking());
    }

    [Fact]
    public void One_argument_breaks_one_rule()
    {
        var errors = CountryValidator.Instance.Validate(JhaModelFactory.Country(code: CountryCode.Serbia, shortName: " ")).Errors;

        Assert.Equal([JhaErrorCodes.ShortNameMissing], errors.Select(e => e.ErrorCode));
    }

    /// <summary>A parameter that picks the embedded entry used as the base, so the other members follow it.</summary>
    private static bool IsBaseSelector(MethodInfo factory, string parameter) =>
        factory.GetParameters()[0].Name == parameter && parameter is "code" or "id" or "key";

    private static MethodInfo Method(string name) => FactoryMethods.Single(m => m.Name == name);

    private static object Build(MethodInfo factory) => factory.Invoke(null, new object?[factory.GetParameters().Length])!;

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static bool Same(object? a, object? b) =>
        a is IEnumerable x && b is IEnumerable y && a is not string && b is not string && a is not NodaTime.DateInterval
            ? x.Cast<object?>().SequenceEqual(y.Cast<object?>())
            : Equals(a, b);

    private static string Show(object? value) => value is IEnumerable items and not string ? $"[{string.Join(", ", items.Cast<object?>())}]" : $"{value}";

    private static IEnumerable<object> Samples(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Samples(underlying);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var one = Array.CreateInstance(element, 1);
            one.SetValue(Samples(element).First(), 0);
            return [one, Array.CreateInstance(element, 0)];
        }

        if (Fixed.TryGetValue(type, out var values))
        {
            return values;
        }

        if (Generators.Value.TryGetValue(type, out var gen))
        {
            return gen.Sample(10, 20).Distinct();
        }

        return FactoryMethods.Where(m => m.ReturnType == type).Select(Build);
    }

    private static readonly Dictionary<Type, object[]> Fixed = new()
    {
        [typeof(string)] = ["A text written for the test", "Another text"],
        [typeof(bool)] = [true, false],
        [typeof(int)] = [7, 11],
        [typeof(long)] = [4321L, 17L],
        [typeof(decimal)] = [12.5m, 3m],
        [typeof(AgreementId)] = [AgreementId.Parse("test-agreement"), AgreementId.Parse("eu-me-readmission")],
        [typeof(AgreementKind)] = [AgreementKind.Parse("memorandum-of-understanding"), AgreementKind.Readmission],
        [typeof(CoeTreatyNumber)] = [CoeTreatyNumber.Of(201), CoeTreatyNumber.Of(185)],
    };

    private static readonly Lazy<Dictionary<Type, Gen<object>>> Generators = new(() => typeof(JhaGenerators)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Gen<>))
        .GroupBy(p => p.PropertyType.GetGenericArguments()[0])
        .ToDictionary(g => g.Key, g => Box(g.First().GetValue(null)!, g.Key)));

    private static Gen<object> Box(object gen, Type type) =>
        (Gen<object>)typeof(JhaModelFactoryTests).GetMethod(nameof(BoxOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, [gen])!;

    private static Gen<object> BoxOf<T>(Gen<T> gen) => gen.Select(v => (object)v!);

    private static Dictionary<Type, IValidator> Validators() => typeof(CountryCode).Assembly.GetExportedTypes()
        .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
        .ToDictionary(t => t.BaseType!.GetGenericArguments()[0], t => (IValidator)t.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

    private static IValidator? ValidatorFor(Type type) => Validators().GetValueOrDefault(type);
}
