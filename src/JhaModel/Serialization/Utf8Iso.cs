using NodaTime;

namespace JhaModel.Serialization;

/// <summary>
/// Allocation-free UTF-8 reading and writing of the plain ISO 8601 forms (<c>YYYY-MM-DD</c> with a year from 1 to
/// 9999, and <c>YYYY-MM-DDThh:mm:ssZ</c>). Anything else answers <see langword="false"/>, and the caller falls back
/// to NodaTime's patterns, through <see cref="Parse"/>.
/// </summary>
internal static class Utf8Iso
{
    /// <summary>
    /// Parses with a NodaTime pattern, failing on a NUL character: NodaTime's parser reads NUL as the end of the text,
    /// so <c>"2021-07-06\u0000"</c> would parse as 2021-07-06 and the NUL be silently dropped.
    /// </summary>
    public static NodaTime.Text.ParseResult<TValue> Parse<TValue>(NodaTime.Text.IPattern<TValue> pattern, string text) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? NodaTime.Text.ParseResult<TValue>.ForException(() => new FormatException("The text holds a NUL character."))
            : pattern.Parse(text);

    public static bool TryParseDate(ReadOnlySpan<byte> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !TryDigits(s[..4], out int year) || !TryDigits(s.Slice(5, 2), out int month) || !TryDigits(s.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    public static bool TryParseInstant(ReadOnlySpan<byte> s, out Instant instant)
    {
        instant = default;
        if (s.Length != 20 || s[10] != (byte)'T' || s[13] != (byte)':' || s[16] != (byte)':' || s[19] != (byte)'Z'
            || !TryParseDate(s[..10], out var date)
            || !TryDigits(s.Slice(11, 2), out int hour) || !TryDigits(s.Slice(14, 2), out int minute) || !TryDigits(s.Slice(17, 2), out int second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = date.At(new LocalTime(hour, minute, second)).InUtc().ToInstant();
        return true;
    }

    public static bool TryFormatDate(LocalDate date, Span<byte> destination)
    {
        if (date.Year is < 1 or > 9999 || destination.Length < 10)
        {
            return false;
        }

        Write(destination[..4], date.Year);
        destination[4] = (byte)'-';
        Write(destination.Slice(5, 2), date.Month);
        destination[7] = (byte)'-';
        Write(destination.Slice(8, 2), date.Day);
        return true;
    }

    public static bool TryFormatInstant(Instant instant, Span<byte> destination)
    {
        var utc = instant.InUtc();
        if (utc.NanosecondOfSecond != 0 || destination.Length < 20 || !TryFormatDate(utc.Date, destination))
        {
            return false;
        }

        destination[10] = (byte)'T';
        Write(destination.Slice(11, 2), utc.Hour);
        destination[13] = (byte)':';
        Write(destination.Slice(14, 2), utc.Minute);
        destination[16] = (byte)':';
        Write(destination.Slice(17, 2), utc.Second);
        destination[19] = (byte)'Z';
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static void Write(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
