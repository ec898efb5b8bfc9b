using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime.Text;

namespace JhaModel.Statistics;

// Stryker disable Linq : the lists' Count is a property; mutants of it into Sum cannot compile.

/// <summary>
/// Two statistics compared: both values and periods, the absolute and relative change, raw and annualised on both
/// bases. Only like statistics are compared unless the caller explicitly allows a difference.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Compare"/> and <see cref="TryCompare"/> refuse two statistics that differ in metric, scope (the
/// countries each resolves to as of its period's last day) or reporting body, naming each difference, unless the
/// caller lists that dimension in <c>allowDifferent</c>. <see cref="Compare"/> throws an
/// <see cref="ArgumentException"/>; <see cref="TryCompare"/> returns <see langword="false"/> with the refused
/// differences. An allowed difference is recorded in <see cref="Differences"/>, so the result never hides it.
/// </para>
/// <para>
/// Counts are exact (<see cref="long"/>); rates and relative changes are unrounded <see cref="decimal"/>s. Round only
/// when presenting (<see cref="Describe"/>). Swapping the two statistics negates every change.
/// </para>
/// </remarks>
public sealed record StatisticComparison
{
    private readonly Collections.ValueList<StatisticDifference> _differences = Collections.ValueList<StatisticDifference>.Empty;

    /// <summary>The statistic compared against (the earlier figure, usually).</summary>
    public required CaseStatistic Baseline { get; init; }

    /// <summary>The statistic compared.</summary>
    public required CaseStatistic Subject { get; init; }

    /// <summary>The differences the caller allowed; empty when the two statistics are alike.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyList<StatisticDifference> Differences
    {
        get => _differences;
        init => _differences = Collections.ValueList<StatisticDifference>.From(value);
    }

    /// <summary>The subject's value minus the baseline's, e.g. <c>3</c> for 110 against 107.</summary>
    public required long Change { get; init; }

    /// <summary>The change as a fraction of the baseline's value (<c>0.028</c> is +2.8 %), unrounded; <see langword="null"/> when the baseline's value is zero.</summary>
    public decimal? RelativeChange { get; init; }

    /// <summary>
    /// Whether the two periods differ in length, counted in months as <see cref="AnnualisationBasis.Months"/> counts
    /// them (whole calendar months 1 each, a partly covered month the share of its days): 2019 against January to
    /// September 2020 compares 12 months with 9. <see cref="Change"/> and <see cref="RelativeChange"/> then compare
    /// unequal periods; <see cref="ByMonths"/> and <see cref="ByDays"/> compare rates that allow for it.
    /// </summary>
    public bool ComparesUnequalPeriods =>
        Baseline?.Period is { } b && Subject?.Period is { } s && StatisticPeriods.LengthInMonths(b) != StatisticPeriods.LengthInMonths(s);

    /// <summary>The two statistics as rates per year on a months basis.</summary>
    public required AnnualisedComparison ByMonths { get; init; }

    /// <summary>The two statistics as rates per year on a days basis.</summary>
    public required AnnualisedComparison ByDays { get; init; }

    /// <summary>Compares two statistics, refusing unlike ones.</summary>
    /// <param name="baseline">The statistic compared against.</param>
    /// <param name="subject">The statistic compared.</param>
    /// <param name="allowDifferent">The dimensions allowed to differ, e.g. <see cref="StatisticDimension.Metric"/>; none by default.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">A statistic, or its scope or period, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The statistics differ in a dimension not allowed; the message names each difference.</exception>
    /// <exception cref="InvalidOperationException">A statistic's value is negative.</exception>
    public static StatisticComparison Compare(CaseStatistic baseline, CaseStatistic subject, params ReadOnlySpan<StatisticDimension> allowDifferent) =>
        TryCompare(baseline, subject, out var comparison, out var refused, allowDifferent)
            ? comparison
            : throw new ArgumentException(DescribeRefusal(baseline, subject, refused), nameof(subject));

    /// <summary>Compares two statistics unless they differ in a dimension not allowed. Throws only for missing or invalid values.</summary>
    /// <param name="baseline">The statistic compared against.</param>
    /// <param name="subject">The statistic compared.</param>
    /// <param name="comparison">The comparison, or <see langword="null"/> when refused.</param>
    /// <param name="refused">The differences that were not allowed; empty when compared.</param>
    /// <param name="allowDifferent">The dimensions allowed to differ; none by default.</param>
    /// <returns>Whether the statistics were compared.</returns>
    /// <exception cref="ArgumentNullException">A statistic, or its scope or period, is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A statistic's value is negative.</exception>
    public static bool TryCompare(
        CaseStatistic baseline,
        CaseStatistic subject,
        [NotNullWhen(true)] out StatisticComparison? comparison,
        out IReadOnlyList<StatisticDifference> refused,
        params ReadOnlySpan<StatisticDimension> allowDifferent)
    {
        var differences = StatisticDifference.Between(baseline, subject);
        var allowed = allowDifferent.ToArray();
        refused = [.. differences.Where(d => Array.IndexOf(allowed, d.Dimension) < 0)];
        if (refused.Count > 0)
        {
            comparison = null;
            return false;
        }

        long change = subject.Value - baseline.Value;
        comparison = new StatisticComparison
        {
            Baseline = baseline,
            Subject = subject,
            Differences = differences,
            Change = change,
            RelativeChange = baseline.Value == 0 ? null : (decimal)change / baseline.Value,
            ByMonths = AnnualisedComparison.Of(baseline, subject, AnnualisationBasis.Months),
            ByDays = AnnualisedComparison.Of(baseline, subject, AnnualisationBasis.Days),
        };
        return true;
    }

    /// <summary>Presents the comparison, rounding rates to one decimal and changes to one decimal of a percent.</summary>
    /// <returns>
    /// For example <c>110 (2020-01-01/2020-09-30) against 107 (2019-01-01/2019-12-31): +3 (+2.8 %), comparing unequal
    /// periods (9 months against 12); a year on a months basis 146.7 against 107.0 (+37.1 %); on a days basis 146.9
    /// against 107.0 (+37.3 %)</c>.
    /// </returns>
    public string Describe()
    {
        string raw = string.Create(CultureInfo.InvariantCulture,
            $"{Subject.Value} ({Format(Subject)}) against {Baseline.Value} ({Format(Baseline)}): {Change:+0;-0;0}{Percent(RelativeChange)}{Unequal()}");
        string byMonths = $"a year on a months basis {Rate(ByMonths.Subject)} against {Rate(ByMonths.Baseline)}{Percent(ByMonths.RelativeChange)}";
        string byDays = $"on a days basis {Rate(ByDays.Subject)} against {Rate(ByDays.Baseline)}{Percent(ByDays.RelativeChange)}";
        string text = raw + "; " + byMonths + "; " + byDays;
        return Differences.Count == 0 ? text : text + "; allowed: " + string.Join("; ", Differences);
    }

    /// <summary>Presents a relative change as a signed percentage, rounded half away from zero.</summary>
    /// <param name="relativeChange">The change as a fraction, e.g. <c>0.0280373…</c>.</param>
    /// <param name="decimals">The number of decimals of the percentage, 0 to 10; one by default.</param>
    /// <returns>For example <c>+2.8 %</c>, <c>-12.0 %</c> or <c>0.0 %</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public static string FormatPercent(decimal relativeChange, int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        decimal percent = AnnualisedRate.Round(relativeChange * 100m, decimals);
        string digits = Math.Abs(percent).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (percent > 0 ? "+" : percent < 0 ? "-" : string.Empty) + digits + " %";
    }

    private string Unequal() => !ComparesUnequalPeriods ? string.Empty : string.Create(CultureInfo.InvariantCulture,
        $", comparing unequal periods ({Months(Subject)} months against {Months(Baseline)})");

    private static string Months(CaseStatistic statistic) => AnnualisedRate.Round(StatisticPeriods.LengthInMonths(statistic.Period), 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal? relativeChange) => relativeChange is { } r ? " (" + FormatPercent(r) + ")" : string.Empty;

    private static string Rate(AnnualisedRate rate) => AnnualisedRate.Round(rate.Rate, 1).ToString("F1", CultureInfo.InvariantCulture);

    private static string Format(CaseStatistic statistic) =>
        JhaModel.Provenance.IsoDate.Format(statistic.Period.Start) + "/" + JhaModel.Provenance.IsoDate.Format(statistic.Period.End);

    private static string DescribeRefusal(CaseStatistic baseline, CaseStatistic subject, IReadOnlyList<StatisticDifference> refused) =>
        $"Refused to compare '{subject.Id}' with '{baseline.Id}': {string.Join("; ", refused)}. "
        + $"Expected the same metric, scope and reporting body; to compare anyway, allow the difference explicitly "
        + $"(allowDifferent: {string.Join(", ", refused.Select(d => "StatisticDimension." + d.Dimension))}).";
}
