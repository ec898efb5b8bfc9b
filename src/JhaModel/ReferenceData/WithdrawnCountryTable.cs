using JhaModel.Countries;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <summary>
/// The ISO 3166-3 withdrawn codes that matter for JHA records in the Western Balkans, equal to Debian
/// iso-codes' iso_3166-3.json; IsoCodesParityTests compares them with the installed tables. Like the ISO 3166-1
/// table, they are part of <see cref="CountryCode"/>'s grammar (a withdrawn code is refused with its successors in
/// every dataset), so they are code, not reference data.
/// </summary>
internal static class WithdrawnCountryTable
{
    private static readonly Source IsoCodes31663 = new() { Title = "Debian iso-codes 4.15.0-1, iso_3166-3.json (ISO 3166-3 withdrawn codes)" };

    public static readonly WithdrawnCountry[] Entries =
    [
        new()
        {
            Alpha2 = "CS",
            Alpha3 = "SCG",
            Alpha4 = "CSXX",
            NumericCode = "891",
            Name = "Serbia and Montenegro",
            WithdrawalDate = new LocalDate(2006, 9, 26),
            SuccessorCodes = ["ME", "RS"],
            Source = IsoCodes31663,
            Confidence = Confidence.Verified,
        },
        new()
        {
            Alpha2 = "YU",
            Alpha3 = "YUG",
            Alpha4 = "YUCS",
            NumericCode = "891",
            Name = "Yugoslavia, (Socialist) Federal Republic of",
            WithdrawalDate = new LocalDate(2003, 7, 23),
            Comment = "had numeric code 890 until the 'Socialist Federal Republic of Yugoslavia' formerly broke apart on 27 April 1992 and the 'Federal Republic of Yugoslavia' was founded",
            SuccessorCodes = ["CS"],
            Source = IsoCodes31663,
            Confidence = Confidence.Verified,
        },
    ];
}
