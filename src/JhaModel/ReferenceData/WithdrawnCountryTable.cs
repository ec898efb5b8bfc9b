using JhaModel.Countries;

namespace JhaModel.ReferenceData;

/// <summary>
/// The ISO 3166-3 withdrawn codes that matter for JHA records in the Western Balkans, from <c>data/iso-3166.json</c>
/// (written from Debian's iso-codes by <c>data/iso-3166.py</c>), compiled into the assembly at build time.
/// IsoCodesParityTests compares them with the installed tables. Like the ISO 3166-1 table, they are part of
/// <see cref="CountryCode"/>'s grammar (a withdrawn code is refused with its successors in every dataset).
/// </summary>
internal static partial class WithdrawnCountryTable
{
    /// <summary>The withdrawn codes, in the order of the file.</summary>
    public static readonly WithdrawnCountry[] Entries = Read();

    [EmbeddedJson("iso-3166.json", "/withdrawn")]
    private static partial WithdrawnCountry[] Read();
}
