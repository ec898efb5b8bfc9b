using JhaModel.Countries;

namespace JhaModel.Cli.Report;

/// <summary>
/// How the report shows names asked in a language (<c>--language</c>): a name with no known translation is shown
/// in English with the marker <see cref="EnglishMarker"/>, and a note under the table says why, so the fallback is
/// visible in every output.
/// </summary>
internal static class ReportLanguage
{
    /// <summary>The marker after a name shown in English because no translation is known.</summary>
    public const string EnglishMarker = "[en]";

    /// <summary>The name as a cell: with <see cref="EnglishMarker"/> when it was asked in a language and is in English.</summary>
    public static string Cell(CountryLine line) => line.Localized is { IsTranslated: false } ? $"{line.Name} {EnglishMarker}" : line.Name;

    /// <summary>The footnote text, with <see cref="EnglishMarker"/> when it was asked in a language and is in English.</summary>
    public static string Footnote(FootnoteLine line)
    {
        string text = line.Text.StartsWith('*') ? line.Text : "* " + line.Text;
        return line.Localized is { IsTranslated: false } ? $"{text} {EnglishMarker}" : text;
    }

    /// <summary>The notes under the country table: the language asked, then one line per name or footnote in English and why; empty when no language was asked.</summary>
    public static IReadOnlyList<string> Notes(JhaReport report)
    {
        if (report.Language is not { } language)
        {
            return [];
        }

        var notes = new List<string> { $"Country names in {language} (Debian iso-codes, and sourced names for Kosovo*); {EnglishMarker} marks a name or footnote shown in English because no translation is known." };
        notes.AddRange(report.Countries.Where(c => c.Localized is { IsTranslated: false }).Select(c => $"{EnglishMarker} {c.Code} {c.Name}: {c.Localized!.Missing}."));
        notes.AddRange(report.Footnotes.Where(f => f.Localized is { IsTranslated: false }).Select(f => $"{EnglishMarker} the footnote of {f.Name}: {f.Localized!.Missing}."));
        return notes;
    }
}
