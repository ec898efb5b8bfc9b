using System.Diagnostics.CodeAnalysis;
using JhaModel.ReferenceData;

namespace JhaModel.Countries;

/// <summary>
/// The countries of the embedded reference dataset: every current ISO 3166-1 entry (equal to Debian's iso-codes
/// tables) and Kosovo as a user-assigned entry, with their former names, designations and EU relationships; and the
/// withdrawn codes of the region. Shorthand for <see cref="JhaDataset.Default"/>'s <see cref="JhaDataset.Countries"/>.
/// </summary>
/// <remarks>All members are thread-safe; the dataset is loaded once, on first use.</remarks>
public static class CountryRegistry
{
    /// <summary>Every embedded country, in alpha-2 order: the 249 ISO 3166-1 entries and Kosovo.</summary>
    public static IReadOnlyList<Country> All => JhaDataset.Default.Countries.All;

    /// <summary>The withdrawn codes of the region (<c>CS</c> Serbia and Montenegro, <c>YU</c> Yugoslavia).</summary>
    public static IReadOnlyList<WithdrawnCountry> Withdrawn => WithdrawnCountryTable.Entries;

    /// <summary>Gets the embedded entry of a code.</summary>
    /// <param name="code">The code; not the default value.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Country Get(CountryCode code) => JhaDataset.Default.Countries.Get(code);

    /// <summary>Finds the embedded entry of an alpha-2, alpha-3 or numeric code. Never throws.</summary>
    /// <param name="code">The code, in any of its forms, ASCII case-insensitively.</param>
    /// <param name="country">The country, or <see langword="null"/> when the text names none.</param>
    /// <returns>Whether a country was found.</returns>
    public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Country? country) =>
        JhaDataset.Default.Countries.TryGet(code, out country);

    /// <summary>Finds a withdrawn code by its alpha-2, alpha-3 or alpha-4 form, ASCII case-insensitively. Never throws.</summary>
    /// <param name="code">The code, e.g. <c>CS</c>, <c>SCG</c> or <c>CSXX</c>.</param>
    /// <param name="withdrawn">The entry, or <see langword="null"/> when the text names none.</param>
    /// <returns>Whether an entry was found.</returns>
    public static bool TryGetWithdrawn([NotNullWhen(true)] string? code, [NotNullWhen(true)] out WithdrawnCountry? withdrawn)
    {
        withdrawn = code is null ? null : Array.Find(WithdrawnCountryTable.Entries, w =>
            string.Equals(w.Alpha2, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(w.Alpha3, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(w.Alpha4, code, StringComparison.OrdinalIgnoreCase));
        return withdrawn is not null;
    }
}
