namespace JhaModel.Statistics;

/// <summary>Two statistics compared as rates per year on one <see cref="AnnualisationBasis"/>.</summary>
public sealed record AnnualisedComparison
{
    /// <summary>The basis both rates are on.</summary>
    public required AnnualisationBasis Basis { get; init; }

    /// <summary>The baseline's rate.</summary>
    public required AnnualisedRate Baseline { get; init; }

    /// <summary>The subject's rate.</summary>
    public required AnnualisedRate Subject { get; init; }

    /// <summary>The subject's rate minus the baseline's, unrounded.</summary>
    public required decimal Change { get; init; }

    /// <summary>The change as a fraction of the baseline's rate (<c>0.371</c> is +37.1 %), unrounded; <see langword="null"/> when the baseline's rate is zero.</summary>
    public decimal? RelativeChange { get; init; }

    internal static AnnualisedComparison Of(CaseStatistic baseline, CaseStatistic subject, AnnualisationBasis basis)
    {
        var from = baseline.Annualise(basis);
        var to = subject.Annualise(basis);
        decimal change = to.Rate - from.Rate;
        return new AnnualisedComparison
        {
            Basis = basis,
            Baseline = from,
            Subject = to,
            Change = change,
            RelativeChange = from.Rate == 0m ? null : change / from.Rate,
        };
    }
}
