using FsCheck;
using FsCheck.Fluent;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <summary>
/// FsCheck generators of valid, realistic JhaModel values: real country codes and organisations, plausible
/// dates, sources that look like the ones the reference dataset cites. Every generated value passes its
/// validator. Collections grow with FsCheck's size parameter.
/// </summary>
/// <remarks>For properties, use the arbitraries in <see cref="JhaArbitraries"/>, which add shrinking.</remarks>
public static partial class JhaGenerators
{
    private static readonly LocalDate FirstDate = new(1950, 1, 1);
    private static readonly int DateSpan = Period.Between(FirstDate, new LocalDate(2035, 12, 31), PeriodUnits.Days).Days;

    private static readonly string[] SourceTitles =
    [
        "Eurojust Annual Report 2023",
        "Council conclusions on enlargement",
        "Official Journal of the European Union, L 334",
        "Council of Europe Treaty Office: chart of signatures and ratifications",
        "Europol press release",
        "European Commission country report",
    ];

    /// <summary>The title sources shrink towards: the first the generator uses.</summary>
    internal static string SimplestSourceTitle => SourceTitles[0];

    private static readonly string[] SourceUrls =
    [
        "https://eur-lex.europa.eu/",
        "https://www.coe.int/en/web/conventions/",
        "https://www.eurojust.europa.eu/",
        "https://www.consilium.europa.eu/",
        "https://neighbourhood-enlargement.ec.europa.eu/",
    ];

    /// <summary>A date from 1950-01-01 to 2035-12-31.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Choose(0, DateSpan).Select(d => FirstDate.PlusDays(d));

    /// <summary>A confidence: verified, partial or unverified.</summary>
    public static Gen<Confidence> Confidence { get; } = Gen.Elements(Enum.GetValues<Confidence>());

    /// <summary>An event date of any kind: a day, a month, a year, a range of days or an upper bound.</summary>
    public static Gen<EventDate> EventDate { get; } = Date.SelectMany(d => EventDateAround(d));

    /// <summary>A source with a realistic title, an optional URL and an optional as-of date.</summary>
    public static Gen<Source> Source { get; } =
        from title in Gen.Elements(SourceTitles)
        from url in Gen.Elements(SourceUrls).OrNull()
        from hasAsOf in Gen.Elements(true, false)
        from asOf in Date
        select new Source { Title = title, Url = url, AsOf = hasAsOf ? asOf : null };

    /// <summary>An event date that contains <paramref name="day"/>, of any kind.</summary>
    /// <param name="day">A day the event date must contain.</param>
    /// <returns>A generator of event dates containing the day.</returns>
    public static Gen<EventDate> EventDateAround(LocalDate day) => Gen.Frequency(
        (6, Gen.Constant(Provenance.EventDate.On(day))),
        (2, Gen.Constant(Provenance.EventDate.InMonth(day.Year, day.Month))),
        (1, Gen.Constant(Provenance.EventDate.InYear(day.Year))),
        (1, Gen.Choose(1, 20).Select(n => Provenance.EventDate.Between(day.PlusDays(-n), day.PlusDays(n)))),
        (1, Gen.Choose(0, 60).Select(n => Provenance.EventDate.OnOrBefore(day.PlusDays(n)))));

    private static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(Array.Empty<T>()), (acc, gen) => from xs in acc from x in gen select (T[])[.. xs, x]);

    private static Gen<T?> OrNone<T>(this Gen<T?> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen));
}
