using System.Diagnostics.CodeAnalysis;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// The country groupings, resolved as of a date against the embedded reference dataset
/// (<see cref="ReferenceData.JhaDataset.Default"/>); <see cref="CountryGroupingCatalogue"/> resolves the same rules
/// against another dataset.
/// </summary>
public static class CountryGroupings
{
    /// <summary>
    /// The Western Balkans six and the day each came into being as a separate entity: a country is in the grouping from
    /// that day (Montenegro and Serbia from June 2006, when the State Union of Serbia and Montenegro ended; Kosovo* from
    /// the adoption of UN Security Council resolution 1244 (1999), without prejudice to positions on status).
    /// Albania is in the grouping on every date.
    /// </summary>
    private static readonly (CountryCode Code, WesternBalkansEntry? From)[] WesternBalkans =
    [
        (CountryCode.Albania, null),
        (CountryCode.BosniaAndHerzegovina, new("declaration of independence", EventDate.On(new LocalDate(1992, 3, 3)), Confidence.Verified,
            new Source { Title = "N1, 1 March 2023: \u201cBosnia and Herzegovina marks 31 years of Independence\u201d (independence declared on 3 March 1992 after the referendum of 29 February\u20131 March)", Url = "https://n1info.ba/english/news/bosnia-and-herzegovina-marks-31-years-of-independence/", AsOf = new LocalDate(2023, 3, 1) })),
        (CountryCode.Kosovo, new("UN Security Council resolution 1244 (1999) adopted", EventDate.On(new LocalDate(1999, 6, 10)), Confidence.Verified,
            new Source { Title = "United Nations Security Council resolution 1244 (1999), adopted at its 4011th meeting on 10 June 1999 (S/RES/1244 (1999))", Url = "https://undocs.org/S/RES/1244(1999)", AsOf = new LocalDate(1999, 6, 10) })),
        (CountryCode.Montenegro, new("declaration of independence", EventDate.On(new LocalDate(2006, 6, 3)), Confidence.Verified,
            new Source { Title = "Associated Press (Southeast Missourian), 4 June 2006: \u201cMontenegro lawmakers declare independence\u201d (on Saturday, 3 June 2006)", Url = "https://www.semissourian.com/news/montenegro-lawmakers-declare-independence-1155301", AsOf = new LocalDate(2006, 6, 4) })),
        (CountryCode.NorthMacedonia, new("declaration of independence", EventDate.Between(new LocalDate(1991, 9, 8), new LocalDate(1991, 9, 18)), Confidence.Partial,
            new Source { Title = "pelagon.de: the independence referendum of 8 September 1991 and the formal declaration of independence by the parliament on 18 September 1991; the sources differ on which of the two made the republic independent", Url = "http://pelagon.de/?p=8535" })),
        (CountryCode.Serbia, new("declaration of independence and succession to Serbia and Montenegro", EventDate.On(new LocalDate(2006, 6, 5)), Confidence.Verified,
            new Source { Title = "Dods, 6 June 2006: \u201cSerbia declares independence\u201d (special parliamentary session of 5 June 2006; Serbia the legal heir to the State Union)", Url = "http://www.dodonline.co.uk/?showPage=article&ID=3221", AsOf = new LocalDate(2006, 6, 6) })),
    ];

    /// <summary>The EU member states on a date (<c>eu</c>): countries whose <see cref="Country.EuStatusOn"/> is <see cref="EuStatus.Member"/>.</summary>
    public static CountryGrouping EuMemberStates { get; } = new(
        "eu",
        "EU member states",
        "Countries whose status towards the EU on the date is 'member'.",
        (country, date, facts) => FromEuStatus(country, country.ExplainEuStatusOn(date, facts), EuStatus.Member),
        (country, date) => FromEuStatus(country, country.EuStatusOn(date), EuStatus.Member),
        null);

    /// <summary>
    /// The Schengen area on a date (<c>schengen</c>): countries with checks lifted at least at some internal borders
    /// (air and sea borders first for Bulgaria and Romania from 2024-03-31, fully from 2025-01-01; land and sea borders
    /// first for Croatia from 2023-01-01, air borders from 2023-03-26); <see cref="GroupingMembership.Unknown"/>
    /// where the sources give only an upper bound for the day a country joined.
    /// </summary>
    public static CountryGrouping SchengenArea { get; } = new(
        "schengen",
        "Schengen area",
        "Countries whose checks at internal air and sea borders, or at internal land and sea borders (at least), were lifted by the date; unknown where only an upper bound of the joining day is sourced.",
        (country, date, facts) => Map(country.ExplainSchengenStatusOn(date, facts), SchengenMembership),
        (country, date) => SchengenMembership(country.SchengenStatusOn(date)),
        null);

    /// <summary>
    /// The candidate countries on a date (<c>eu-candidates</c>): countries whose <see cref="Country.EuStatusOn"/> is
    /// <see cref="EuStatus.Candidate"/>. The reference dataset records the EU relationships of the Western Balkans six,
    /// Georgia, Moldova, Türkiye and Ukraine, the EU-27 and the United Kingdom.
    /// </summary>
    public static CountryGrouping CandidateCountries { get; } = new(
        "eu-candidates",
        "EU candidate countries",
        "Countries whose status towards the EU on the date is 'candidate', among those whose EU relationship the dataset records (the Western Balkans six, Georgia, Moldova, T\u00fcrkiye and Ukraine, the EU-27 and the United Kingdom).",
        (country, date, facts) => FromEuStatus(country, country.ExplainEuStatusOn(date, facts), EuStatus.Candidate),
        (country, date) => FromEuStatus(country, country.EuStatusOn(date), EuStatus.Candidate),
        null);

    /// <summary>
    /// The Western Balkans six (<c>wb6</c>): Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and
    /// Serbia, each from the day it came into being as a separate entity (Montenegro from 2006-06-03, Serbia from
    /// 2006-06-05, Kosovo* from 1999-06-10, Bosnia and Herzegovina from 1992-03-03, North Macedonia from a day between
    /// 1991-09-08 and 1991-09-18); Albania on every date.
    /// </summary>
    public static CountryGrouping WesternBalkansSix { get; } = new(
        "wb6",
        "Western Balkans six",
        "Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and Serbia, each from the day it came into being as a separate entity (Montenegro and Serbia from June 2006).",
        WesternBalkansMembership,
        WesternBalkansValue,
        null);

    /// <summary>Every embedded grouping.</summary>
    public static IReadOnlyList<CountryGrouping> All { get; } = [EuMemberStates, SchengenArea, CandidateCountries, WesternBalkansSix];

    /// <summary>Finds a grouping by identifier (<c>eu</c>, <c>schengen</c>, <c>eu-candidates</c>, <c>wb6</c>), ordinally. Never throws.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="grouping">The grouping, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out CountryGrouping? grouping)
    {
        grouping = All.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));
        return grouping is not null;
    }

    private static Answer<GroupingMembership> Map<T>(Answer<T> answer, Func<T, GroupingMembership> membership) =>
        new() { Value = answer.Kind == AnswerKind.Unknown ? GroupingMembership.Unknown : membership(answer.Value), Kind = answer.Kind, Basis = answer.Basis, Reason = answer.Reason };

    /// <summary>
    /// Membership decided by the EU status. A country whose EU relationship the dataset does not record at all is taken as
    /// not a member (an inferred answer): the dataset records every member state, candidate and applicant it knows of.
    /// </summary>
    private static GroupingMembership SchengenMembership(SchengenStatus status) => status switch
    {
        SchengenStatus.Full or SchengenStatus.AirAndSeaBorders or SchengenStatus.LandAndSeaBorders => GroupingMembership.Member,
        SchengenStatus.Unknown => GroupingMembership.Unknown,
        _ => GroupingMembership.NotMember,
    };

    /// <summary>The value of <see cref="FromEuStatus(Country, Answer{EuStatus}, EuStatus)"/>, from the enum status alone.</summary>
    private static GroupingMembership FromEuStatus(Country country, EuStatus status, EuStatus wanted) =>
        status == EuStatus.Unknown && country.EuRelationship.Events.Count == 0 && country.EuRelationship.CompleteAsOf is null
            ? GroupingMembership.NotMember
            : status == EuStatus.Unknown ? GroupingMembership.Unknown
            : status == wanted ? GroupingMembership.Member : GroupingMembership.NotMember;

    private static Answer<GroupingMembership> FromEuStatus(Country country, Answer<EuStatus> status, EuStatus wanted) =>
        status.Kind == AnswerKind.Unknown && country.EuRelationship.Events.Count == 0 && country.EuRelationship.CompleteAsOf is null
            ? new() { Value = GroupingMembership.NotMember, Kind = AnswerKind.Inferred, Reason = $"no EU-relationship event is recorded for {country.Code}, so it is taken as a third country" }
            : Map(status, s => s == wanted ? GroupingMembership.Member : GroupingMembership.NotMember);

    /// <summary>The value of <see cref="WesternBalkansMembership"/> from every fact, without building its basis.</summary>
    private static GroupingMembership WesternBalkansValue(Country country, LocalDate date)
    {
        foreach (var (code, from) in WesternBalkans)
        {
            if (code == country.Code)
            {
                return from is null || from.Date.IsCertainlyOnOrBefore(date) ? GroupingMembership.Member
                    : from.Date.IsPossiblyOnOrBefore(date) ? GroupingMembership.Unknown
                    : GroupingMembership.NotMember;
            }
        }

        return GroupingMembership.NotMember;
    }

    private static Answer<GroupingMembership> WesternBalkansMembership(Country country, LocalDate date, FactFilter facts)
    {
        int index = Array.FindIndex(WesternBalkans, w => w.Code == country.Code);
        if (index < 0)
        {
            return new() { Value = GroupingMembership.NotMember, Kind = AnswerKind.Known };
        }

        if (WesternBalkans[index].From is not { } from)
        {
            return new() { Value = GroupingMembership.Member, Kind = AnswerKind.Known };
        }

        var evidence = from.Evidence;
        if (facts == FactFilter.VerifiedOnly && from.Confidence != Confidence.Verified)
        {
            return new() { Value = GroupingMembership.Unknown, Kind = AnswerKind.Unknown, Reason = $"the {from.Fact} of {country.Code} rests on a fact that is not verified" };
        }

        if (from.Date.IsCertainlyOnOrBefore(date))
        {
            return from.Confidence == Confidence.Verified
                ? new() { Value = GroupingMembership.Member, Kind = AnswerKind.Known, Basis = [evidence] }
                : new() { Value = GroupingMembership.Member, Kind = AnswerKind.Inferred, Basis = [evidence], Reason = $"the {from.Fact} rests on a {Evidence.ConfidenceName(from.Confidence)} fact" };
        }

        return from.Date.IsPossiblyOnOrBefore(date)
            ? new() { Value = GroupingMembership.Unknown, Kind = AnswerKind.Unknown, Basis = [evidence], Reason = $"the {from.Fact} ({from.Date}) may or may not have happened by {JhaModel.Provenance.IsoDate.Format(date)}" }
            : new() { Value = GroupingMembership.NotMember, Kind = from.Confidence == Confidence.Verified ? AnswerKind.Known : AnswerKind.Inferred, Basis = [evidence],
                Reason = from.Confidence == Confidence.Verified ? null : $"the {from.Fact} rests on a {Evidence.ConfidenceName(from.Confidence)} fact" };
    }

    /// <summary>The day a member of the Western Balkans six came into being as a separate entity, with its source.</summary>
    private sealed record WesternBalkansEntry(string Fact, EventDate Date, Confidence Confidence, Source Source) : ISourcedFact
    {
        public Evidence Evidence => Evidence.Of(Fact, Date, this);
    }
}
