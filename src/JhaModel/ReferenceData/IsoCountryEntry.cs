namespace JhaModel.ReferenceData;

/// <summary>One row of the ISO 3166-1 table, as in Debian's iso-codes, or a user-assigned entry (<c>data/iso-3166.json</c>).</summary>
internal sealed record IsoCountryEntry
{
    /// <summary>The alpha-2 code.</summary>
    public required string Alpha2 { get; init; }

    /// <summary>The alpha-3 code.</summary>
    public required string Alpha3 { get; init; }

    /// <summary>The numeric code; none for a user-assigned entry.</summary>
    public string? Numeric { get; init; }

    /// <summary>The short name.</summary>
    public required string Name { get; init; }

    /// <summary>The official name, where the table gives one.</summary>
    public string? OfficialName { get; init; }

    /// <summary>The common name, where the table gives one.</summary>
    public string? CommonName { get; init; }

    /// <summary>Whether the entry is user-assigned (Kosovo's <c>XK</c>), not part of ISO 3166-1.</summary>
    public required bool IsUserAssigned { get; init; }
}
