using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <content>The sources of the agreements area.</content>
internal static partial class ReferenceSources
{
    public static readonly Source ReadmissionAlbania = new()
    {
        Title = "Official Journal texts of Council Decisions 2005/371/EC and 2005/809/EC (dataverse.harvard.edu); eumonitor.eu; nosdeputes.fr (entry into force on 1 May 2006)",
    };

    public static readonly Source OjL334Of2007 = new()
    {
        Title = "Official Journal L 334 of 19 December 2007, contents: Council Decisions of 8 November 2007 concluding the readmission agreements with the former Yugoslav Republic of Macedonia, Montenegro, Serbia and Bosnia and Herzegovina",
        Url = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L:2007:334:FULL",
        AsOf = new LocalDate(2007, 12, 19),
    };

    public static readonly Source ReadmissionSerbiaRatification = new()
    {
        Title = "Serbian law ratifying the EU–Serbia readmission agreement (lawinsider copy: \"potpisan 18. septembra 2007. godine u Briselu\"); romarights.wordpress.com",
    };

    public static readonly Source OeilReadmission2007 = new()
    {
        Title = "European Parliament Legislative Observatory, procedures 2007/0147(CNS) and 2007/0142(CNS); eu.me chronology",
    };

    public static readonly Source CoeCets185Chart2015 = new()
    {
        Title = "Council of Europe Treaty Office, chart of signatures and ratifications of Treaty 185 (status as of 03/12/2015; and conventions.coe.int chart, status as of 18/6/2004)",
        Url = "https://www.coe.int/en/web/conventions/full-list",
        AsOf = new LocalDate(2015, 12, 3),
    };

    public static readonly Source EuCyberDirect = new()
    {
        Title = "eucyberdirect.eu country pages (ratification of the Budapest Convention by North Macedonia, Montenegro (2010) and Serbia; CETS 189 for Serbia)",
    };

    public static readonly Source CyberlawCets189 = new()
    {
        Title = "cyberlaw.org.uk (2008) and icannwiki: CETS 189 opened at Strasbourg on 28 January 2003, in force 1 March 2006; ratified by Albania, Bosnia and Herzegovina and \"the former Yugoslav Republic of Macedonia\" by April 2008",
        AsOf = new LocalDate(2008, 4, 30),
    };

    public static readonly Source Cets189Montenegro = new()
    {
        Title = "Council of Europe status of CETS 189 as of 25.01.2011 (zaki.ru copy): Montenegro's declarations, \"Period covered: 1/7/2010 –\"",
        AsOf = new LocalDate(2011, 1, 25),
    };

    public static readonly Source Cets224Verdragenbank = new()
    {
        Title = "Dutch treaty database, Second Additional Protocol to the Convention on Cybercrime (CETS 224)",
        Url = "https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html",
    };

    public static readonly Source CoeNews20240620 = new()
    {
        Title = "Council of Europe news, 20 June 2024: Second Additional Protocol opened for signature in Strasbourg on 12 May 2022; 44 signatures",
        AsOf = new LocalDate(2024, 6, 20),
    };

    public static readonly Source KosovoNotCoeMember = new()
    {
        Title = "JhaModel reference facts, Council of Europe treaties: Kosovo* is not a member state of the Council of Europe and cannot become a party to its treaties",
    };

    public static readonly Source EuropolAlbania2013 = new()
    {
        Title = "tiranatimes.com (\"TIRANA, Dec. 9 ... signed in The Hague on Monday\"); ANSA 2019 (\"accordo operativo nel dicembre 2013\"); setimes.com 31/12/13",
    };

    public static readonly Source EuropolBosnia2016 = new() { Title = "chinagate / Xinhua, 2016-08-24: signing announced for Sarajevo on 31 August 2016", AsOf = new LocalDate(2016, 8, 24) };

    public static readonly Source EuropolKosovo2020 = new()
    {
        Title = "gazetaexpress.com 27/07/2020; mfa-ks.net; parlementairemonitor.nl (Croatian Presidency, 12 June 2020): working arrangement approved by the Europol Management Board on 9–10 June 2020, effective on signature",
        AsOf = new LocalDate(2020, 7, 27),
    };

    public static readonly Source EuropolKosovo2022 = new() { Title = "agenzianova.com, 2022-02-11: \"the third agreement\" between Kosovo and Europol", AsOf = new LocalDate(2022, 2, 11) };

    public static readonly Source EuropolSerbia = new() { Title = "kurir.rs (2025-09-24); telegraf.rs; rts.rs", AsOf = new LocalDate(2025, 9, 24) };

    public static readonly Source EurojustNorthMacedonia = new()
    {
        Title = "berthub.eu (Council document 15152/08: draft sent to the Council on 2008-11-04, JHA Council of 27–28 November 2008); cde.ual.es (\"Macedonia del Norte (2008)\")",
    };

    public static readonly Source EurojustMontenegro = new() { Title = "gov.me; cilc.nl; senat.me: cooperation agreement signed in Brussels on 3 May 2016" };

    public static readonly Source EurojustAlbania = new()
    {
        Title = "cde.ual.es; ocnal.com (2018-10): cooperation agreement signed in Tirana on 5 October 2018; entry into force on 1 November (year given by context)",
    };

    public static readonly Source EurojustSerbia = new() { Title = "comite-bron-grimma.net (a weak source)" };

    public static readonly Source EurojustBosnia = new()
    {
        Title = "lexaris.io (Council Decision (EU) 2025/866); eeas.eu.com; agenceurope.eu; EUR-Lex COM(2024) 298: Council Decision (EU) 2024/2704 on signing, signed in Budva on 28 October 2024; European Parliament consent 2 April 2025; conclusion 14 April 2025",
    };

    public static readonly Source FrontexStatusSummary = new()
    {
        Title = "EUR-Lex summary \"Frontex status agreements with non-EU countries\"; pubaffairsbruxelles.eu",
    };

    public static readonly Source FrontexAlbania = new() { Title = "newsandsociety.net; scdt.ca; pubaffairsbruxelles.eu; EUR-Lex summary \"Frontex status agreements with non-EU countries\"" };

    public static readonly Source FrontexMontenegro = new() { Title = "evropskakuca.me; ieu-monitoring.com; EUR-Lex summary \"Frontex status agreements with non-EU countries\"" };
}
