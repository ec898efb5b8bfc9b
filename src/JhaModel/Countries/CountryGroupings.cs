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
    /// The Western Balkans six. A country is in the grouping from the day it came into being as a separate entity, as
    /// its dataset records it (<see cref="Country.Established"/>: Montenegro and Serbia from June 2006, when the State
    /// Union of Serbia and Montenegro ended; Kosovo* from the adoption of UN Security Council resolution 1244 (1999),
    /// without prejudice to positions on status); one whose establishment is not recorded is in it on every date.
    /// </summary>
    private static readonly CountryCode[] WesternBalkans =
    [
        CountryCode.Albania, CountryCode.BosniaAndHerzegovina, CountryCode.Kosovo, CountryCode.Montenegro, CountryCode.NorthMacedonia, CountryCode.Serbia,
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
        if (Array.IndexOf(WesternBalkans, country.Code) < 0)
        {
            return GroupingMembership.NotMember;
        }

        var from = country.Established;
        return from is null || from.Date.IsCertainlyOnOrBefore(date) ? GroupingMembership.Member
            : from.Date.IsPossiblyOnOrBefore(date) ? GroupingMembership.Unknown
            : GroupingMembership.NotMember;
    }

    private static Answer<GroupingMembership> WesternBalkansMembership(Country country, LocalDate date, FactFilter facts)
    {
        if (Array.IndexOf(WesternBalkans, country.Code) < 0)
        {
            return new() { Value = GroupingMembership.NotMember, Kind = AnswerKind.Known };
        }

        if (country.Established is not { } from)
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
}
