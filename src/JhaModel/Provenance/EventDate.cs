using System.Globalization;
using System.Text.Json.Serialization;
using JhaModel.Serialization;
using NodaTime;

namespace JhaModel.Provenance;

/// <summary>
/// The day an event happened, known exactly or only to a month, a year, a range of days, or an upper bound.
/// </summary>
/// <remarks>
/// <para>
/// Sources often give "December 2005" or "since February 2019" rather than a day. An <see cref="EventDate"/>
/// records exactly what is known, so that no day is invented. Its text form follows ISO 8601 and the
/// Extended Date/Time Format: <c>2010-12-17</c>, <c>2005-12</c>, <c>2000</c>, <c>2005-12-15/2005-12-16</c>
/// and <c>../2025-01-01</c>.
/// </para>
/// <para>
/// Queries that ask whether the event had happened by a date use <see cref="IsCertainlyOnOrBefore"/>: an event
/// counts from the last day it may have happened (<see cref="Latest"/>), so an answer never claims more than the
/// source supports.
/// </para>
/// <para>
/// The default value is not a valid date: <see cref="IsDefault"/> is <see langword="true"/>, its text form is
/// the empty string, and validators reject it.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<EventDate>))]
[TextValue("an event date", Expected = "an event date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-MM-DD/YYYY-MM-DD or ../YYYY-MM-DD)", Example = "2010-12-17")]
public readonly partial struct EventDate
{
    private readonly LocalDate _earliest;
    private readonly LocalDate _latest;

    private EventDate(EventDateKind kind, LocalDate earliest, LocalDate latest)
    {
        Kind = kind;
        _earliest = earliest;
        _latest = latest;
    }

    /// <summary>How precisely the date is known; <c>0</c> for the default value.</summary>
    public EventDateKind Kind { get; }

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => Kind == 0;

    /// <summary>The first day the event may have happened, or <see langword="null"/> when no lower bound is known.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public LocalDate? Earliest => Kind switch
    {
        0 => throw DefaultValue(),
        EventDateKind.OnOrBefore => null,
        _ => _earliest,
    };

    /// <summary>The last day the event may have happened.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public LocalDate Latest => Kind == 0 ? throw DefaultValue() : _latest;

    /// <summary>The exact day when <see cref="Kind"/> is <see cref="EventDateKind.Day"/>; otherwise <see langword="null"/>.</summary>
    public LocalDate? Exact => Kind == EventDateKind.Day ? _latest : null;

    /// <summary>An event known to the day.</summary>
    /// <param name="date">The day of the event.</param>
    /// <returns>An <see cref="EventDate"/> of kind <see cref="EventDateKind.Day"/>.</returns>
    public static EventDate On(LocalDate date) => new(EventDateKind.Day, date, date);

    /// <summary>An event known only to its month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>An <see cref="EventDate"/> of kind <see cref="EventDateKind.Month"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static EventDate InMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        // The last day from the calendar, not by adding a month: December 9999 has no following month.
        return new(EventDateKind.Month, new LocalDate(year, month, 1), new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));
    }

    /// <summary>An event known only to its year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>An <see cref="EventDate"/> of kind <see cref="EventDateKind.Year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static EventDate InYear(int year)
    {
        CheckYear(year);
        return new(EventDateKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>An event that happened on one of the days from <paramref name="earliest"/> to <paramref name="latest"/>, inclusive.</summary>
    /// <param name="earliest">The first possible day.</param>
    /// <param name="latest">The last possible day; after <paramref name="earliest"/>.</param>
    /// <returns>An <see cref="EventDate"/> of kind <see cref="EventDateKind.Range"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is not after <paramref name="earliest"/>; use <see cref="On"/> for a single day.</exception>
    public static EventDate Between(LocalDate earliest, LocalDate latest)
    {
        if (latest <= earliest)
        {
            throw new ArgumentException($"The range {IsoDate.Format(earliest)}/{IsoDate.Format(latest)} must end after it starts; use EventDate.On for a single day.", nameof(latest));
        }

        return new(EventDateKind.Range, earliest, latest);
    }

    /// <summary>An event known only to have happened on or before <paramref name="latest"/>.</summary>
    /// <param name="latest">The last possible day.</param>
    /// <returns>An <see cref="EventDate"/> of kind <see cref="EventDateKind.OnOrBefore"/>.</returns>
    public static EventDate OnOrBefore(LocalDate latest) => new(EventDateKind.OnOrBefore, latest, latest);

    /// <summary>Whether the event had certainly happened by the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> when <see cref="Latest"/> is on or before <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public bool IsCertainlyOnOrBefore(LocalDate date) => Latest <= date;

    /// <summary>Whether the event may have happened by the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> unless <see cref="Earliest"/> is known and after <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public bool IsPossiblyOnOrBefore(LocalDate date)
    {
        var earliest = Earliest;
        return !earliest.HasValue || earliest.GetValueOrDefault() <= date;
    }

    /// <summary>Whether <paramref name="date"/> is one of the days the event may have happened on.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within the possible days.</returns>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public bool Contains(LocalDate date) => IsPossiblyOnOrBefore(date) && date <= Latest;

    /// <summary>Tries to parse the text form. Never throws.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="result">The parsed value, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a valid event date.</returns>
    private static bool TryParseCore(ReadOnlySpan<char> s, out EventDate result) => !(result = Read(s)).IsDefault;

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not an event date; expected YYYY-MM-DD, YYYY-MM, YYYY, YYYY-MM-DD/YYYY-MM-DD or ../YYYY-MM-DD.";

    /// <summary>The text form; the empty string for the default value.</summary>
    /// <returns>For example <c>2010-12-17</c>, <c>2005-12</c>, <c>2000</c>, <c>2005-12-15/2005-12-16</c> or <c>../2025-01-01</c>.</returns>
    public override string ToString() => Kind switch
    {
        EventDateKind.Day => Format(_latest),
        EventDateKind.Month => IsoDate.Format(_earliest)[..^3],
        EventDateKind.Year => IsoDate.Format(_earliest)[..^6],
        EventDateKind.Range => $"{Format(_earliest)}/{Format(_latest)}",
        EventDateKind.OnOrBefore => $"../{Format(_latest)}",
        _ => string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(EventDate other) => Kind == other.Kind && _earliest == other._earliest && _latest == other._latest;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _earliest, _latest);

    /// <summary>
    /// Orders by the earliest possible day (an unknown lower bound first), then by the latest possible day, then by kind.
    /// The default value sorts before every valid value.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(EventDate other)
    {
        if (IsDefault || other.IsDefault)
        {
            return (!IsDefault).CompareTo(!other.IsDefault);
        }

        int c = Nullable.Compare(Earliest, other.Earliest);
        if (c != 0)
        {
            return c;
        }

        c = _latest.CompareTo(other._latest);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    private static string Format(LocalDate date) => IsoDate.Format(date);

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
    }

    private static InvalidOperationException DefaultValue() => new("The default EventDate has no days; it is not a valid date.");

    // The readers below return a value (the default value, null or -1 for text that is not a date) rather than
    // using out parameters and pattern variables, so that every condition can be changed on its own.

    /// <summary>The value <paramref name="s"/> denotes, or the default value when it is not an event date.</summary>
    private static EventDate Read(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("../", StringComparison.Ordinal))
        {
            var bound = ReadDay(s[3..]);
            return bound.HasValue ? OnOrBefore(bound.GetValueOrDefault()) : default;
        }

        return s.Contains('/') ? ReadRange(s) : ReadSingle(s);
    }

    /// <summary>A range of days, <c>YYYY-MM-DD/YYYY-MM-DD</c>, that ends after it starts.</summary>
    private static EventDate ReadRange(ReadOnlySpan<char> s)
    {
        int slash = s.IndexOf('/');
        var from = ReadDay(s[..slash]);
        var to = ReadDay(s[(slash + 1)..]);
        return from.HasValue && to.HasValue && from.GetValueOrDefault() < to.GetValueOrDefault()
            ? new(EventDateKind.Range, from.GetValueOrDefault(), to.GetValueOrDefault())
            : default;
    }

    /// <summary>A year (<c>YYYY</c>), a month (<c>YYYY-MM</c>) or a day (<c>YYYY-MM-DD</c>).</summary>
    private static EventDate ReadSingle(ReadOnlySpan<char> s)
    {
        switch (s.Length)
        {
            case 4:
            {
                int year = ReadNumber(s);
                return year >= 1 ? InYear(year) : default;
            }

            case 7:
            {
                int year = ReadNumber(s[..4]);
                int month = ReadNumber(s[5..]);
                return s[4] == '-' && year >= 1 && month >= 1 && month <= 12 ? InMonth(year, month) : default;
            }

            case 10:
            {
                var day = ReadDay(s);
                return day.HasValue ? On(day.GetValueOrDefault()) : default;
            }

            default:
                return default;
        }
    }

    /// <summary>A day, <c>YYYY-MM-DD</c>, that the calendar has; null otherwise.</summary>
    private static LocalDate? ReadDay(ReadOnlySpan<char> s)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return null;
        }

        int year = ReadNumber(s[..4]);
        int month = ReadNumber(s.Slice(5, 2));
        int day = ReadNumber(s.Slice(8, 2));
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    /// <summary>The number a fixed-width run of ASCII digits spells (every caller passes two or four characters); -1 when one is not a digit.</summary>
    private static int ReadNumber(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            if (c < '0' || c > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
