using JhaModel.Organisations;
using JhaModel.ReferenceData;

namespace JhaModel.Countries;

/// <summary>
/// Country names in other languages: the ISO 3166-1 short names Debian's iso-codes translates (<c>data/country-names.json</c>),
/// and names and designation footnotes from other sources where iso-codes has none, such as Kosovo's
/// (<c>data/country-names-sourced.json</c>). See <c>docs/countries.md</c>.
/// </summary>
/// <remarks>
/// The tables are read from the assembly the first time a language is asked, once, and are thread-safe; loading
/// the reference dataset does not read them. A name is translated only from the English name it was written for,
/// so a name a user changed, or a former name no source translates, comes back in English with
/// <see cref="LocalizedText.IsTranslated"/> <see langword="false"/> and the reason in <see cref="LocalizedText.Missing"/>.
/// </remarks>
public static class CountryNames
{
    /// <summary>The languages with a table of names, in tag order: those of iso-codes and of the sourced names, and <c>en</c>, the language of the data.</summary>
    public static IReadOnlyList<LanguageTag> Languages => CountryNameTable.Instance.Languages;

    /// <summary>The name <paramref name="englishName"/> of the country <paramref name="code"/> in <paramref name="language"/>.</summary>
    /// <param name="code">The country.</param>
    /// <param name="englishName">The English name to translate: the ISO 3166-1 short name, a former name or a display name such as <c>Kosovo*</c>.</param>
    /// <param name="language">The language asked for.</param>
    /// <returns>The translation, or <paramref name="englishName"/> with the reason none is known.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="language"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="englishName"/> is <see langword="null"/>.</exception>
    public static LocalizedText Translate(CountryCode code, string englishName, LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(englishName);
        if (code.IsDefault)
        {
            throw new ArgumentException("The country code is the default value; expected a parsed code.", nameof(code));
        }

        return CountryNameTable.Instance.Name(code.Alpha2, englishName, Checked(language));
    }

    /// <summary>The footnote text <paramref name="englishText"/> of <paramref name="issuer"/> in <paramref name="language"/>.</summary>
    /// <param name="issuer">The organisation whose wording it is.</param>
    /// <param name="englishText">The English wording.</param>
    /// <param name="language">The language asked for.</param>
    /// <returns>The organisation's wording in the language, or <paramref name="englishText"/> with the reason none is known.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="englishText"/> is <see langword="null"/>.</exception>
    public static LocalizedText TranslateFootnote(OrganisationId issuer, string englishText, LanguageTag language)
    {
        ArgumentNullException.ThrowIfNull(englishText);
        return CountryNameTable.Instance.Footnote(issuer.ToString(), englishText, Checked(language));
    }

    private static LanguageTag Checked(LanguageTag language) => language.IsDefault
        ? throw new ArgumentException("The language tag is the default value; expected a parsed tag such as 'sq' or 'sr-Latn'.", nameof(language))
        : language;
}
