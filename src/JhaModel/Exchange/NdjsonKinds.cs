using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Exchange;

/// <summary>The record kinds of an NDJSON line, each with its type, contract and validator.</summary>
internal static class NdjsonKinds
{
    public static readonly Kind[] All =
    [
        Of<Organisation>("organisation", OrganisationValidator.Instance),
        Of<Country>("country", CountryValidator.Instance),
        Of<Agreement>("agreement", AgreementValidator.Instance),
        Of<PolicyCycle>("policy-cycle", PolicyCycleValidator.Instance),
        Of<OperationalActionPlan>("action-plan", OperationalActionPlanValidator.Instance),
        Of<CaseStatistic>("statistic", CaseStatisticValidator.Instance),
        Of<CountryRanking>("ranking", CountryRankingValidator.Instance),
    ];

    public static Kind? Find(string name) => Array.Find(All, k => k.Name == name);

    public static Kind? Find(Type type) => Array.Find(All, k => k.Type == type);

    private static Kind Of<T>(string name, IValidator<T> validator)
        where T : class => new(
            name,
            typeof(T),
            JhaModelJson.GetTypeInfo<T>(),
            (element, path, problems) => JsonInputReader.Deserialize(element, JhaModelJson.GetTypeInfo<T>(), path, problems),
            (value, path, element, problems) => ValidationProblems.Add(validator, (T)value, path, element, problems));

    /// <summary>A record kind.</summary>
    internal sealed record Kind(
        string Name,
        Type Type,
        JsonTypeInfo TypeInfo,
        Func<JsonElement, string, ProblemList, object?> Deserialize,
        Action<object, string, JsonElement, ProblemList> Validate);
}
