using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(StatisticMetricJsonConverter))]
public readonly struct StatisticMetric : IEquatable<StatisticMetric>, IComparable<StatisticMetric>, IComparable, ISpanParsable<StatisticMetric>
{
    private static readonly (string Name, string Definition)[] Known =
    [
        ("registered-cases-involving", "New cases registered (opened) at the reporting body during the period that involve at least one country of the scope, whichever national desk or liaison prosecutor opened them."),
        ("cases-handled-involving", "Cases the reporting body worked on during the period, new and ongoing from earlier periods, that involve at least one country of the scope."),
        ("cases-involving", "Cases of the reporting body that involve the countries of the scope, where the source does not say whether it counts new cases only or all cases handled."),
        ("new-cases-registered-by", "New cases registered at the reporting body during the period by the representatives (national desk or liaison prosecutor) of the countries of the scope."),
        ("cases-owned-by", "New cases of the period owned by the countries of the scope: opened at their request by their national desk or liaison prosecutor, which leads the case."),
        ("participation-requests", "Requests, made during the period in cases of the reporting body, that the countries of the scope take part in a case (requests to participate)."),
        ("investigations-supported", "Criminal investigations involving the countries of the scope that the reporting body supported during the period."),
    ];

    private readonly string? _value;

    private StatisticMetric(string value) => _value = value;

    /// <summary>
    /// <c>registered-cases-involving</c>: new cases registered at the reporting body in the period that involve a
    /// country of the scope ("110 cases involving Western Balkan countries were registered between January and
    /// September 2020").
    /// </summary>
    public static StatisticMetric RegisteredCasesInvolving { get; } = new("registered-cases-involving");

    /// <summary><c>cases-handled-involving</c>: cases worked on in the period, new and ongoing, that involve a country of the scope.</summary>
    public static StatisticMetric CasesHandledInvolving { get; } = new("cases-handled-involving");

    /// <summary>
    /// <c>cases-involving</c>: involvement in the reporting body's cases where the source does not say whether it counts
    /// new cases only or all cases handled ("among the ten most involved in Eurojust casework").
    /// </summary>
    public static StatisticMetric CasesInvolving { get; } = new("cases-involving");

    /// <summary>
    /// <c>new-cases-registered-by</c>: new cases registered by the representatives of the countries of the scope
    /// ("137 new cases registered by Western Balkan countries represented at Eurojust") — not the same as
    /// <see cref="RegisteredCasesInvolving"/>.
    /// </summary>
    public static StatisticMetric NewCasesRegisteredBy { get; } = new("new-cases-registered-by");

    /// <summary><c>cases-owned-by</c>: new cases owned (opened and led) by the countries of the scope.</summary>
    public static StatisticMetric CasesOwnedBy { get; } = new("cases-owned-by");

    /// <summary><c>participation-requests</c>: requests that the countries of the scope take part in a case.</summary>
    public static StatisticMetric ParticipationRequests { get; } = new("participation-requests");

    /// <summary><c>investigations-supported</c>: criminal investigations involving the countries of the scope that the reporting body supported.</summary>
    public static StatisticMetric InvestigationsSupported { get; } = new("investigations-supported");

    /// <summary>Every well-known metric, in the order of their definitions.</summary>
    public static IReadOnlyList<StatisticMetric> WellKnown { get; } = [.. Known.Select(k => new StatisticMetric(k.Name))];

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Whether this metric is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => Definition is not null;

    /// <summary>What the metric counts, for a well-known metric; <see langword="null"/> for other metrics and the default value.</summary>
    public string? Definition
    {
        get
        {
            foreach (var (name, definition) in Known)
            {
                if (ReferenceEquals(name, _value) || string.Equals(name, _value, StringComparison.Ordinal))
                {
                    return definition;
                }
            }

            return null;
        }
    }

    /// <summary>Parses a metric name.</summary>
    /// <param name="s">The name, e.g. <c>registered-cases-involving</c>.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a kebab-case name.</exception>
    public static StatisticMetric Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var metric) ? metric : throw new FormatException(DescribeFailure(s));
    }

    /// <summary>Parses a metric name.</summary>
    /// <param name="s">The name.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a kebab-case name.</exception>
    public static StatisticMetric Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var metric) ? metric : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse a metric name. Never throws.</summary>
    /// <param name="s">The name; <see langword="null"/> fails.</param>
    /// <param name="result">The metric, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a kebab-case name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out StatisticMetric result)
    {
        result = s is not null && Kebab.IsValid(s) ? new StatisticMetric(Intern(s)) : default;
        return !result.IsDefault;
    }

    /// <summary>Tries to parse a metric name. Never throws.</summary>
    /// <param name="s">The name.</param>
    /// <param name="result">The metric, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a kebab-case name.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out StatisticMetric result)
    {
        result = Kebab.IsValid(s) ? new StatisticMetric(Intern(s)) : default;
        return !result.IsDefault;
    }

    static StatisticMetric IParsable<StatisticMetric>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<StatisticMetric>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StatisticMetric result) => TryParse(s, out result);

    static StatisticMetric ISpanParsable<StatisticMetric>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<StatisticMetric>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StatisticMetric result) => TryParse(s, out result);

    /// <summary>The metric name, or the empty string for the default value.</summary>
    /// <returns>For example <c>registered-cases-involving</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(StatisticMetric other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatisticMetric other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ordinally by name; the default value first.</summary>
    /// <param name="other">The metric to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(StatisticMetric other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        StatisticMetric other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a StatisticMetric.", nameof(obj)),
    };

    /// <summary>Whether two metrics are equal.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(StatisticMetric left, StatisticMetric right) => left.Equals(right);

    /// <summary>Whether two metrics differ.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(StatisticMetric left, StatisticMetric right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(StatisticMetric left, StatisticMetric right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(StatisticMetric left, StatisticMetric right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(StatisticMetric left, StatisticMetric right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first metric.</param>
    /// <param name="right">The second metric.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(StatisticMetric left, StatisticMetric right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not a metric name; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'registered-cases-involving').";

    private static string Intern(ReadOnlySpan<char> s)
    {
        foreach (var (name, _) in Known)
        {
            if (s.SequenceEqual(name))
            {
                return name;
            }
        }

        return s.ToString();
    }
}
