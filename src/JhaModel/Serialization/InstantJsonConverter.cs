using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="Instant"/> as ISO 8601 in UTC (<c>2020-10-22T10:00:00Z</c>, fractional seconds when
/// present), exactly as <see cref="InstantPattern.ExtendedIso"/> does.
/// </summary>
internal sealed class InstantJsonConverter : IsoPatternJsonConverter<Instant>
{
    protected override string Expected => "an ISO 8601 instant in UTC (YYYY-MM-DDThh:mm:ssZ, optional fraction of a second)";

    protected override IPattern<Instant> Pattern => InstantPattern.ExtendedIso;

    protected override int MaxFastLength => 20;

    protected override bool TryParseFast(ReadOnlySpan<byte> utf8, out Instant value) => Utf8Iso.TryParseInstant(utf8, out value);

    protected override bool TryFormatFast(Instant value, Span<byte> destination) => Utf8Iso.TryFormatInstant(value, destination);
}
