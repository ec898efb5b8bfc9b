namespace JhaModel.ReferenceData;

/// <summary>
/// The ISO 3166-1 table of <c>data/iso-3166.json</c> (written from Debian's iso-codes by <c>data/iso-3166.py</c>),
/// compiled into the assembly at build time. It is part of <see cref="Countries.CountryCode"/>'s grammar, the same in
/// every dataset. IsoCodesParityTests compares every entry with the installed tables.
/// </summary>
internal static partial class IsoCountryTable
{
    /// <summary>The entries ordered by alpha-2 code; <see cref="Countries.CountryCode"/> stores an index into this array plus one.</summary>
    internal static readonly IsoCountryEntry[] Entries = Read();

    [EmbeddedJson("iso-3166.json", "/countries")]
    private static partial IsoCountryEntry[] Read();
}
