using System.Diagnostics.CodeAnalysis;

namespace JhaModel.Countries;

/// <summary>
/// The country groupings resolved against the countries of one <see cref="ReferenceData.JhaDataset"/>: the same
/// rules as <see cref="CountryGroupings"/>, which resolves them against <see cref="ReferenceData.JhaDataset.Default"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CountryGroupingCatalogue
{
    internal CountryGroupingCatalogue(CountryCatalogue countries)
    {
        EuMemberStates = CountryGroupings.EuMemberStates.BoundTo(countries);
        SchengenArea = CountryGroupings.SchengenArea.BoundTo(countries);
        CandidateCountries = CountryGroupings.CandidateCountries.BoundTo(countries);
        WesternBalkansSix = CountryGroupings.WesternBalkansSix.BoundTo(countries);
        All = [EuMemberStates, SchengenArea, CandidateCountries, WesternBalkansSix];
    }

    /// <summary>The EU member states on a date (<c>eu</c>); see <see cref="CountryGroupings.EuMemberStates"/>.</summary>
    public CountryGrouping EuMemberStates { get; }

    /// <summary>The Schengen area on a date (<c>schengen</c>); see <see cref="CountryGroupings.SchengenArea"/>.</summary>
    public CountryGrouping SchengenArea { get; }

    /// <summary>The candidate countries on a date (<c>eu-candidates</c>); see <see cref="CountryGroupings.CandidateCountries"/>.</summary>
    public CountryGrouping CandidateCountries { get; }

    /// <summary>The Western Balkans six (<c>wb6</c>); see <see cref="CountryGroupings.WesternBalkansSix"/>.</summary>
    public CountryGrouping WesternBalkansSix { get; }

    /// <summary>Every grouping.</summary>
    public IReadOnlyList<CountryGrouping> All { get; }

    /// <summary>Finds a grouping by identifier (<c>eu</c>, <c>schengen</c>, <c>eu-candidates</c>, <c>wb6</c>), ordinally. Never throws.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="grouping">The grouping, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out CountryGrouping? grouping)
    {
        grouping = All.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));
        return grouping is not null;
    }
}
