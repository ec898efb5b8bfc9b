using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;

namespace JhaModel.Tests.TextValues;

/// <summary>
/// The data the text-value contract runs on: for each text value, valid texts in their written form and in
/// ascending order, texts in another spelling the type accepts (with the form it writes), and malformed texts.
/// Every type that implements <c>ITextValue&lt;T&gt;</c> must have an entry (<see cref="TextValueContractTests"/> fails otherwise).
/// </summary>
internal static class TextValueSamples
{
    private static readonly string[] NotKebab = ["", "a", "Readmission", "-ab", "ab-", "a--b", "1ab", "ab c", "ab_c", "ab\u00e9"];

    public static IReadOnlyDictionary<Type, Sample> All { get; } = new Dictionary<Type, Sample>
    {
        [typeof(AgreementId)] = new(["coe-cets-185", "eu-al-readmission", "eu-xk-visa-liberalisation"], [], NotKebab),
        [typeof(AgreementKind)] = new(["additional-protocol", "readmission", "visa-facilitation", "zz-a-kind-of-tomorrow"], [], NotKebab),
        [typeof(ActionCode)] = new(["OA 1", "OA 3.2", "OA 3.10", "OA 3.10.1", "OA 10.1"], [], ["", "OA", "OA ", "oa 3.2", "OA 0.1", "OA 3.", "OA .3", "OA 3..2", "OA 1000", "OA 1.2.3.4.5", "OA 03.2"]),
        [typeof(PolicyCycleId)] = new(["2018-2021", "2022-2025", "2022-2026", "2026-2029"], [], ["", "2022", "2025-2022", "2022-2022", "22-25", "2022-25", "2022/2025", "0999-2000", "2022-2025 "]),
        [typeof(CrimePriorityKey)] = new(["2018-2021/zz-last-of-its-cycle", "2022-2025/cybercrime", "2022-2025/migrant-smuggling"], [], ["", "2022-2025", "2022-2025/", "/migrant-smuggling", "2022-2025/Migrant", "2022/migrant-smuggling"]),
        [typeof(ResultMetric)] = new(["arrests", "drugs-seized", "new-kind-of-result"], [], NotKebab),
        [typeof(QuantityUnit)] = new(["count", "euro", "tonne"], [], NotKebab),
        [typeof(StatisticMetric)] = new(["cases-involving", "registered-cases-involving", "zz-new-metric"], [], NotKebab),
        [typeof(CaseStatisticId)] = new(["eurojust-wb6-registered-2019", "europol-wb6-2020"], [], NotKebab),
        [typeof(OrganisationId)] = new(["coe", "eu", "europol", "un"], [], NotKebab),
        [typeof(CoeTreatyNumber)] = new(["CETS 5", "CETS 185", "CETS 9999"], [("ETS No. 185", "CETS 185"), ("cets 185", "CETS 185"), ("CETS No. 5", "CETS 5")], ["", "CETS", "CETS 0", "CETS 10000", "CETS 0185", "CETS -1", "ETS", "185", "CETS185"]),
        [typeof(CountryCode)] = new(["AL", "BA", "MK", "XK"], [("MKD", "MK"), ("807", "MK"), ("XKX", "XK")], ["", "M", "ZZ", "QQQ", "999", "M K"]),
        [typeof(Party)] = new(["AL", "XK", "europol", "un"], [], ["", "ZZ", "ALB", "Europol", "-eu"]),
        [typeof(LanguageTag)] = new(["cnr", "pt-BR", "sq", "sr", "sr-Cyrl", "sr-Latn", "sr-Latn-RS"], [], ["", "s", "sqqq", "SQ", "sr_Latn", "sr-latn", "sr-LATN", "sr-Latn-rs", "sr-", "-sr", "sr-Latn-RS-x", "es-41", "sr RS", "sr-Cyrl-Latn"]),
        [typeof(EventDate)] = new(["../2005-01-01", "2000", "2005-12", "2005-12-15/2005-12-16", "2010-12-17"], [], ["", "2010-13-01", "2010-02-30", "20101217", "2010-12-17/2010-12-16", "../", "2010-1"]),
    };

    /// <summary>One type's data.</summary>
    /// <param name="Ascending">Valid texts in their written form, each ordering before the next.</param>
    /// <param name="OtherSpellings">Texts the type accepts in another spelling, with the form it writes.</param>
    /// <param name="Malformed">Texts that are not a value of the type.</param>
    internal sealed record Sample(string[] Ascending, (string Text, string Written)[] OtherSpellings, string[] Malformed);
}
