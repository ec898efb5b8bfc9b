using JhaModel.Provenance;
using JhaModel.ReferenceData;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// A named group of countries whose membership is resolved as of a date: the EU member states, the Schengen
/// area, the candidate countries, the Western Balkans six. The rule of each grouping is code; the countries it is
/// resolved against are a dataset's (<see cref="CountryGroupingCatalogue"/>), those of
/// <see cref="JhaDataset.Default"/> for the groupings in <see cref="CountryGroupings"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CountryGrouping
{
    private readonly Func<Country, LocalDate, FactFilter, Answer<GroupingMembership>> _membership;
    private readonly Func<Country, LocalDate, GroupingMembership> _value;
    private readonly CountryCatalogue? _countries;

    /// <param name="id">The identifier.</param>
    /// <param name="name">The display name.</param>
    /// <param name="description">What the grouping contains.</param>
    /// <param name="membership">The answer with its basis.</param>
    /// <param name="value">
    /// The same answer's value without its basis, allocating nothing: validation asks for it once per leader of an EMPACT
    /// action. The groupings' tests hold it equal to <paramref name="membership"/>'s value.
    /// </param>
    /// <param name="countries">The countries it is resolved against; the default dataset's when <see langword="null"/>.</param>
    internal CountryGrouping(
        string id, string name, string description, Func<Country, LocalDate, FactFilter, Answer<GroupingMembership>> membership,
        Func<Country, LocalDate, GroupingMembership> value, CountryCatalogue? countries)
    {
        Id = id;
        Name = name;
        Description = description;
        _membership = membership;
        _value = value;
        _countries = countries;
    }

    /// <summary>The stable kebab-case identifier, e.g. <c>wb6</c>.</summary>
    public string Id { get; }

    /// <summary>The display name, e.g. <c>Western Balkans six</c>.</summary>
    public string Name { get; }

    /// <summary>What the grouping contains and how membership is decided.</summary>
    public string Description { get; }

    private CountryCatalogue Countries => _countries ?? JhaDataset.Default.Countries;

    /// <summary>Whether <paramref name="country"/> belonged to the grouping at the end of <paramref name="date"/>.</summary>
    /// <param name="country">The country; not the default value.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The membership, <see cref="GroupingMembership.Unknown"/> where the sources do not say.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value.</exception>
    public GroupingMembership MembershipOn(CountryCode country, LocalDate date) => _value(Countries.Get(country), date);

    /// <summary>Whether <paramref name="country"/> belonged to the grouping at the end of <paramref name="date"/>, from every recorded fact, with the facts it rests on.</summary>
    /// <param name="country">The country; not the default value.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The answer; see <see cref="ExplainMembershipOn(CountryCode, LocalDate, FactFilter)"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value.</exception>
    public Answer<GroupingMembership> ExplainMembershipOn(CountryCode country, LocalDate date) => ExplainMembershipOn(country, date, FactFilter.All);

    /// <summary>
    /// Whether <paramref name="country"/> belonged to the grouping at the end of <paramref name="date"/>, with the
    /// deciding facts and whether they decide it: the EU or Schengen status answer the grouping rests on, or for the
    /// Western Balkans six the day the country came into being as a separate entity.
    /// </summary>
    /// <param name="country">The country; not the default value.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all, or verified ones alone.</param>
    /// <returns>
    /// The answer; <see cref="AnswerKind.Unknown"/> (value <see cref="GroupingMembership.Unknown"/>) when the deciding
    /// fact may or may not have happened by the date, or, with <see cref="FactFilter.VerifiedOnly"/>, rests on a fact that
    /// is not verified.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value.</exception>
    public Answer<GroupingMembership> ExplainMembershipOn(CountryCode country, LocalDate date, FactFilter facts) =>
        _membership(Countries.Get(country), date, facts);

    /// <summary>The countries certainly in the grouping at the end of <paramref name="date"/>, in alpha-2 order.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The members; countries whose membership is <see cref="GroupingMembership.Unknown"/> are left out (see <see cref="UncertainOn"/>).</returns>
    public IReadOnlyList<CountryCode> MembersOn(LocalDate date) => Select(date, GroupingMembership.Member);

    /// <summary>The countries whose membership at the end of <paramref name="date"/> the sources do not settle, in alpha-2 order.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The countries; empty when every membership is known.</returns>
    public IReadOnlyList<CountryCode> UncertainOn(LocalDate date) => Select(date, GroupingMembership.Unknown);

    /// <summary>The identifier.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;

    internal CountryGrouping BoundTo(CountryCatalogue countries) => new(Id, Name, Description, _membership, _value, countries);

    private CountryCode[] Select(LocalDate date, GroupingMembership wanted) =>
        [.. Countries.All.Where(c => _value(c, date) == wanted).Select(c => c.Code)];
}
