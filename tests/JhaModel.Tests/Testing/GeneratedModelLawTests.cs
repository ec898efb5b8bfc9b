using System.Reflection;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Serialization;
using JhaModel.Testing;

namespace JhaModel.Tests.Testing;

/// <summary>
/// The laws, for every generator of <see cref="JhaGenerators"/> whose type is part of the JSON contract (lists
/// aside: they compare by reference, the records holding them by value), at
/// <see cref="JhaPropertyTests.Count"/> cases each (1,000, or more with JHA_PROPERTY_TESTS): the JSON round trip,
/// validator soundness (every generated value passes its type's validator) and the equality contract.
/// </summary>
public sealed class GeneratedModelLawTests
{
    private static readonly PropertyInfo[] Generators = [.. typeof(JhaGenerators)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Gen<>))
        .Where(p => !ValueType(p).IsGenericType && JhaModelJson.Options.TryGetTypeInfo(ValueType(p), out _))
        .OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static readonly Dictionary<Type, IValidator> Validators = typeof(CountryCode).Assembly.GetExportedTypes()
        .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
        .ToDictionary(t => t.BaseType!.GetGenericArguments()[0], t => (IValidator)t.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

    public static TheoryData<string> GeneratorNames() => [.. Generators.Select(p => p.Name)];

    public static TheoryData<string> ValidatedGeneratorNames() => [.. Generators.Where(p => Validators.ContainsKey(ValueType(p))).Select(p => p.Name)];

    [Fact]
    public void Every_aggregate_has_a_generator_under_the_laws()
    {
        var covered = Generators.Select(ValueType).ToHashSet();
        Type[] aggregates =
        [
            typeof(Country), typeof(EuRelationshipTimeline), typeof(JhaModel.Agreements.Agreement), typeof(JhaModel.Empact.PolicyCycle), typeof(JhaModel.Empact.CrimePriority),
            typeof(JhaModel.Empact.OperationalActionPlan), typeof(JhaModel.Empact.OperationalAction), typeof(JhaModel.Statistics.CaseStatistic), typeof(JhaModel.Statistics.CaseStatisticSet),
            typeof(JhaModel.Statistics.CountryRanking), typeof(JhaModel.Exchange.ExchangeDocument), typeof(JhaModel.Organisations.Organisation), typeof(JhaModel.Provenance.Source),
        ];

        Assert.All(aggregates, t => Assert.Contains(t, covered));
    }

    [Theory]
    [MemberData(nameof(GeneratorNames))]
    public void Generated_values_round_trip_through_json(string generator) => Run(nameof(RoundTrip), generator);

    [Theory]
    [MemberData(nameof(ValidatedGeneratorNames))]
    public void Generated_values_pass_their_validator(string generator) => Run(nameof(Sound), generator);

    [Theory]
    [MemberData(nameof(GeneratorNames))]
    public void Equality_and_hash_code_agree(string generator) => Run(nameof(EqualityContract), generator);

    private static void RoundTrip<T>(Gen<T> gen) => Check.One(JhaPropertyTests.Config, Prop.ForAll(gen.ToArbitrary(), value =>
        EqualityComparer<T>.Default.Equals(JhaModelJson.Deserialize<T>(JhaModelJson.Serialize(value)), value)));

    private static void Sound<T>(Gen<T> gen)
    {
        var validator = Validators[typeof(T)];
        Check.One(JhaPropertyTests.Config, Prop.ForAll(gen.ToArbitrary(), value =>
        {
            var errors = validator.Validate(new ValidationContext<object>(value!)).Errors;
            return errors.Count == 0 ? true.ToProperty() : false.Label(string.Join("; ", errors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")));
        }));
    }

    private static void EqualityContract<T>(Gen<T> gen) => Check.One(JhaPropertyTests.Config, Prop.ForAll(gen.ToArbitrary(), gen.ToArbitrary(), (a, b) =>
    {
        // A structurally equal but distinct instance: the value read back from its JSON.
        var copy = JhaModelJson.Deserialize<T>(JhaModelJson.Serialize(a));
        return a!.Equals(copy) && copy!.Equals(a) && a.GetHashCode() == copy.GetHashCode()
            && a.Equals(b) == b!.Equals(a)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
            && !a.Equals(null);
    }));

    private static void Run(string law, string generator)
    {
        var property = Generators.Single(p => p.Name == generator);
        var method = typeof(GeneratedModelLawTests).GetMethod(law, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(ValueType(property));
        try
        {
            method.Invoke(null, [property.GetValue(null)]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }

    private static Type ValueType(PropertyInfo generator) => generator.PropertyType.GetGenericArguments()[0];
}
