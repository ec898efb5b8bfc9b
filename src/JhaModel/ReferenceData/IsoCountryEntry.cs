namespace JhaModel.ReferenceData;

/// <summary>One row of the ISO 3166-1 table, as in Debian's iso-codes, or a user-assigned entry.</summary>
internal sealed record IsoCountryEntry(
    string Alpha2,
    string Alpha3,
    string? Numeric,
    string Name,
    string? OfficialName,
    string? CommonName,
    bool IsUserAssigned);
