using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO 8601 calendar date (<c>2020-10-22</c>), exactly as <see cref="LocalDatePattern.Iso"/> does.</summary>
internal sealed class LocalDateJsonConverter : IsoPatternJsonConverter<LocalDate>
{
    protected override string Expected => "an ISO 8601 date (YYYY-MM-DD)";

    protected override IPattern<LocalDate> Pattern => LocalDatePattern.Iso;

    protected override int MaxFastLength => 10;

    protected override bool TryParseFast(ReadOnlySpan<byte> utf8, out LocalDate value) => Utf8Iso.TryParseDate(utf8, out value);

    protected override bool TryFormatFast(LocalDate value, Span<byte> destination) => Utf8Iso.TryFormatDate(value, destination);
}
