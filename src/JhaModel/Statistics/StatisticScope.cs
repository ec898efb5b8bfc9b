using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.ReferenceData;
using JhaModel.Serialization;
using NodaTime;

namespace JhaModel.Statistics;

/// <summary>
/// Which countries a <see cref="CaseStatistic"/> is about: one country, a set of countries, a named grouping
/// (<c>wb6</c>, <c>eu</c>, <c>schengen</c>, <c>eu-candidates</c>) or every country outside a named grouping (the
/// third countries: <c>outside eu</c>). Groupings are resolved as of a date, normally the last day of the statistic's
/// period (<see cref="CountriesOn(LocalDate)"/>).
/// </summary>
/// <remarks>
/// <para>
/// On the wire a scope is an object with exactly one member: <c>{"country":"RS"}</c>, <c>{"countries":["AL","RS"]}</c>,
/// <c>{"grouping":"wb6"}</c> or <c>{"outside":"eu"}</c>. Reading is strict: no other member, no second member, a set of
/// at least two distinct countries.
/// </para>
/// <para>
/// A set of countries is held in alpha-2 order without duplicates, so two scopes naming the same countries are
/// equal. A grouping identifier unknown to this version is kept (so that it round-trips) and reported by
/// <see cref="CaseStatisticValidator"/>; it resolves to no country.
/// </para>
/// </remarks>
[JsonConverter(typeof(StatisticScopeJsonConverter))]
public sealed record StatisticScope
{
    private readonly ValueList<CountryCode> _countries;

    private StatisticScope(StatisticScopeKind kind, ValueList<CountryCode> countries, string? groupingId)
    {
        Kind = kind;
        _countries = countries;
        GroupingId = groupingId;
    }

    /// <summary>The Western Balkans six, resolved as of a date: <c>{"grouping":"wb6"}</c>.</summary>
    public static StatisticScope WesternBalkansSix { get; } = Grouping(CountryGroupings.WesternBalkansSix.Id);

    /// <summary>The third countries of the EU (every country outside the EU member states as of a date): <c>{"outside":"eu"}</c>.</summary>
    public static StatisticScope ThirdCountries { get; } = Outside(CountryGroupings.EuMemberStates.Id);

    /// <summary>How the scope names its countries.</summary>
    public StatisticScopeKind Kind { get; }

    /// <summary>The country or countries named, in alpha-2 order, for <see cref="StatisticScopeKind.Country"/> and <see cref="StatisticScopeKind.Countries"/>; otherwise empty.</summary>
    public IReadOnlyList<CountryCode> Countries => _countries;

    /// <summary>The grouping identifier, e.g. <c>wb6</c>, for <see cref="StatisticScopeKind.Grouping"/> and <see cref="StatisticScopeKind.Outside"/>; otherwise <see langword="null"/>.</summary>
    public string? GroupingId { get; }

    /// <summary>Whether <see cref="GroupingId"/> names one of <see cref="CountryGroupings.All"/>; <see langword="true"/> for scopes that name countries.</summary>
    public bool IsResolvable => GroupingId is null || CountryGroupings.TryGet(GroupingId, out _);

    /// <summary>One country.</summary>
    /// <param name="country">The country; not the default value.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value.</exception>
    public static StatisticScope Of(CountryCode country) => country.IsDefault
        ? throw new ArgumentException("The default CountryCode names no country.", nameof(country))
        : new(StatisticScopeKind.Country, ValueList<CountryCode>.From([country]), null);

    /// <summary>A set of countries; a single distinct country gives a <see cref="StatisticScopeKind.Country"/> scope.</summary>
    /// <param name="countries">The countries, in any order; duplicates are dropped.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="countries"/> is empty or holds the default value.</exception>
    public static StatisticScope Of(params IEnumerable<CountryCode> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var set = countries.Distinct().Order().ToArray();
        if (set.Length == 0)
        {
            throw new ArgumentException("A scope needs at least one country.", nameof(countries));
        }

        if (set[0].IsDefault)
        {
            throw new ArgumentException("The default CountryCode names no country.", nameof(countries));
        }

        return new(set.Length == 1 ? StatisticScopeKind.Country : StatisticScopeKind.Countries, ValueList<CountryCode>.From(set), null);
    }

    /// <summary>A named grouping, resolved as of a date.</summary>
    /// <param name="groupingId">The grouping identifier, e.g. <c>wb6</c> (see <see cref="CountryGroupings"/>); an unknown kebab-case identifier is kept and reported by the validator.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupingId"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="groupingId"/> is not a kebab-case identifier.</exception>
    public static StatisticScope Grouping(string groupingId) => new(StatisticScopeKind.Grouping, ValueList<CountryCode>.Empty, CheckGroupingId(groupingId));

    /// <summary>Every country outside a named grouping, resolved as of a date (<c>Outside("eu")</c>: the third countries).</summary>
    /// <param name="groupingId">The grouping identifier, e.g. <c>eu</c>; an unknown kebab-case identifier is kept and reported by the validator.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupingId"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="groupingId"/> is not a kebab-case identifier.</exception>
    public static StatisticScope Outside(string groupingId) => new(StatisticScopeKind.Outside, ValueList<CountryCode>.Empty, CheckGroupingId(groupingId));

    /// <summary>The countries of the scope at the end of <paramref name="date"/>, in alpha-2 order.</summary>
    /// <param name="date">The date the scope is resolved as of, normally the last day of the statistic's period.</param>
    /// <returns>
    /// The named countries; a grouping's certain members (<see cref="CountryGrouping.MembersOn"/>); for
    /// <see cref="StatisticScopeKind.Outside"/> every registry country certainly not a member. Empty for an unknown grouping.
    /// </returns>
    public IReadOnlyList<CountryCode> CountriesOn(LocalDate date) =>
        GroupingId is null ? _countries : CountryGroupings.TryGet(GroupingId, out var grouping) ? Resolve(grouping, date) : [];

    /// <summary>The countries of the scope at the end of <paramref name="date"/>, resolved against the countries of <paramref name="dataset"/>, in alpha-2 order.</summary>
    /// <param name="date">The date the scope is resolved as of, normally the last day of the statistic's period.</param>
    /// <param name="dataset">The reference data whose countries and groupings resolve the scope.</param>
    /// <returns>As <see cref="CountriesOn(LocalDate)"/>, from the EU relationships and groupings that <paramref name="dataset"/> records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<CountryCode> CountriesOn(LocalDate date, JhaDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return GroupingId is null ? _countries : dataset.Groupings.TryGet(GroupingId, out var grouping) ? Resolve(grouping, date) : [];
    }

    private IReadOnlyList<CountryCode> Resolve(CountryGrouping grouping, LocalDate date) =>
        Kind == StatisticScopeKind.Grouping
            ? grouping.MembersOn(date)
            : [.. CountryCode.All.Where(c => grouping.MembershipOn(c, date) == GroupingMembership.NotMember)];

    /// <summary>Whether the grouping the scope names, if any, is one of <paramref name="dataset"/>'s (the embedded dataset's when <see langword="null"/>).</summary>
    internal bool IsResolvableIn(JhaDataset? dataset) => GroupingId is null || TryGetGrouping(GroupingId, dataset, out _);

    /// <summary>Whether <paramref name="country"/> is one of <see cref="CountriesOn(LocalDate)"/>, without building the list.</summary>
    internal bool ContainsOn(CountryCode country, LocalDate date) => ContainsOn(country, date, null);

    /// <summary>Whether <paramref name="country"/> is one of the scope's countries on <paramref name="date"/> in <paramref name="dataset"/> (the embedded dataset when <see langword="null"/>), without building the list.</summary>
    internal bool ContainsOn(CountryCode country, LocalDate date, JhaDataset? dataset)
    {
        if (GroupingId is null)
        {
            return _countries.Contains(country);
        }

        return TryGetGrouping(GroupingId, dataset, out var grouping)
            && grouping.MembershipOn(country, date) == (Kind == StatisticScopeKind.Grouping ? GroupingMembership.Member : GroupingMembership.NotMember);
    }

    /// <summary>Whether <see cref="CountriesOn(LocalDate)"/> has any country, without building the list.</summary>
    internal bool HasCountriesOn(LocalDate date) => HasCountriesOn(date, null);

    /// <summary>Whether the scope has any country on <paramref name="date"/> in <paramref name="dataset"/> (the embedded dataset when <see langword="null"/>), without building the list.</summary>
    internal bool HasCountriesOn(LocalDate date, JhaDataset? dataset)
    {
        if (GroupingId is null)
        {
            return _countries.Count > 0;
        }

        foreach (var country in CountryCode.All)
        {
            if (ContainsOn(country, date, dataset))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryGetGrouping(string id, JhaDataset? dataset, [NotNullWhen(true)] out CountryGrouping? grouping) =>
        dataset is null ? CountryGroupings.TryGet(id, out grouping) : dataset.Groupings.TryGet(id, out grouping);

    /// <summary>The text form: <c>RS</c>, <c>AL+RS</c>, <c>wb6</c> or <c>outside eu</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        StatisticScopeKind.Grouping => GroupingId!,
        StatisticScopeKind.Outside => "outside " + GroupingId,
        _ => string.Join("+", _countries),
    };

    private static string CheckGroupingId(string groupingId)
    {
        ArgumentNullException.ThrowIfNull(groupingId);
        return Kebab.IsValid(groupingId)
            ? groupingId
            : throw new FormatException($"'{groupingId}' is not a grouping identifier; expected a kebab-case identifier such as 'wb6' or 'eu'.");
    }
}
