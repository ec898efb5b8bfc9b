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
    private readonly Func<Country, LocalDate, GroupingMembership> _membership;
    private readonly CountryCatalogue? _countries;

    internal CountryGrouping(string id, string name, string description, Func<Country, LocalDate, GroupingMembership> membership, CountryCatalogue? countries)
    {
        Id = id;
        Name = name;
        Description = description;
        _membership = membership;
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
    public GroupingMembership MembershipOn(CountryCode country, LocalDate date) => _membership(Countries.Get(country), date);

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

    internal CountryGrouping BoundTo(CountryCatalogue countries) => new(Id, Name, Description, _membership, countries);

    private CountryCode[] Select(LocalDate date, GroupingMembership wanted) =>
        [.. Countries.All.Where(c => _membership(c, date) == wanted).Select(c => c.Code)];
}
