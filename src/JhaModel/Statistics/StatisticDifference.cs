using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Statistics;

// Stryker disable Linq : the lists' Count is a property; mutants of it into Sum cannot compile.

/// <summary>One way in which two statistics differ, with what each side has: why a comparison was refused, or what the caller allowed.</summary>
public sealed record StatisticDifference
{
    /// <summary>What differs.</summary>
    public required StatisticDimension Dimension { get; init; }

    /// <summary>What the first (baseline) statistic has, e.g. <c>registered-cases-involving</c>.</summary>
    public required string Baseline { get; init; }

    /// <summary>What the second (subject) statistic has, e.g. <c>new-cases-registered-by</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The differences between two statistics, in the order metric, scope, reporting body.</summary>
    /// <param name="baseline">The first statistic.</param>
    /// <param name="subject">The second statistic.</param>
    /// <returns>The differences; empty when the two are alike.</returns>
    /// <exception cref="ArgumentNullException">A statistic, or its scope or period, is <see langword="null"/>.</exception>
    public static IReadOnlyList<StatisticDifference> Between(CaseStatistic baseline, CaseStatistic subject)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(baseline.Scope, nameof(baseline) + ".Scope");
        ArgumentNullException.ThrowIfNull(subject.Scope, nameof(subject) + ".Scope");
        ArgumentNullException.ThrowIfNull(baseline.Period, nameof(baseline) + ".Period");
        ArgumentNullException.ThrowIfNull(subject.Period, nameof(subject) + ".Period");
        var differences = new List<StatisticDifference>(3);
        if (baseline.Metric != subject.Metric)
        {
            differences.Add(new() { Dimension = StatisticDimension.Metric, Baseline = baseline.Metric.ToString(), Subject = subject.Metric.ToString() });
        }

        if (!SameScope(baseline.Scope, baseline.Period.End, subject.Scope, subject.Period.End))
        {
            differences.Add(new()
            {
                Dimension = StatisticDimension.Scope,
                Baseline = DescribeScope(baseline.Scope, baseline.Period.End, subject.Scope, subject.Period.End),
                Subject = DescribeScope(subject.Scope, subject.Period.End, baseline.Scope, baseline.Period.End),
            });
        }

        if (baseline.ReportingBody != subject.ReportingBody)
        {
            differences.Add(new() { Dimension = StatisticDimension.ReportingBody, Baseline = baseline.ReportingBody.ToString(), Subject = subject.ReportingBody.ToString() });
        }

        return differences;
    }

    /// <summary>The difference in words.</summary>
    /// <returns>For example <c>the metric differs: registered-cases-involving against new-cases-registered-by</c>.</returns>
    public override string ToString() => $"the {Name(Dimension)} differs: {Baseline} against {Subject}";

    /// <summary>
    /// Whether two scopes name the same countries, each resolved as of its own date; scopes whose grouping is unknown
    /// are the same only when they are equal.
    /// </summary>
    internal static bool SameScope(StatisticScope a, LocalDate asOfA, StatisticScope b, LocalDate asOfB) =>
        (a == b && (a.GroupingId is null || asOfA == asOfB))
        || (a.IsResolvable && b.IsResolvable ? a.CountriesOn(asOfA).SequenceEqual(b.CountriesOn(asOfB)) : a == b);

    internal static string Name(StatisticDimension dimension) => dimension switch
    {
        StatisticDimension.Metric => "metric",
        StatisticDimension.Scope => "scope",
        StatisticDimension.ReportingBody => "reporting body",
        _ => dimension.ToString(),
    };

    private static string DescribeScope(StatisticScope scope, LocalDate asOf, StatisticScope other, LocalDate otherAsOf)
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{scope} as of {JhaModel.Provenance.IsoDate.Format(asOf)}");
        if (!scope.IsResolvable || !other.IsResolvable)
        {
            return text;
        }

        var countries = scope.CountriesOn(asOf);
        var onlyHere = countries.Except(other.CountriesOn(otherAsOf)).ToList();
        text += countries.Count <= 8
            ? $" ({string.Join(", ", countries)})"
            : string.Create(CultureInfo.InvariantCulture, $" ({countries.Count} countries)");
        if (onlyHere.Count > 0)
        {
            text += onlyHere.Count <= 8
                ? $", of which only here: {string.Join(", ", onlyHere)}"
                : string.Create(CultureInfo.InvariantCulture, $", of which {onlyHere.Count} only here");
        }

        return text;
    }
}
