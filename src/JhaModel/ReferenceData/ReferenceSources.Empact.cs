using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <content>The sources of the EMPACT facts.</content>
internal static partial class ReferenceSources
{
    public static readonly Source EmpactPriorities2018To2021 = new()
    {
        Title = "notesdeseguretat.blog.gencat.cat; Europol FAQ: the Justice and Home Affairs Council of 18 May 2017 adopted the EU crime priorities of the 2018–2021 EU Policy Cycle",
        AsOf = new LocalDate(2017, 5, 18),
    };

    public static readonly Source Socta2017Basis = new()
    {
        Title = "COPOLAD publication page on a Europol report: \"The Justice and Home Affairs Council defined its priorities for 2018-2021 based on Europol's Serious and Organised Crime Threat Assessment (SOCTA), released in March 2017\"",
        Url = "https://fase2.copolad.eu/about_en/publicacion/1191",
    };

    public static readonly Source EmpactPriorities2022To2025 = new()
    {
        Title = "eucrim.eu (6 July 2021); pubaffairsbruxelles.eu; urdupoint.com: Council conclusions of 26 May 2021 setting the EU priorities for the fight against serious and organised crime for EMPACT 2022–2025, based on the EU SOCTA 2021",
        AsOf = new LocalDate(2021, 7, 6),
    };

    public static readonly Source EmpactPriorities2026To2029 = new()
    {
        Title = "Council press release of 13 June 2025 (reproduced on politikinewsaaa.blogspot.com); eucrim.eu (1 August 2025); noerr.com: the Justice and Home Affairs Council approved the EMPACT priorities 2026–2029, based on the EU SOCTA 2025",
        AsOf = new LocalDate(2025, 8, 1),
    };

    public static readonly Source EmpactResults2018To2021 = new()
    {
        Title = "Council background note on EMPACT (reflectiigeopolitice.ro copy): results of EMPACT 2018–2021",
    };
}
