using System.Text.Json;
using FluentValidation;
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
        Against<Agreement>("agreement", d => new AgreementValidator(d.Agreements.Resolve), (a, d) => AgreementRules.IsValid(a, d.Agreements.Resolve)),
        Of<PolicyCycle>("policy-cycle"),
        Against<OperationalActionPlan>("action-plan", d => new OperationalActionPlanValidator(ActionLeadership.MemberStatesAndAgencies, d), EmpactRules.IsValid),
        Against<CaseStatistic>("statistic", d => new CaseStatisticValidator(d), StatisticsRules.IsValid),
        Against<CountryRanking>("ranking", d => new CountryRankingValidator(d), StatisticsRules.IsValid),
    ];

    public static Kind? Find(string name) => Array.Find(All, k => k.Name == name);

    public static Kind? Find(Type type) => Array.Find(All, k => k.Type == type);

    /// <summary>A kind whose rules consult no reference data.</summary>
    private static Kind Of<T>(string name)
        where T : class => new(
            name,
            typeof(T),
            JhaModelJson.GetTypeInfo<T>(),
            (element, path, problems) => JsonInputReader.Deserialize(element, JhaModelJson.GetTypeInfo<T>(), path, problems),
            (value, path, element, problems, _) => ValidationProblems.Add(JhaValidation.ValidatorFor<T>(), JhaValidation.IsValid, (T)value, path, element, problems),
            (value, _) => JhaValidation.IsValid((T)value));

    /// <summary>
    /// A kind whose rules consult reference data: against the embedded dataset by the shared validator, against another
    /// dataset (<see cref="ExchangeReaderOptions.ReferenceData"/>) by a validator made for it once per dataset.
    /// </summary>
    private static Kind Against<T>(string name, Func<ReferenceData.JhaDataset, IValidator<T>> validatorFor, Func<T, ReferenceData.JhaDataset, bool> isValid)
        where T : class
    {
        var validators = new System.Runtime.CompilerServices.ConditionalWeakTable<ReferenceData.JhaDataset, IValidator<T>>();
        return new(
            name,
            typeof(T),
            JhaModelJson.GetTypeInfo<T>(),
            (element, path, problems) => JsonInputReader.Deserialize(element, JhaModelJson.GetTypeInfo<T>(), path, problems),
            (value, path, element, problems, dataset) => ValidationProblems.Add(
                dataset is null ? JhaValidation.ValidatorFor<T>() : validators.GetValue(dataset, d => validatorFor(d)),
                dataset is null ? x => JhaValidation.IsValid(x) : x => isValid(x, dataset),
                (T)value,
                path,
                element,
                problems),
            (value, dataset) => dataset is null ? JhaValidation.IsValid((T)value) : isValid((T)value, dataset));
    }

    internal sealed record Kind(
        string Name,
        Type Type,
        JsonTypeInfo TypeInfo,
        Func<JsonElement, string, ProblemList, object?> Deserialize,
        Action<object, string, JsonElement, ProblemList, ReferenceData.JhaDataset?> Validate,
        Func<object, ReferenceData.JhaDataset?, bool> IsValidFast)
    {
        /// <summary>The kind's name as UTF-8, for matching without decoding.</summary>
        public byte[] Utf8Name { get; } = System.Text.Encoding.UTF8.GetBytes(Name);
    }
}
