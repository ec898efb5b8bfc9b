using System.Globalization;
using NodaTime;

namespace JhaModel.Statistics;

/// <summary>
/// A count over a period scaled to a rate per year, with its basis stated: <c>110</c> cases in January to September
/// 2020 is <c>146.67</c> a year on a months basis (9 of 12 months) and <c>146.93</c> on a days basis (274 of 366 days).
/// </summary>
/// <remarks>
/// The rate is exact <see cref="decimal"/> arithmetic, <c>Value × YearLength ÷ PeriodLength</c>, with no rounding
/// beyond decimal's 28 significant digits; round only when presenting (<see cref="Format"/>). A whole calendar year
/// annualises to its own value on both bases. Create rates with <see cref="Of"/> or <see cref="CaseStatistic.Annualise"/>.
/// </remarks>
public sealed record AnnualisedRate
{
    /// <summary>The basis the period is measured on.</summary>
    public required AnnualisationBasis Basis { get; init; }

    /// <summary>The count over the period.</summary>
    public required long Value { get; init; }

    /// <summary>The period the count covers.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>The period's length in the basis's unit: months (e.g. <c>9</c>) or days (e.g. <c>274</c>).</summary>
    public required decimal PeriodLength { get; init; }

    /// <summary>A year's length in the basis's unit: <c>12</c> months, or the days of the period's calendar year (e.g. <c>366</c>).</summary>
    public required decimal YearLength { get; init; }

    /// <summary>The rate per year, unrounded.</summary>
    public required decimal Rate { get; init; }

    /// <summary>Annualises a count over a period.</summary>
    /// <param name="value">The count; not negative.</param>
    /// <param name="period">The period.</param>
    /// <param name="basis">The basis.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or <paramref name="basis"/> is not defined.</exception>
    public static AnnualisedRate Of(long value, DateInterval period, AnnualisationBasis basis)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var (length, year) = basis switch
        {
            AnnualisationBasis.Months => (StatisticPeriods.LengthInMonths(period), 12m),
            AnnualisationBasis.Days => ((decimal)period.Length, StatisticPeriods.YearLengthInDays(period)),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "The basis is not defined; expected months or days."),
        };

        return new AnnualisedRate
        {
            Basis = basis,
            Value = value,
            Period = period,
            PeriodLength = length,
            YearLength = year,
            Rate = length == year ? value : value * year / length,
        };
    }

    /// <summary>Presents the rate rounded half away from zero, with its basis.</summary>
    /// <param name="decimals">The number of decimals, 0 to 10; one by default.</param>
    /// <returns>For example <c>146.7 a year (9 of 12 months)</c> or <c>146.9 a year (274 of 366 days)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public string Format(int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        string unit = Basis == AnnualisationBasis.Months ? "months" : "days";
        return string.Create(CultureInfo.InvariantCulture, $"{Round(Rate, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} a year ({Round(PeriodLength, 2):0.##} of {Round(YearLength, 2):0.##} {unit})");
    }

    internal static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
