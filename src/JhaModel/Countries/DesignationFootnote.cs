using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Countries;

/// <summary>The footnote an organisation attaches to a designation such as "Kosovo*", in its exact wording.</summary>
public sealed record DesignationFootnote : ISourcedFact
{
    /// <summary>The organisation whose wording this is, e.g. <c>eu</c> or <c>coe</c>.</summary>
    public required OrganisationId Issuer { get; init; }

    /// <summary>The footnote text, including its leading asterisk.</summary>
    public required string Text { get; init; }

    /// <summary>The footnote in <paramref name="language"/>, in the issuer's wording where a source gives it.</summary>
    /// <param name="language">The language asked for, e.g. <c>sr-Latn</c>.</param>
    /// <returns>The translation; otherwise <see cref="Text"/> with <see cref="LocalizedText.IsTranslated"/> <see langword="false"/> and the reason (see <see cref="CountryNames.TranslateFootnote"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is the default value.</exception>
    public LocalizedText TextIn(LanguageTag language) => CountryNames.TranslateFootnote(Issuer, Text, language);

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
