using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>
/// Reads an <see cref="Instant"/> as an RFC 3339 date-time — <c>2020-10-22T10:00:00Z</c>, with an optional fraction of
/// a second of up to nine digits, and <c>Z</c> or a UTC offset <c>±hh:mm</c> (<c>2026-12-03T08:00:00.123456+00:00</c>,
/// as Python's <c>datetime.isoformat()</c> writes it) — and writes it in UTC, as <see cref="InstantPattern.ExtendedIso"/>
/// does. An offset is normalised: the instant is the same, its text is the UTC form.
/// </summary>
internal sealed partial class InstantJsonConverter : IsoPatternJsonConverter<Instant>
{
    /// <summary>The grammar of an instant on the wire, which the JSON Schema states too: what this converter reads.</summary>
    public const string WirePattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-7]):[0-5][0-9]|18:00))$";

    /// <summary>What a valid instant looks like, for messages.</summary>
    public const string Description = "an RFC 3339 instant: YYYY-MM-DDThh:mm:ss, an optional fraction of a second (up to 9 digits), then Z or a UTC offset ±hh:mm (2026-11-30T12:00:00Z)";

    protected override string Expected => Description;

    protected override IPattern<Instant> Pattern => UtcOrOffsetPattern.Instance;

    protected override int MaxFastLength => 20;

    protected override bool TryParseFast(ReadOnlySpan<byte> utf8, out Instant value) => Utf8Iso.TryParseInstant(utf8, out value);

    protected override bool TryFormatFast(Instant value, Span<byte> destination) => Utf8Iso.TryFormatInstant(value, destination);

    // The schema's pattern, anchored at the very end: in .NET, as in Python, "$" also matches before a final line break.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-7]):[0-5][0-9]|18:00))\z", RegexOptions.CultureInvariant)]
    private static partial Regex Wire();

    /// <summary>Parses the wire grammar (UTC or an offset, normalised to the instant) and formats in UTC.</summary>
    private sealed class UtcOrOffsetPattern : IPattern<Instant>
    {
        public static readonly UtcOrOffsetPattern Instance = new();

        public ParseResult<Instant> Parse(string text)
        {
            if (!Wire().IsMatch(text))
            {
                return ParseResult<Instant>.ForException(() => new FormatException($"Found {JsonErrors.Quote(text)}; expected {Description}."));
            }

            if (text.EndsWith('Z'))
            {
                return InstantPattern.ExtendedIso.Parse(text);
            }

            var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (!offset.Success)
            {
                return offset.ConvertError<Instant>();
            }

            var local = offset.Value;
            try
            {
                // An offset that moves the instant past the calendar's end (9999-12-31T23:00:00-02:00) has no instant.
                return ParseResult<Instant>.ForValue(local.LocalDateTime.PlusSeconds(-local.Offset.Seconds).InUtc().ToInstant());
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                return ParseResult<Instant>.ForException(() => new FormatException($"Found {JsonErrors.Quote(text)}, which lies outside the calendar in UTC; expected {Description}."));
            }
        }

        public string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

        public StringBuilder AppendFormat(Instant value, StringBuilder builder) => InstantPattern.ExtendedIso.AppendFormat(value, builder);
    }
}
