namespace JhaModel.Provenance;

/// <summary>Which facts an <c>Explain…</c> query answers from.</summary>
public enum FactFilter
{
    /// <summary>Every recorded fact, whatever its confidence.</summary>
    All = 1,

    /// <summary>Verified facts alone, as if the others were not recorded; the answer then never rests on a fact that is not verified.</summary>
    VerifiedOnly = 2,
}
