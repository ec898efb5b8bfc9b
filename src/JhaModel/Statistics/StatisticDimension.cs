using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Statistics;

/// <summary>
/// What two statistics must share to be compared or added up, and what a caller may explicitly allow to differ.
/// The numeric values never change.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<StatisticDimension>))]
public enum StatisticDimension
{
    /// <summary>What is counted (<see cref="CaseStatistic.Metric"/>).</summary>
    [JsonStringEnumMemberName("metric")]
    Metric = 1,

    /// <summary>The countries counted (<see cref="CaseStatistic.Scope"/>, resolved as of each period's last day).</summary>
    [JsonStringEnumMemberName("scope")]
    Scope = 2,

    /// <summary>Who counts (<see cref="CaseStatistic.ReportingBody"/>).</summary>
    [JsonStringEnumMemberName("reporting-body")]
    ReportingBody = 3,
}
