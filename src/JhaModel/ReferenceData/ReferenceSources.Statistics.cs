using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <content>The sources of the embedded case statistics.</content>
internal static partial class ReferenceSources
{
    public static readonly Source EurojustNews20201022 = new()
    {
        Title = "Eurojust news, \"Rising trend in judicial cooperation with Western Balkans\", 22 October 2020",
        AsOf = new LocalDate(2020, 10, 22),
    };

    public static readonly Source EurojustAnnualReport2020 = new()
    {
        Title = "Eurojust Annual Report 2020, section 5.1 (eurojust.europa.eu/pl/node/2592)",
    };

    public static readonly Source EurojustAnnualReport2023 = new()
    {
        Title = "Eurojust Annual Report 2023, section 5.3",
    };

    public static readonly Source EurojustAnnualReport2024 = new()
    {
        Title = "Eurojust Annual Report 2024",
    };
}
