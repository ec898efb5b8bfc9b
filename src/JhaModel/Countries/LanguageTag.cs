using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Countries;

/// <summary>
/// A BCP 47 language tag of the form a country name is asked in: a language, an optional script and an optional
/// region, e.g. <c>sq</c>, <c>sr-Cyrl</c>, <c>sr-Latn</c>, <c>pt-BR</c>.
/// </summary>
/// <remarks>
/// The grammar is the language-script-region subset of BCP 47 (RFC 5646), in its canonical case and nothing else:
/// a primary language subtag of 2 or 3 lower-case ASCII letters; then, optionally, a script subtag of 4 letters
/// with the first in upper case (<c>Latn</c>, <c>Cyrl</c>); then, optionally, a region subtag of 2 upper-case
/// letters or 3 digits (<c>RS</c>, <c>419</c>); joined by hyphens. Parsing is strict: <c>SR-latn</c>,
/// <c>sr_Latn</c> or a tag with variants or extensions is rejected with an error that says what was expected.
/// The default value is invalid: <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/>
/// returns the empty string and <see cref="Country.NameOn(NodaTime.LocalDate, LanguageTag)"/> rejects it. Tags
/// order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<LanguageTag>))]
[TextValue("a language tag", Expected = "a BCP 47 language tag of a language, an optional script and an optional region (e.g. \"sq\", \"sr-Latn\", \"pt-BR\")", Example = "sr-Latn")]
public readonly partial struct LanguageTag
{
    /// <summary>The primary language subtag, e.g. <c>sr</c> of <c>sr-Latn</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public string Language => Subtag(0) ?? throw new InvalidOperationException("The default LanguageTag has no language; expected a parsed tag.");

    /// <summary>The script subtag, e.g. <c>Latn</c> of <c>sr-Latn</c>, or <see langword="null"/> when the tag has none.</summary>
    public string? Script => Subtag(1) is { Length: 4 } script ? script : null;

    /// <summary>The region subtag, e.g. <c>BR</c> of <c>pt-BR</c>, or <see langword="null"/> when the tag has none.</summary>
    public string? Region => _value?.Split('-') is { Length: > 1 } parts && parts[^1].Length != 4 ? parts[^1] : null;

    /// <summary>
    /// The tag and the shorter tags a lookup falls back to, longest first, by removing the last subtag
    /// (the lookup of RFC 4647, section 3.4): <c>sr-Latn-RS</c>, <c>sr-Latn</c>, <c>sr</c>.
    /// </summary>
    /// <returns>The tags; empty for the default value.</returns>
    public IReadOnlyList<LanguageTag> FallbackChain()
    {
        var chain = new List<LanguageTag>();
        for (string? text = _value; text is not null; text = text.LastIndexOf('-') is var cut and > 0 ? text[..cut] : null)
        {
            chain.Add(Parse(text));
        }

        return chain;
    }

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a language tag; expected a BCP 47 tag of a lower-case language of 2 or 3 letters, an optional script of 4 letters with a capital first ('Latn', 'Cyrl') and an optional upper-case region of 2 letters or 3 digits, joined by hyphens (e.g. 'sq', 'sr-Latn', 'pt-BR').";

    private string? Subtag(int index) => _value?.Split('-') is { } parts && index < parts.Length ? parts[index] : null;

    private static bool IsValid(ReadOnlySpan<char> s)
    {
        int i = 0;
        int language = Run(s, i, char.IsAsciiLetterLower);
        if (language is not (2 or 3))
        {
            return false;
        }

        i += language;
        if (i < s.Length && s[i] == '-' && Run(s, i + 1, char.IsAsciiLetter) == 4
            && char.IsAsciiLetterUpper(s[i + 1]) && Run(s, i + 2, char.IsAsciiLetterLower) == 3)
        {
            i += 5;
        }

        if (i < s.Length && s[i] == '-')
        {
            int letters = Run(s, i + 1, char.IsAsciiLetterUpper);
            int digits = Run(s, i + 1, char.IsAsciiDigit);
            if (letters == 2 || digits == 3)
            {
                i += 1 + Math.Max(letters, digits);
            }
        }

        return i == s.Length;
    }

    private static int Run(ReadOnlySpan<char> s, int start, Func<char, bool> accept)
    {
        int end = start;
        while (end < s.Length && accept(s[end]))
        {
            end++;
        }

        return end - start;
    }
}
