using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Statistics;

/// <summary>How a count over a period is scaled to a rate per year. The numeric values never change.</summary>
/// <remarks>
/// Both bases leave a whole calendar year unchanged. They differ for partial years: January to September 2020 is
/// 9 of 12 months, but 274 of the 366 days of 2020.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<AnnualisationBasis>))]
public enum AnnualisationBasis
{
    /// <summary>
    /// By calendar months: the period's length in months (each calendar month it touches counts by the share of its
    /// days covered, so whole months count 1) against 12 months a year.
    /// </summary>
    [JsonStringEnumMemberName("months")]
    Months = 1,

    /// <summary>
    /// By days: the period's days against the days of the calendar year it lies in (365 or 366); for a period running
    /// into several calendar years, against the mean length of those years weighted by the days covered in each.
    /// </summary>
    [JsonStringEnumMemberName("days")]
    Days = 2,
}
