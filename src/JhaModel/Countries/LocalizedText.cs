using JhaModel.Provenance;

namespace JhaModel.Countries;

/// <summary>
/// A name or a footnote asked in a language: the text, the language it is actually in, and, when no translation is
/// known, the English original with the reason, so that a fallback is visible and never silent.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>The text: the translation, or the English original when <see cref="IsTranslated"/> is <see langword="false"/>.</summary>
    public required string Text { get; init; }

    /// <summary>The language asked for.</summary>
    public required LanguageTag Requested { get; init; }

    /// <summary>
    /// The language of the translation's table, which answers <see cref="Requested"/> (the same tag, a shorter one of
    /// its <see cref="LanguageTag.FallbackChain"/>, or a tag that table answers for: <c>sr-Cyrl</c> answers <c>sr</c>);
    /// <see langword="null"/> when <see cref="Text"/> is the English original.
    /// </summary>
    public LanguageTag? Language { get; init; }

    /// <summary>Whether <see cref="Text"/> is a translation into <see cref="Language"/>.</summary>
    public bool IsTranslated => Language is not null;

    /// <summary>Why there is no translation (e.g. the table of the language lacks the name), or <see langword="null"/> when there is one.</summary>
    public string? Missing { get; init; }

    /// <summary>Where the translation comes from; <see langword="null"/> when there is none, and for English, the language the data are written in.</summary>
    public Source? Source { get; init; }

    /// <summary>How well the translation is checked against <see cref="Source"/>, or <see langword="null"/> when there is none.</summary>
    public Confidence? Confidence { get; init; }
}
