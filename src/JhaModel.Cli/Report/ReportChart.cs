using JhaModel.Statistics;

namespace JhaModel.Cli.Report;

/// <summary>One bar of the report's chart.</summary>
internal sealed record ChartBar(string Label, decimal Value, bool IsAnnualised);

/// <summary>
/// The report's bar chart: the first allowed comparison's two counts, then the subject's rate a year on each
/// basis, so a partial year is never set beside a whole one without its annualised rate.
/// </summary>
internal static class ReportChart
{
    public static string? Title(JhaReport report) =>
        report.Comparisons.FirstOrDefault(c => c.Comparison is not null) is { } line
            ? $"{line.Baseline.MetricWording ?? line.Baseline.Metric.ToString()} ({line.Baseline.ReportingBody}, {line.Baseline.Scope})"
            : null;

    public static IReadOnlyList<ChartBar> Bars(JhaReport report)
    {
        if (report.Comparisons.FirstOrDefault(c => c.Comparison is not null)?.Comparison is not { } comparison)
        {
            return [];
        }

        return
        [
            new(Label(comparison.Baseline), comparison.Baseline.Value, false),
            new(Label(comparison.Subject), comparison.Subject.Value, false),
            new($"{Label(comparison.Subject)}, a year on a months basis", Math.Round(comparison.ByMonths.Subject.Rate, 1), true),
            new($"{Label(comparison.Subject)}, a year on a days basis", Math.Round(comparison.ByDays.Subject.Rate, 1), true),
        ];
    }

    /// <summary>A statistic's period as a reader says it: the year for a calendar year, else the ISO interval.</summary>
    public static string Label(CaseStatistic statistic) =>
        statistic.PeriodKind() == StatisticPeriodKind.CalendarYear
            ? statistic.Period.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Wire.Period(statistic.Period);
}
