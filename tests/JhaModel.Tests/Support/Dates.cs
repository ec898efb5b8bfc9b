using NodaTime;

namespace JhaModel.Tests.Support;

internal static class Dates
{
    public static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
