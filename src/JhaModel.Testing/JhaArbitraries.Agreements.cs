using FsCheck;
using FsCheck.Fluent;
using JhaModel.Agreements;

namespace JhaModel.Testing;

/// <content>Arbitraries of the agreements area.</content>
public static partial class JhaArbitraries
{
    /// <summary>Valid agreements (bilateral, multilateral with the Council of Europe rule, protocols of CETS 185), shrinking by dropping statements and identifiers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Agreement> Agreement() => Arb.From(JhaGenerators.Agreement, ShrinkAgreement);

    private static IEnumerable<Agreement> ShrinkAgreement(Agreement agreement)
    {
        if (agreement.Statements.Count > 0)
        {
            yield return agreement with { Statements = [] };
        }

        if (agreement.Identifiers is not null)
        {
            yield return agreement with { Identifiers = null };
        }
    }
}
