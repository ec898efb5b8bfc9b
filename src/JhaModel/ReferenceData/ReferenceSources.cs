using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <summary>The sources behind the embedded reference facts, each defined once.</summary>
internal static partial class ReferenceSources
{
    public static readonly Source IsoCodes31661 = new() { Title = "Debian iso-codes 4.15.0-1, iso_3166-1.json" };

    public static readonly Source IsoCodes31663 = new() { Title = "Debian iso-codes 4.15.0-1, iso_3166-3.json (ISO 3166-3 withdrawn codes)" };

    public static readonly Source PradoXkx = new()
    {
        Title = "Council of the EU, PRADO: \"XKX is a code used for practical reasons and not an official ISO country code\"; EU designation footnote",
        Url = "https://www.consilium.europa.eu/prado/en/prado-documents/xkx/a/s/docs-per-type.html",
    };

    public static readonly Source EuemploymentKosovoFootnote = new()
    {
        Title = "euemployment.eu, \"Kosovo footnote\" (citing the EU Office in Kosovo, the Council of Europe web page on Kosovo and IOM Kosovo)",
    };

    public static readonly Source NorthMacedoniaNameChange = new()
    {
        Title = "OpenPLi/enigma2 PR #3054 and restcountries issue #117 (2019-02-14): official name change since February 2019; datasets/country-codes #28: ISO 3166 used \"the former Yugoslav Republic of Macedonia\" as late as 2016",
        AsOf = new LocalDate(2019, 2, 14),
    };

    public static readonly Source FeiraPotentialCandidates = new()
    {
        Title = "Commission opinion on Serbia (nspm.rs copy): \"potential candidate\" as a category dates from the Feira European Council, June 2000",
    };

    public static readonly Source KosovoEuRelations = new()
    {
        Title = "Kiwix copy of Wikipedia \"Kosovo–EU relations\" (2023-10); multimedia.europarl.europa.eu EU–Kosovo topic page",
        AsOf = new LocalDate(2023, 10, 1),
    };

    public static readonly Source AlbaniaAccession = new()
    {
        Title = "studiozunarelli.com; kiwix copy of Wikipedia \"Accession of Albania\" (2018); multimedia.europarl.europa.eu EU–Albania",
    };

    public static readonly Source AlbaniaCouncilConclusions2014 = new()
    {
        Title = "Council conclusions on Albania, Luxembourg, 24 June 2014 (smarkos.blogspot.com copy)",
        AsOf = new LocalDate(2014, 6, 24),
    };

    public static readonly Source AgenceEurope20140627 = new()
    {
        Title = "agenceurope.eu, 27/06/2014: European Council endorses candidate status for Albania",
        AsOf = new LocalDate(2014, 6, 27),
    };

    public static readonly Source MichelStatement20220719 = new()
    {
        Title = "america-times.com: statement by President Michel, 19 July 2022 (first intergovernmental conferences with Albania and North Macedonia)",
        AsOf = new LocalDate(2022, 7, 19),
    };

    public static readonly Source BosniaAccession = new()
    {
        Title = "anews.com.tr (2024-03-21); diplomatie.gouv.fr; babel.ua",
        AsOf = new LocalDate(2024, 3, 21),
    };

    public static readonly Source MontenegroAccession = new()
    {
        Title = "monstat.org; eu.me chronology; arhiva.skupstina.me; neighbourhood-enlargement.ec.europa.eu Montenegro page",
    };

    public static readonly Source NorthMacedoniaAccession = new()
    {
        Title = "denederlandsegrondwet.nl (Commission opinion of 9 November 2005); avrupa.info.tr; eu.org.1300webski.com.au; absoluteastronomy.com; new.mia.mk (19 July 2022)",
    };

    public static readonly Source SerbiaAccession = new()
    {
        Title = "nspm.rs (Commission opinion); it.knowledgr.com; multimedia.europarl.europa.eu EU–Serbia; consilium.europa.eu highlight (December 2013)",
    };

    public static readonly Source EnlargementGlossary = new()
    {
        Title = "DG NEAR enlargement glossary; Illinois library guide on EU enlargement; commission.europa.eu \"Together EU\" page (exact days of the 1986, 1995 and 2004 enlargements)",
        Url = "https://neighbourhood-enlargement.ec.europa.eu/enlargement-policy/glossary/enlargement",
    };

    public static readonly Source SchengenEnlargement2025 = new()
    {
        Title = "polishnews.co.uk; centreforaviation.com; europeaninterest.eu; ansa.it (December 2024 / January 2025): Schengen area of 29 countries, Bulgaria and Romania air and sea borders 2024-03-31, land borders 2025-01-01",
        AsOf = new LocalDate(2025, 1, 1),
    };
}
