using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Statistics;

/// <summary>
/// What a <see cref="CaseStatistic"/> counts: an open vocabulary of lower-case kebab-case metric names, e.g.
/// <c>registered-cases-involving</c>, each well-known value with a definition.
/// </summary>
/// <remarks>
/// <para>
/// Two figures are comparable only when they count the same thing. Sources word their metrics differently
/// ("cases involving the Western Balkans registered" against "new cases registered by Western Balkan countries"),
/// so every statistic names its metric explicitly, and comparisons refuse to compare different metrics unless the
/// caller opts in (see <see cref="StatisticComparison"/>).
/// </para>
/// <para>
/// Any kebab-case name (2 to 64 lower-case ASCII letters and digits in words joined by single hyphens, starting
/// with a letter) parses, so that metrics unknown to this version round-trip; <see cref="IsWellKnown"/> tells them
/// apart and only well-known metrics have a <see cref="Definition"/>. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Metrics order ordinally by their name.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<StatisticMetric>))]
[TextValue("a metric name", Expected = "a kebab-case metric name (e.g. \"registered-cases-involving\")", Example = "registered-cases-involving")]
public readonly partial struct StatisticMetric
{
    /// <summary>
    /// <c>registered-cases-involving</c>: new cases registered at the reporting body in the period that involve a
    /// country of the scope ("110 cases involving Western Balkan countries were registered between January and
    /// September 2020").
    /// </summary>
    [WellKnown("registered-cases-involving")]
    public static partial StatisticMetric RegisteredCasesInvolving { get; }

    /// <summary><c>cases-handled-involving</c>: cases worked on in the period, new and ongoing, that involve a country of the scope.</summary>
    [WellKnown("cases-handled-involving")]
    public static partial StatisticMetric CasesHandledInvolving { get; }

    /// <summary>
    /// <c>cases-involving</c>: involvement in the reporting body's cases where the source does not say whether it counts
    /// new cases only or all cases handled ("among the ten most involved in Eurojust casework").
    /// </summary>
    [WellKnown("cases-involving")]
    public static partial StatisticMetric CasesInvolving { get; }

    /// <summary>
    /// <c>new-cases-registered-by</c>: new cases registered by the representatives of the countries of the scope
    /// ("137 new cases registered by Western Balkan countries represented at Eurojust") — not the same as
    /// <see cref="RegisteredCasesInvolving"/>.
    /// </summary>
    [WellKnown("new-cases-registered-by")]
    public static partial StatisticMetric NewCasesRegisteredBy { get; }

    /// <summary><c>cases-owned-by</c>: new cases owned (opened and led) by the countries of the scope.</summary>
    [WellKnown("cases-owned-by")]
    public static partial StatisticMetric CasesOwnedBy { get; }

    /// <summary><c>participation-requests</c>: requests that the countries of the scope take part in a case.</summary>
    [WellKnown("participation-requests")]
    public static partial StatisticMetric ParticipationRequests { get; }

    /// <summary><c>investigations-supported</c>: criminal investigations involving the countries of the scope that the reporting body supported.</summary>
    [WellKnown("investigations-supported")]
    public static partial StatisticMetric InvestigationsSupported { get; }

    /// <summary>What the metric counts, for a well-known metric; <see langword="null"/> for other metrics and the default value.</summary>
    public string? Definition
    {
        get
        {
            int i = Array.IndexOf(__wellKnown, this);
            return i < 0 ? null : Definitions[i];
        }
    }

    /// <summary>The definitions of the well-known metrics, in the order of <see cref="WellKnown"/>.</summary>
    private static string[] Definitions { get; } =
    [
        "New cases registered (opened) at the reporting body during the period that involve at least one country of the scope, whichever national desk or liaison prosecutor opened them.",
        "Cases the reporting body worked on during the period, new and ongoing from earlier periods, that involve at least one country of the scope.",
        "Cases of the reporting body that involve the countries of the scope, where the source does not say whether it counts new cases only or all cases handled.",
        "New cases registered at the reporting body during the period by the representatives (national desk or liaison prosecutor) of the countries of the scope.",
        "New cases of the period owned by the countries of the scope: opened at their request by their national desk or liaison prosecutor, which leads the case.",
        "Requests, made during the period in cases of the reporting body, that the countries of the scope take part in a case (requests to participate).",
        "Criminal investigations involving the countries of the scope that the reporting body supported during the period.",
    ];

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a metric name; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'registered-cases-involving').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
