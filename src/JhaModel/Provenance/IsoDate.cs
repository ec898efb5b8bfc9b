using NodaTime;

namespace JhaModel.Provenance;

/// <summary>
/// The ISO 8601 calendar date text of a <see cref="LocalDate"/> (<c>2020-10-22</c>, <c>-0005-01-01</c>), as
/// <see cref="NodaTime.Text.LocalDatePattern.Iso"/> formats it, without building a pattern: messages and answers
/// format dates on paths that must stay fast in a fresh process. A property test holds the two equal.
/// </summary>
internal static class IsoDate
{
    /// <summary>The text of <paramref name="date"/>: <c>uuuu-MM-dd</c>, with a leading minus sign before the year 1 BCE.</summary>
    public static string Format(LocalDate date) =>
        string.Create(date.Year < 0 ? 11 : 10, date, static (text, d) =>
        {
            int at = 0;
            int year = d.Year;
            if (year < 0)
            {
                text[at++] = '-';
                year = -year;
            }

            text[at++] = (char)('0' + (year / 1000));
            text[at++] = (char)('0' + (year / 100 % 10));
            text[at++] = (char)('0' + (year / 10 % 10));
            text[at++] = (char)('0' + (year % 10));
            text[at++] = '-';
            text[at++] = (char)('0' + (d.Month / 10));
            text[at++] = (char)('0' + (d.Month % 10));
            text[at++] = '-';
            text[at++] = (char)('0' + (d.Day / 10));
            text[at] = (char)('0' + (d.Day % 10));
        });

    /// <summary>The text of <paramref name="date"/>, or <paramref name="none"/> when there is none.</summary>
    public static string Format(LocalDate? date, string none) => date is { } d ? Format(d) : none;
}
