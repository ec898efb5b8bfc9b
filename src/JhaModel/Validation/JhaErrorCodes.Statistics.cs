namespace JhaModel.Validation;

/// <content>The codes of the case statistics rules.</content>
public static partial class JhaErrorCodes
{
    /// <summary><c>JHA-STA-001</c>: a statistic's identifier is missing (the default value).</summary>
    public const string StatisticIdMissing = "JHA-STA-001";

    /// <summary><c>JHA-STA-002</c>: a metric is missing (the default value).</summary>
    public const string MetricMissing = "JHA-STA-002";

    /// <summary><c>JHA-STA-003</c>: a metric's wording is present but blank.</summary>
    public const string MetricWordingBlank = "JHA-STA-003";

    /// <summary><c>JHA-STA-004</c>: a reporting body is missing (the default value).</summary>
    public const string ReportingBodyMissing = "JHA-STA-004";

    /// <summary><c>JHA-STA-005</c>: a scope (or a ranking's population) is missing.</summary>
    public const string ScopeMissing = "JHA-STA-005";

    /// <summary><c>JHA-STA-006</c>: a scope names a grouping this version does not know.</summary>
    public const string ScopeGroupingUnknown = "JHA-STA-006";

    /// <summary><c>JHA-STA-007</c>: a scope names a country that did not exist as of the period's last day.</summary>
    public const string ScopeCountryNotExisting = "JHA-STA-007";

    /// <summary><c>JHA-STA-008</c>: a scope's grouping has no member as of the period's last day.</summary>
    public const string ScopeEmpty = "JHA-STA-008";

    /// <summary><c>JHA-STA-009</c>: a statistic's period is missing.</summary>
    public const string StatisticPeriodMissing = "JHA-STA-009";

    /// <summary><c>JHA-STA-010</c>: a count is negative.</summary>
    public const string ValueNegative = "JHA-STA-010";

    /// <summary><c>JHA-STA-011</c>: a publication date is before the end of the period it reports on.</summary>
    public const string PublishedBeforePeriodEnd = "JHA-STA-011";

    /// <summary><c>JHA-STA-012</c>: a statistic declares that it revises itself.</summary>
    public const string RevisesSelf = "JHA-STA-012";

    /// <summary><c>JHA-STA-013</c>: two statistics of a set have the same identifier.</summary>
    public const string StatisticIdDuplicate = "JHA-STA-013";

    /// <summary><c>JHA-STA-014</c>: a statistic revises an identifier no statistic of the set has.</summary>
    public const string RevisedStatisticUnknown = "JHA-STA-014";

    /// <summary><c>JHA-STA-015</c>: a statistic revises one of another metric, scope or reporting body.</summary>
    public const string RevisionMismatch = "JHA-STA-015";

    /// <summary><c>JHA-STA-016</c>: two statistics of the same metric, scope and reporting body have overlapping periods and neither revises the other.</summary>
    public const string StatisticsOverlap = "JHA-STA-016";

    /// <summary><c>JHA-STA-017</c>: a ranking has neither a period nor a publication date.</summary>
    public const string RankingDateMissing = "JHA-STA-017";

    /// <summary><c>JHA-STA-018</c>: a ranking has no entries.</summary>
    public const string RankingEmpty = "JHA-STA-018";

    /// <summary><c>JHA-STA-019</c>: a ranking entry has neither or both of a rank and a top group, or one below 1.</summary>
    public const string RankingPositionInvalid = "JHA-STA-019";

    /// <summary><c>JHA-STA-020</c>: a ranking names a country twice.</summary>
    public const string RankingCountryDuplicate = "JHA-STA-020";

    /// <summary><c>JHA-STA-021</c>: ranked entries are not listed by rank, or a better rank has a smaller value.</summary>
    public const string RankingOrderInvalid = "JHA-STA-021";

    /// <summary><c>JHA-STA-022</c>: a ranking names a country outside its population.</summary>
    public const string RankingCountryOutsidePopulation = "JHA-STA-022";

    private static IEnumerable<ErrorCodeInfo> StatisticsArea() =>
    [
        Info(StatisticIdMissing, nameof(StatisticIdMissing), "Statistics", "A statistic has an identifier (not the default value)."),
        Info(MetricMissing, nameof(MetricMissing), "Statistics", "A statistic or ranking names its metric (not the default value)."),
        Info(MetricWordingBlank, nameof(MetricWordingBlank), "Statistics", "A metric's wording, when given, is not blank."),
        Info(ReportingBodyMissing, nameof(ReportingBodyMissing), "Statistics", "A statistic or ranking names its reporting body (not the default value)."),
        Info(ScopeMissing, nameof(ScopeMissing), "Statistics", "A statistic has a scope and a ranking a population."),
        Info(ScopeGroupingUnknown, nameof(ScopeGroupingUnknown), "Statistics", "A scope's grouping is one of the known groupings (wb6, eu, schengen, eu-candidates)."),
        Info(ScopeCountryNotExisting, nameof(ScopeCountryNotExisting), "Statistics", "The countries a scope names existed as of the period's last day (e.g. RS and ME only from 2006-09-26, when CS was withdrawn)."),
        Info(ScopeEmpty, nameof(ScopeEmpty), "Statistics", "A scope's grouping has at least one member as of the period's last day."),
        Info(StatisticPeriodMissing, nameof(StatisticPeriodMissing), "Statistics", "A statistic has a period (whose start is never after its end)."),
        Info(ValueNegative, nameof(ValueNegative), "Statistics", "A count is not negative."),
        Info(PublishedBeforePeriodEnd, nameof(PublishedBeforePeriodEnd), "Statistics", "A publication date, when given, is not before the last day of the period reported on."),
        Info(RevisesSelf, nameof(RevisesSelf), "Statistics", "A statistic does not declare that it revises itself."),
        Info(StatisticIdDuplicate, nameof(StatisticIdDuplicate), "Statistics", "The statistics of a set have distinct identifiers."),
        Info(RevisedStatisticUnknown, nameof(RevisedStatisticUnknown), "Statistics", "A statistic revises a statistic of the same set."),
        Info(RevisionMismatch, nameof(RevisionMismatch), "Statistics", "A statistic revises one of the same metric, scope and reporting body."),
        Info(StatisticsOverlap, nameof(StatisticsOverlap), "Statistics", "No two statistics of a set with the same metric, scope and reporting body have overlapping periods, unless one revises the other."),
        Info(RankingDateMissing, nameof(RankingDateMissing), "Statistics", "A ranking has a period or a publication date, so that its population can be resolved."),
        Info(RankingEmpty, nameof(RankingEmpty), "Statistics", "A ranking names at least one country."),
        Info(RankingPositionInvalid, nameof(RankingPositionInvalid), "Statistics", "A ranking entry has either a rank or a top group (\"among the top N\"), at least 1."),
        Info(RankingCountryDuplicate, nameof(RankingCountryDuplicate), "Statistics", "A ranking names each country once."),
        Info(RankingOrderInvalid, nameof(RankingOrderInvalid), "Statistics", "Ranked entries are listed by rank, before entries known only to be in a top group, and no better rank has a smaller value."),
        Info(RankingCountryOutsidePopulation, nameof(RankingCountryOutsidePopulation), "Statistics", "Every ranked country belongs to the ranking's population as of its date."),
    ];
}
