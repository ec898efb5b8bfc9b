using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Statistics;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>The record kinds of an NDJSON line, each with its type, contract and validator.</summary>
internal static class NdjsonKinds
{
    public static readonly Kind[] All =
    [
        Of<Organisation>("organisation"),
        Of<Country>("country"),
        Of<Agreement>("agreement"),
        Of<PolicyCycle>("policy-cycle"),
        Of<OperationalActionPlan>("action-plan"),
        Of<CaseStatistic>("statistic"),
        Of<CountryRanking>("ranking"),
    ];

    public static Kind? Find(string name) => Array.Find(All, k => k.Name == name);

    public static Kind? Find(Type type) => Array.Find(All, k => k.Type == type);

    private static Kind Of<T>(string name)
        where T : class => new(
            name,
            typeof(T),
            JhaModelJson.GetTypeInfo<T>(),
            (element, path, problems) => JsonInputReader.Deserialize(element, JhaModelJson.GetTypeInfo<T>(), path, problems),
            (value, path, element, problems) => ValidationProblems.Add(JhaValidation.ValidatorFor<T>(), JhaValidation.IsValid, (T)value, path, element, problems),
            value => JhaValidation.IsValid((T)value));

    /// <summary>A record kind.</summary>
    internal sealed record Kind(
        string Name,
        Type Type,
        JsonTypeInfo TypeInfo,
        Func<JsonElement, string, ProblemList, object?> Deserialize,
        Action<object, string, JsonElement, ProblemList> Validate,
        Func<object, bool> IsValidFast)
    {
        /// <summary>The kind's name as UTF-8, for matching without decoding.</summary>
        public byte[] Utf8Name { get; } = System.Text.Encoding.UTF8.GetBytes(Name);
    }
}
