using FsCheck;
using FsCheck.Fluent;
using JhaModel.Exchange;

namespace JhaModel.Testing;

/// <content>Arbitraries of the exchange area.</content>
public static partial class JhaArbitraries
{
    /// <summary>Valid exchange documents, shrinking by emptying their collections one at a time.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExchangeDocument> ExchangeDocument() => Arb.From(JhaGenerators.ExchangeDocument, ShrinkDocument);

    private static IEnumerable<ExchangeDocument> ShrinkDocument(ExchangeDocument document)
    {
        if (document.Agreements.Count > 0)
        {
            yield return document with { Agreements = [.. document.Agreements.Skip(1)] };
        }

        if (document.Countries.Count > 0)
        {
            yield return document with { Countries = [.. document.Countries.Skip(1)] };
        }

        if (document.PolicyCycles.Count > 0)
        {
            yield return document with { PolicyCycles = [] };
        }

        if (document.ActionPlans.Count > 0)
        {
            yield return document with { ActionPlans = [.. document.ActionPlans.Skip(1)] };
        }

        if (document.Statistics.Count > 0 || document.Rankings.Count > 0)
        {
            yield return document with { Statistics = [], Rankings = [] };
        }
    }
}
