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
    /// <summary>Registry country codes, shrinking towards earlier codes in alpha-2 order.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryCode> CountryCode() =>
        Arb.From(JhaGenerators.CountryCode, code => Countries.CountryCode.All.TakeWhile(c => c < code).Take(3));

    /// <summary>Dates from 1950 to 2035, shrinking towards 2000-01-01.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(JhaGenerators.Date, ShrinkDate);

    /// <summary>Event dates of every kind, shrinking towards an exact day.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EventDate> EventDate() => Arb.From(JhaGenerators.EventDate, ShrinkEventDate);

    /// <summary>Confidences.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Confidence> Confidence() => Arb.From(JhaGenerators.Confidence);

    /// <summary>Sources, shrinking by dropping the URL and the as-of date.</summary>
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

    /// <summary>Valid EU-relationship timelines, shrinking by dropping events from the end.</summary>
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
            yield return Provenance.EventDate.On(date.Latest);
        }
    }

    private static IEnumerable<Source> ShrinkSource(Source source)
    {
        if (source.Url is not null)
        {
            yield return source with { Url = null };
        }

        if (source.AsOf is not null)
        {
            yield return source with { AsOf = null };
        }
    }

    private static IEnumerable<EuRelationshipTimeline> ShrinkTimeline(EuRelationshipTimeline timeline)
    {
        var events = timeline.Events;
        if (events.Count == 0)
        {
            yield break;
        }

        yield return Countries.EuRelationshipTimeline.Empty;
        for (int keep = events.Count - 1; keep > 0; keep--)
        {
            var kept = events.Take(keep).ToArray();
            yield return new EuRelationshipTimeline { Events = kept };
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
