using System.Diagnostics.CodeAnalysis;
using JhaModel.ReferenceData;

namespace JhaModel.Countries;

/// <summary>
/// The countries of one <see cref="JhaDataset"/>: every current ISO 3166-1 entry and Kosovo as a user-assigned
/// entry, each with the former names, designation and EU relationship the dataset records; and the withdrawn codes
/// of the region. <see cref="CountryRegistry"/> answers the same questions from <see cref="JhaDataset.Default"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CountryCatalogue
{
    private readonly Country[] _entries;

    /// <summary>Builds the catalogue: a country the dataset records replaces the bare ISO 3166-1 entry of its code.</summary>
    internal CountryCatalogue(IEnumerable<Country> recorded)
    {
        var table = IsoCountryTable.Entries;
        _entries = new Country[table.Length];
        for (int i = 0; i < table.Length; i++)
        {
            var entry = table[i];
            _entries[i] = new Country
            {
                Code = new CountryCode((short)(i + 1)),
                ShortName = entry.Name,
                OfficialName = entry.OfficialName,
                CommonName = entry.CommonName,
            };
        }

        foreach (var country in recorded)
        {
            _entries[country.Code.Position - 1] = country;
        }
    }

    /// <summary>Every country, in alpha-2 order: the 249 ISO 3166-1 entries and Kosovo.</summary>
    public IReadOnlyList<Country> All => _entries;

    /// <summary>The countries whose history the dataset records (former names, a designation or EU relationship events), in alpha-2 order.</summary>
    public IReadOnlyList<Country> Recorded => [.. _entries.Where(IsRecorded)];

    /// <summary>The withdrawn codes of the region (<c>CS</c> Serbia and Montenegro, <c>YU</c> Yugoslavia), the same in every dataset: they are part of <see cref="CountryCode"/>'s grammar.</summary>
#pragma warning disable CA1822 // An instance member, as the other members of the catalogue, though every dataset shares it.
    public IReadOnlyList<WithdrawnCountry> Withdrawn => WithdrawnCountryTable.Entries;
#pragma warning restore CA1822

    /// <summary>Gets the entry of a code.</summary>
    /// <param name="code">The code; not the default value.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public Country Get(CountryCode code) =>
        code.IsDefault ? throw new ArgumentException("The default CountryCode names no country.", nameof(code)) : _entries[code.Position - 1];

    /// <summary>Finds the entry of an alpha-2, alpha-3 or numeric code. Never throws.</summary>
    /// <param name="code">The code, in any of its forms, ASCII case-insensitively.</param>
    /// <param name="country">The country, or <see langword="null"/> when the text names none.</param>
    /// <returns>Whether a country was found.</returns>
    public bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Country? country)
    {
        country = CountryCode.TryParse(code, out var parsed) ? Get(parsed) : null;
        return country is not null;
    }

    internal static bool IsRecorded(Country country) =>
        country.FormerNames.Count > 0 || country.Designation is not null || country.EuRelationship.Events.Count > 0;
}
