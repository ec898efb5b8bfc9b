using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using JhaModel.Countries;
using JhaModel.Serialization;

namespace JhaModel.Tests.Architecture;

/// <summary>Every public model type is sealed, immutable and part of the JSON contract.</summary>
public sealed class ModelTypeTests
{
    private static readonly Assembly Library = typeof(CountryCode).Assembly;

    /// <summary>Public types that are services over the model rather than data, with the reason.</summary>
    private static readonly Dictionary<Type, string> NotModelTypes = new()
    {
        [typeof(CountryGrouping)] = "a query over the reference dataset; identified by its Id, never exchanged",
        [typeof(JhaModel.ReferenceData.JhaDataset)] = "a set of reference data with its queries; exchanged as the document it was read from",
        [typeof(CountryCatalogue)] = "the queries over a dataset's countries, never exchanged",
        [typeof(CountryGroupingCatalogue)] = "the groupings resolved against a dataset's countries, never exchanged",
        [typeof(JhaModel.Organisations.OrganisationCatalogue)] = "the queries over a dataset's organisations, never exchanged",
        [typeof(JhaModel.Agreements.AgreementCatalogue)] = "the queries over a dataset's agreements, never exchanged",
        [typeof(JhaModel.Empact.EmpactCatalogue)] = "the queries over a dataset's EMPACT cycles, never exchanged",
        [typeof(JhaModel.ReferenceData.DatasetChange)] = "the outcome of comparing two datasets; the tool writes it",
        [typeof(JhaModel.ReferenceData.DatasetFactChange)] = "the outcome of comparing two datasets; the tool writes it",
        [typeof(JhaModel.Exchange.ExchangeReaderOptions)] = "the settings of a reader, never exchanged",
        [typeof(JhaModel.Exchange.ReadResult<>)] = "the outcome of a read call; its problems are exchanged as ExchangeProblem",
        [typeof(JhaModel.Exchange.NdjsonRecord)] = "the outcome of reading one NDJSON line; its record and problems are model types",
        [typeof(JhaModel.Provenance.Answer<>)] = "the outcome of a status query, with its basis; never exchanged",
        [typeof(JhaModel.Provenance.Evidence)] = "a fact an answer rests on, made from the model's sourced facts; never exchanged",
        [typeof(LocalizedText)] = "the outcome of asking a name or footnote in a language; never exchanged",
    };

    public static TheoryData<Type> ModelTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Library.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed))
            .Where(t => !typeof(IValidator).IsAssignableFrom(t))
            .Where(t => t.Namespace != "JhaModel.Validation" && t.Namespace != "JhaModel.Serialization")
            .Where(t => !NotModelTypes.ContainsKey(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_model_types_are_found()
    {
        Assert.True(ModelTypes().Count >= 12, "expected at least the Countries, Organisations and Provenance model types");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_types_are_sealed_or_readonly_structs(Type type)
    {
        if (type.IsValueType)
        {
            Assert.True(type.GetCustomAttribute<IsReadOnlyAttribute>() is not null, $"{type.Name} is a struct but not readonly");
        }
        else
        {
            Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        }
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_types_have_no_public_setter_other_than_init(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.GetSetMethod();
            if (setter is null)
            {
                continue;
            }

            bool isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter that is not init-only");
        }

        Assert.Empty(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_types_are_registered_in_the_json_context(Type type)
    {
        var info = JhaModelJson.Options.GetTypeInfo(type);

        Assert.NotNull(info);
        Assert.Same(JhaModelJson.Resolver, info.OriginatingResolver);
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_list_properties_are_read_only_lists(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType != typeof(string) && !IsPeriod(p.PropertyType) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)))
        {
            Assert.True(
                property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>),
                $"{type.Name}.{property.Name} is {property.PropertyType.Name}; expected IReadOnlyList<T>");
        }
    }

    /// <summary>A NodaTime <see cref="NodaTime.DateInterval"/> enumerates its days but is a period value, not a list on the model.</summary>
    private static bool IsPeriod(Type type) => type == typeof(NodaTime.DateInterval);
}
