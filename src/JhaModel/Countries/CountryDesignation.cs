using JhaModel.Collections;
using JhaModel.Organisations;

namespace JhaModel.Countries;

/// <summary>
/// How a country whose status is disputed is to be shown: a display name with a marker (<c>Kosovo*</c>) and the
/// footnotes that explain it, in the wording of each organisation.
/// </summary>
public sealed record CountryDesignation
{
    private readonly ValueList<DesignationFootnote> _footnotes = ValueList<DesignationFootnote>.Empty;

    /// <summary>The name to display, with its marker, e.g. <c>Kosovo*</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The footnotes, one per organisation; empty when none.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<DesignationFootnote> Footnotes
    {
        get => _footnotes;
        init => _footnotes = ValueList<DesignationFootnote>.From(value);
    }

    /// <summary>The footnote in the wording of <paramref name="issuer"/>, if there is one.</summary>
    /// <param name="issuer">The organisation, e.g. <see cref="OrganisationId.EuropeanUnion"/>.</param>
    /// <returns>The footnote, or <see langword="null"/>.</returns>
    public DesignationFootnote? FootnoteOf(OrganisationId issuer) => _footnotes.FirstOrDefault(f => f is not null && f.Issuer == issuer);
}
