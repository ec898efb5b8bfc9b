using System.Text.Json;
using JhaModel.Agreements;
using JhaModel.Empact;
using JhaModel.Serialization;
using JhaModel.Statistics;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>
/// The open vocabularies of the format — values a reader keeps even when it does not know them — with their
/// well-known values, and the check that warns of a value within a small edit distance of a well-known one
/// (<c>"readmision"</c> for <c>"readmission"</c>), which is most likely a typing error rather than a new value.
/// </summary>
internal static class OpenVocabularies
{
    /// <summary>Each open vocabulary: its name in messages, the members that hold it, and its well-known values.</summary>
    public static IReadOnlyList<(string Name, string Members, IReadOnlyList<string> WellKnown)> All { get; } =
    [
        ("agreement kind", "`agreements[].kind`", [.. AgreementKind.WellKnown.Select(k => k.ToString())]),
        ("statistic metric", "`statistics[].metric`, `rankings[].metric`", [.. StatisticMetric.WellKnown.Select(m => m.ToString())]),
        ("result metric", "`policyCycles[].results[].metric`, `actionPlans[].actions[].results[].metric`", [.. ResultMetric.WellKnown.Select(m => m.ToString())]),
        ("unit", "`…results[].quantity.unit`", [.. QuantityUnit.WellKnown.Select(u => u.ToString())]),
    ];

    /// <summary>Warns of every value of an open vocabulary in <paramref name="document"/> that is a near miss of a well-known one.</summary>
    public static void Check(ExchangeDocument document, JsonElement root, ProblemList problems)
    {
        for (int i = 0; i < document.Agreements.Count; i++)
        {
            if (document.Agreements[i] is { Kind: { IsDefault: false, IsWellKnown: false } kind })
            {
                Warn(0, kind.ToString(), $"$.agreements[{i}].kind", root, problems);
            }
        }

        for (int i = 0; i < document.Statistics.Count; i++)
        {
            if (document.Statistics[i] is { Metric: { IsDefault: false, IsWellKnown: false } metric })
            {
                Warn(1, metric.ToString(), $"$.statistics[{i}].metric", root, problems);
            }
        }

        for (int i = 0; i < document.Rankings.Count; i++)
        {
            if (document.Rankings[i] is { Metric: { IsDefault: false, IsWellKnown: false } metric })
            {
                Warn(1, metric.ToString(), $"$.rankings[{i}].metric", root, problems);
            }
        }

        for (int c = 0; c < document.PolicyCycles.Count; c++)
        {
            var results = document.PolicyCycles[c]?.Results ?? [];
            for (int r = 0; r < results.Count; r++)
            {
                if (results[r] is { } result)
                {
                    CheckResult(result.Metric, result.Quantity, $"$.policyCycles[{c}].results[{r}]", root, problems);
                }
            }
        }

        for (int p = 0; p < document.ActionPlans.Count; p++)
        {
            var actions = document.ActionPlans[p]?.Actions ?? [];
            for (int a = 0; a < actions.Count; a++)
            {
                var results = actions[a]?.Results ?? [];
                for (int r = 0; r < results.Count; r++)
                {
                    if (results[r] is { } result)
                    {
                        CheckResult(result.Metric, result.Quantity, $"$.actionPlans[{p}].actions[{a}].results[{r}]", root, problems);
                    }
                }
            }
        }
    }

    private static void CheckResult(ResultMetric metric, Quantity? quantity, string path, JsonElement root, ProblemList problems)
    {
        if (!metric.IsDefault && !metric.IsWellKnown)
        {
            Warn(2, metric.ToString(), path + ".metric", root, problems);
        }

        if (quantity is { Unit: { IsDefault: false, IsWellKnown: false } unit })
        {
            Warn(3, unit.ToString(), path + ".quantity.unit", root, problems);
        }
    }

    private static void Warn(int vocabulary, string value, string path, JsonElement root, ProblemList problems)
    {
        var (name, _, wellKnown) = All[vocabulary];
        if (NearMiss.Find(value, wellKnown) is { } meant)
        {
            problems.Add(
                JhaErrorCodes.VocabularyNearMiss,
                problems.IsFull ? "$" : ValidationProblems.Existing(root, "$", path[1..]),
                $"Found the {name} {JsonErrors.Quote(value)}, which is not well known; did you mean {JsonErrors.Quote(meant)}? A value that is not well known is kept as written, so check its spelling.",
                severity: ProblemSeverity.Warning);
        }
    }
}
