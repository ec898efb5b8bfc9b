using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Statistics;

/// <summary>What kind of period a statistic covers, derived from its dates (never stored). The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<StatisticPeriodKind>))]
public enum StatisticPeriodKind
{
    /// <summary>A whole calendar year, 1 January to 31 December.</summary>
    [JsonStringEnumMemberName("calendar-year")]
    CalendarYear = 1,

    /// <summary>A whole calendar quarter, e.g. 1 April to 30 June.</summary>
    [JsonStringEnumMemberName("calendar-quarter")]
    CalendarQuarter = 2,

    /// <summary>A whole calendar month.</summary>
    [JsonStringEnumMemberName("calendar-month")]
    CalendarMonth = 3,

    /// <summary>Any other range within one calendar year, e.g. January to September: a partial year.</summary>
    [JsonStringEnumMemberName("part-of-year")]
    PartOfYear = 4,

    /// <summary>A range that is not a whole calendar year and runs into more than one calendar year.</summary>
    [JsonStringEnumMemberName("across-years")]
    AcrossYears = 5,
}
