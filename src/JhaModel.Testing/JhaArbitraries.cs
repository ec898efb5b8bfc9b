using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <summary>
/// FsCheck arbitraries (generator plus shrinker) for the JhaModel types, to register with FsCheck.Xunit:
/// <c>[assembly: Properties(Arbitrary = new[] { typeof(JhaArbitraries) })]</c>, or to pass to
/// <c>Prop.ForAll</c>. Shrinking moves towards simpler values (earlier codes, exact days, shorter lists).
/// </summary>
public static partial class JhaArbitraries
{
    /// <summary>
    /// Registry country codes, shrinking towards earlier codes in alpha-2 order by halving the distance to the first
    /// code (<c>AD</c>), so that a property failing from some code on is reported with exactly that code.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryCode> CountryCode() => Arb.From(JhaGenerators.CountryCode, ShrinkCountryCode);

    /// <summary>Dates from 1950 to 2035, shrinking towards 2000-01-01.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(JhaGenerators.Date, ShrinkDate);

    /// <summary>Event dates of every kind, shrinking towards an exact day, then towards 2000-01-01.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EventDate> EventDate() => Arb.From(JhaGenerators.EventDate, ShrinkEventDate);

    /// <summary>Confidences.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Confidence> Confidence() => Arb.From(JhaGenerators.Confidence);

    /// <summary>Sources, shrinking towards the first title of the generator, without URL and as-of date.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Source> Source() => Arb.From(JhaGenerators.Source, ShrinkSource);

    /// <summary>Organisation identifiers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganisationId> OrganisationId() => Arb.From(JhaGenerators.OrganisationId);

    /// <summary>Parties.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Party> Party() => Arb.From(JhaGenerators.Party);

    /// <summary>Embedded organisations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Organisation> Organisation() => Arb.From(JhaGenerators.Organisation);

    /// <summary>
    /// Valid EU-relationship timelines, shrinking to valid timelines only: by dropping events, by moving every event to
    /// consecutive days from 2000-01-01, then by simplifying each event (an exact day moving towards 2000-01-01, no
    /// decision body or note, the simplest source, verified).
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EuRelationshipTimeline> EuRelationshipTimeline() =>
        Arb.From(JhaGenerators.EuRelationshipTimeline, ShrinkTimeline);

    /// <summary>Valid countries, shrinking their history towards none.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Country> Country() => Arb.From(JhaGenerators.Country, ShrinkCountry);

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate date)
    {
        var target = new LocalDate(2000, 1, 1);
        if (date == target)
        {
            yield break;
        }

        yield return target;
        var halfway = target.PlusDays(Period.Between(target, date, PeriodUnits.Days).Days / 2);
        if (halfway != target && halfway != date)
        {
            yield return halfway;
        }
    }

    private static IEnumerable<EventDate> ShrinkEventDate(EventDate date)
    {
        if (date.Kind != EventDateKind.Day)
        {
            // Both ends: a neighbour in a list ordered by date may rule one of them out, never both.
            if (date.Earliest is { } earliest)
            {
                yield return Provenance.EventDate.On(earliest);
            }

            yield return Provenance.EventDate.On(date.Latest);
            yield break;
        }

        foreach (var day in ShrinkDate(date.Latest))
        {
            yield return Provenance.EventDate.On(day);
        }
    }

    private static IEnumerable<Source> ShrinkSource(Source source)
    {
        if (source.Title != JhaGenerators.SimplestSourceTitle)
        {
            yield return source with { Title = JhaGenerators.SimplestSourceTitle };
        }

        if (source.Url is not null)
        {
            yield return source with { Url = null };
        }

        if (source.AsOf is not null)
        {
            yield return source with { AsOf = null };
        }
    }

    private static IEnumerable<CountryCode> ShrinkCountryCode(CountryCode code)
    {
        var all = Countries.CountryCode.All;
        int index = 0;
        while (index < all.Count && all[index] != code)
        {
            index++;
        }

        for (int step = index; step > 0; step /= 2)
        {
            yield return all[index - step];
        }
    }

    private static IEnumerable<EuRelationshipTimeline> ShrinkTimeline(EuRelationshipTimeline timeline) =>
        TimelineCandidates(timeline).Where(t => EuRelationshipTimelineValidator.Instance.Validate(t).IsValid);

    private static IEnumerable<EuRelationshipTimeline> TimelineCandidates(EuRelationshipTimeline timeline)
    {
        var events = timeline.Events;
        if (events.Count == 0)
        {
            yield break;
        }

        yield return Countries.EuRelationshipTimeline.Empty;
        for (int drop = 0; drop < events.Count; drop++)
        {
            yield return new EuRelationshipTimeline { Events = [.. events.Where((_, i) => i != drop)] };
        }

        // Every event at once on consecutive days from 2000-01-01: the order stays, no two events share a date, and no
        // event is left with a month or a year that its neighbours' dates keep from becoming a day one at a time.
        var simplest = Consecutive(events.Count);
        if (!events.Select(e => e.Date).SequenceEqual(simplest))
        {
            yield return new EuRelationshipTimeline { Events = [.. events.Select((e, i) => e with { Date = simplest[i] })] };
        }

        for (int i = 0; i < events.Count; i++)
        {
            foreach (var simpler in ShrinkEuRelationEvent(events[i]))
            {
                yield return new EuRelationshipTimeline { Events = [.. events.Select((e, j) => j == i ? simpler : e)] };
            }
        }
    }

    private static Provenance.EventDate[] Consecutive(int count)
    {
        var dates = new Provenance.EventDate[count];
        for (int i = 0; i < count; i++)
        {
            dates[i] = Provenance.EventDate.On(new LocalDate(2000, 1, 1).PlusDays(i));
        }

        return dates;
    }

    private static IEnumerable<EuRelationEvent> ShrinkEuRelationEvent(EuRelationEvent e)
    {
        if (e.DecidedBy is not null)
        {
            yield return e with { DecidedBy = null };
        }

        if (e.Note is not null)
        {
            yield return e with { Note = null };
        }

        foreach (var source in ShrinkSource(e.Source))
        {
            yield return e with { Source = source };
        }

        if (e.Confidence != Provenance.Confidence.Verified)
        {
            yield return e with { Confidence = Provenance.Confidence.Verified };
        }

        foreach (var date in ShrinkEventDate(e.Date))
        {
            yield return e with { Date = date };
        }
    }

    private static IEnumerable<Country> ShrinkCountry(Country country)
    {
        if (country.EuRelationship.Events.Count > 0)
        {
            yield return country with { EuRelationship = Countries.EuRelationshipTimeline.Empty };
        }

        if (country.FormerNames.Count > 0)
        {
            yield return country with { FormerNames = [] };
        }
    }
}
