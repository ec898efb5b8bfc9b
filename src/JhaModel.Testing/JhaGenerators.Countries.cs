using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Generators of the countries and organisations area.</content>
public static partial class JhaGenerators
{
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

    private const string FootnoteText = "This designation is without prejudice to positions on status.";

    private static readonly EuRelationEventKind[] NonWithdrawalKinds =
        [.. Enum.GetValues<EuRelationEventKind>().Where(k => k != EuRelationEventKind.Withdrawal)];

    /// <summary>Every registry code: the 249 ISO 3166-1 entries and Kosovo.</summary>
    public static Gen<CountryCode> CountryCode => Gen.Elements(Countries.CountryCode.All.ToArray());

    /// <summary>One of the Western Balkans six.</summary>
    public static Gen<CountryCode> WesternBalkansCountry => Gen.Elements(
        Countries.CountryCode.Albania, Countries.CountryCode.BosniaAndHerzegovina, Countries.CountryCode.Kosovo,
        Countries.CountryCode.Montenegro, Countries.CountryCode.NorthMacedonia, Countries.CountryCode.Serbia);

    /// <summary>An organisation identifier: one of the embedded ones, or another well-formed identifier.</summary>
    public static Gen<OrganisationId> OrganisationId => Gen.Frequency(
        (4, Gen.Elements(OrganisationRegistry.All.Select(o => o.Id).ToArray())),
        (1, from words in Gen.Choose(1, 3)
            from parts in Gen.ArrayOf(Gen.Elements("interpol", "olaf", "eppo", "enisa", "eu", "lisa", "agency", "unit", "2024"), words)
            where char.IsAsciiLetter(parts[0][0])
            select Organisations.OrganisationId.Parse(string.Join("-", parts))));

    /// <summary>A party: a country or an organisation.</summary>
    public static Gen<Party> Party => Gen.OneOf(
        CountryCode.Select(c => Organisations.Party.Of(c)),
        OrganisationId.Select(o => Organisations.Party.Of(o)));

    /// <summary>One of the embedded organisations.</summary>
    public static Gen<Organisation> Organisation => Gen.Elements(OrganisationRegistry.All.ToArray());

    /// <summary>A valid EU-relationship timeline: chronological, no duplicates, a withdrawal only after a membership.</summary>
    public static Gen<EuRelationshipTimeline> EuRelationshipTimeline => Gen.Sized(size =>
        from count in Gen.Choose(0, Math.Min(size, 8))
        from days in Gen.ArrayOf(Date, count)
        from kinds in Gen.ArrayOf(Gen.Elements(NonWithdrawalKinds), count)
        from dates in Sequence(days.Order().Distinct().Select(EventDateAround))
        from details in Gen.ArrayOf(EventDetails, count)
        from withdraw in Gen.Elements(true, false)
        from withdrawalDetails in EventDetails
        select BuildTimeline(dates, kinds, details, withdraw, withdrawalDetails));

    /// <summary>A valid list of former names, oldest first.</summary>
    public static Gen<IReadOnlyList<FormerCountryName>> FormerNames => Gen.Sized(size =>
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

    /// <summary>A valid EU-relationship event of any kind but withdrawal (which needs an earlier membership).</summary>
    public static Gen<EuRelationEvent> EuRelationEvent =>
        from kind in Gen.Elements(NonWithdrawalKinds)
        from date in EventDate
        from details in EventDetails
        select new EuRelationEvent
        {
            Kind = kind,
            Date = date,
            DecidedBy = details.DecidedBy,
            Note = details.Note,
            Source = details.Source,
            Confidence = details.Confidence,
        };

    /// <summary>A valid former name, with no start date.</summary>
    public static Gen<FormerCountryName> FormerName =>
        from day in Date
        from until in EventDateAround(day)
        from name in Gen.Elements(FormerNameTexts)
        from source in Source
        from confidence in Confidence
        select new FormerCountryName { Name = name, ValidUntil = until, Source = source, Confidence = confidence };

    /// <summary>A valid establishment: a fact in words, a date (any precision), a source and a confidence.</summary>
    public static Gen<CountryEstablishment> CountryEstablishment =>
        from day in Date
        from date in EventDateAround(day)
        from fact in Gen.Elements("declaration of independence", "succession to a state union", "UN Security Council resolution adopted")
        from source in Source
        from confidence in Confidence
        select new CountryEstablishment { Fact = fact, Date = date, Source = source, Confidence = confidence };

    /// <summary>A valid designation footnote from one of the embedded organisations.</summary>
    public static Gen<DesignationFootnote> DesignationFootnote =>
        from issuer in Gen.Elements(Organisations.OrganisationId.EuropeanUnion, Organisations.OrganisationId.CouncilOfEurope, Organisations.OrganisationId.UnitedNations)
        from source in Source
        from confidence in Confidence
        select new DesignationFootnote { Issuer = issuer, Text = "*" + FootnoteText, Source = source, Confidence = confidence };

    /// <summary>A valid designation: <c>Kosovo*</c> with one footnote per issuer.</summary>
    public static Gen<CountryDesignation> CountryDesignation =>
        from footnotes in Gen.ArrayOf(DesignationFootnote)
        select new CountryDesignation { DisplayName = "Kosovo*", Footnotes = [.. footnotes.DistinctBy(f => f.Issuer)] };

    /// <summary>
    /// A valid country: a registry entry (with its designation where the code is user-assigned), sometimes with a
    /// generated establishment, generated former names and a generated EU-relationship timeline.
    /// </summary>
    public static Gen<Country> Country =>
        from registered in Gen.Elements(CountryRegistry.All.ToArray())
        from replaceHistory in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from formerNames in FormerNames
        from timeline in EuRelationshipTimeline
        from established in CountryEstablishment.OrNull()
        select replaceHistory ? registered with { Established = established, FormerNames = formerNames, EuRelationship = timeline } : registered;

    private static Gen<(string? DecidedBy, string? Note, Source Source, Confidence Confidence)> EventDetails =>
        from decidedBy in Gen.Elements(Bodies).OrNull()
        from note in Gen.Elements("First intergovernmental conference.", "The day is not verified.").OrNull()
        from source in Source
        from confidence in Confidence
        select (decidedBy, note, source, confidence);

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
}
