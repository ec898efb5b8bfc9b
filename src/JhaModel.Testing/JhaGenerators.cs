using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <summary>
/// FsCheck generators of valid, realistic JhaModel values: real country codes and organisations, plausible
/// dates, sources that look like the ones the reference dataset cites. Every generated value passes its
/// validator. Collections grow with FsCheck's size parameter.
/// </summary>
/// <remarks>For properties, use the arbitraries in <see cref="JhaArbitraries"/>, which add shrinking.</remarks>
public static class JhaGenerators
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

    private static readonly string[] SourceUrls =
    [
        "https://eur-lex.europa.eu/",
        "https://www.coe.int/en/web/conventions/",
        "https://www.eurojust.europa.eu/",
        "https://www.consilium.europa.eu/",
        "https://neighbourhood-enlargement.ec.europa.eu/",
    ];

    private static readonly string[] Bodies = ["Council", "European Council", "European Commission"];

    private static readonly string[] FormerNameTexts =
    [
        "the former Yugoslav Republic of Macedonia",
        "Serbia and Montenegro",
        "Federal Republic of Yugoslavia",
        "Czech Republic",
        "Turkey",
        "Swaziland",
    ];

    private static readonly EuRelationEventKind[] NonWithdrawalKinds =
        [.. Enum.GetValues<EuRelationEventKind>().Where(k => k != EuRelationEventKind.Withdrawal)];

    /// <summary>Every registry code: the 249 ISO 3166-1 entries and Kosovo.</summary>
    public static Gen<CountryCode> CountryCode { get; } = Gen.Elements(Countries.CountryCode.All.ToArray());

    /// <summary>One of the Western Balkans six.</summary>
    public static Gen<CountryCode> WesternBalkansCountry { get; } = Gen.Elements(
        Countries.CountryCode.Albania, Countries.CountryCode.BosniaAndHerzegovina, Countries.CountryCode.Kosovo,
        Countries.CountryCode.Montenegro, Countries.CountryCode.NorthMacedonia, Countries.CountryCode.Serbia);

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

    /// <summary>An organisation identifier: one of the embedded ones, or another well-formed identifier.</summary>
    public static Gen<OrganisationId> OrganisationId { get; } = Gen.Frequency(
        (4, Gen.Elements(OrganisationRegistry.All.Select(o => o.Id).ToArray())),
        (1, from words in Gen.Choose(1, 3)
            from parts in Gen.ArrayOf(Gen.Elements("interpol", "olaf", "eppo", "enisa", "eu", "lisa", "agency", "unit", "2024"), words)
            where char.IsAsciiLetter(parts[0][0])
            select Organisations.OrganisationId.Parse(string.Join("-", parts))));

    /// <summary>A party: a country or an organisation.</summary>
    public static Gen<Party> Party { get; } = Gen.OneOf(
        CountryCode.Select(c => Organisations.Party.Of(c)),
        OrganisationId.Select(o => Organisations.Party.Of(o)));

    /// <summary>One of the embedded organisations.</summary>
    public static Gen<Organisation> Organisation { get; } = Gen.Elements(OrganisationRegistry.All.ToArray());

    /// <summary>A valid EU-relationship timeline: chronological, no duplicates, a withdrawal only after a membership.</summary>
    public static Gen<EuRelationshipTimeline> EuRelationshipTimeline { get; } = Gen.Sized(size =>
        from count in Gen.Choose(0, Math.Min(size, 8))
        from days in Gen.ArrayOf(Date, count)
        from kinds in Gen.ArrayOf(Gen.Elements(NonWithdrawalKinds), count)
        from dates in Sequence(days.Order().Distinct().Select(EventDateAround))
        from details in Gen.ArrayOf(EventDetails, count)
        from withdraw in Gen.Elements(true, false)
        from withdrawalDetails in EventDetails
        select BuildTimeline(dates, kinds, details, withdraw, withdrawalDetails));

    /// <summary>A valid list of former names, oldest first.</summary>
    public static Gen<IReadOnlyList<FormerCountryName>> FormerNames { get; } = Gen.Sized(size =>
        from count in Gen.Choose(0, Math.Min(size, 3))
        from days in Gen.ArrayOf(Date, count)
        from untils in Sequence(days.Order().Distinct().Select(EventDateAround))
        from names in Gen.ArrayOf(Gen.Elements(FormerNameTexts), count)
        from sources in Gen.ArrayOf(Source, count)
        from confidences in Gen.ArrayOf(Confidence, count)
        select (IReadOnlyList<FormerCountryName>)[.. untils.Select((until, i) => new FormerCountryName
        {
            Name = names[i],
            ValidUntil = until,
            Source = sources[i],
            Confidence = confidences[i],
        })]);

    /// <summary>
    /// A valid country: a registry entry (with its designation where the code is user-assigned), sometimes with
    /// generated former names and a generated EU-relationship timeline.
    /// </summary>
    public static Gen<Country> Country { get; } =
        from registered in Gen.Elements(CountryRegistry.All.ToArray())
        from replaceHistory in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from formerNames in FormerNames
        from timeline in EuRelationshipTimeline
        select replaceHistory ? registered with { FormerNames = formerNames, EuRelationship = timeline } : registered;

    private static Gen<(string? DecidedBy, string? Note, Source Source, Confidence Confidence)> EventDetails { get; } =
        from decidedBy in Gen.Elements(Bodies).OrNull()
        from note in Gen.Elements("First intergovernmental conference.", "The day is not verified.").OrNull()
        from source in Source
        from confidence in Confidence
        select (decidedBy, note, source, confidence);

    /// <summary>An event date that contains <paramref name="day"/>, of any kind.</summary>
    /// <param name="day">A day the event date must contain.</param>
    /// <returns>A generator of event dates containing the day.</returns>
    public static Gen<EventDate> EventDateAround(LocalDate day) => Gen.Frequency(
        (6, Gen.Constant(Provenance.EventDate.On(day))),
        (2, Gen.Constant(Provenance.EventDate.InMonth(day.Year, day.Month))),
        (1, Gen.Constant(Provenance.EventDate.InYear(day.Year))),
        (1, Gen.Choose(1, 20).Select(n => Provenance.EventDate.Between(day.PlusDays(-n), day.PlusDays(n)))),
        (1, Gen.Choose(0, 60).Select(n => Provenance.EventDate.OnOrBefore(day.PlusDays(n)))));

    private static EuRelationshipTimeline BuildTimeline(
        EventDate[] dates,
        EuRelationEventKind[] kinds,
        (string? DecidedBy, string? Note, Source Source, Confidence Confidence)[] details,
        bool withdraw,
        (string? DecidedBy, string? Note, Source Source, Confidence Confidence) withdrawalDetails)
    {
        var events = new List<EuRelationEvent>();
        for (int i = 0; i < dates.Length; i++)
        {
            if (events.Exists(e => e.Kind == kinds[i] && e.Date == dates[i] && e.DecidedBy == details[i].DecidedBy))
            {
                continue;
            }

            events.Add(new EuRelationEvent
            {
                Kind = kinds[i],
                Date = dates[i],
                DecidedBy = details[i].DecidedBy,
                Note = details[i].Note,
                Source = details[i].Source,
                Confidence = details[i].Confidence,
            });
        }

        // An upper bound ("on or before") says nothing of the order, so a withdrawal follows only exactly dated membership.
        if (withdraw && events.Count > 0 && events[^1] is { Kind: EuRelationEventKind.Membership, Date.Kind: not EventDateKind.OnOrBefore } last
            && last.Date.Latest < new LocalDate(9000, 1, 1))
        {
            events.Add(new EuRelationEvent
            {
                Kind = EuRelationEventKind.Withdrawal,
                Date = Provenance.EventDate.On(last.Date.Latest.PlusDays(1)),
                DecidedBy = withdrawalDetails.DecidedBy,
                Note = withdrawalDetails.Note,
                Source = withdrawalDetails.Source,
                Confidence = withdrawalDetails.Confidence,
            });
        }

        return new EuRelationshipTimeline { Events = events };
    }

    private static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(Array.Empty<T>()), (acc, gen) => from xs in acc from x in gen select (T[])[.. xs, x]);
}
