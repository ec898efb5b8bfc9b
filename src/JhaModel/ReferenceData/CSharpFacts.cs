using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Statistics;

namespace JhaModel.ReferenceData;

/// <summary>The reference facts as C# code, kept while the data files take their place so that both can be compared.</summary>
internal static class CSharpFacts
{
    public static Organisation[] Organisations() =>
    [
        new() { Id = OrganisationId.EuropeanUnion, Name = "European Union", Kind = OrganisationKind.Union },
        new() { Id = OrganisationId.Europol, Name = "Europol", Kind = OrganisationKind.EuAgency, Parent = OrganisationId.EuropeanUnion },
        new() { Id = OrganisationId.Eurojust, Name = "Eurojust", Kind = OrganisationKind.EuAgency, Parent = OrganisationId.EuropeanUnion },
        new() { Id = OrganisationId.Frontex, Name = "Frontex", Kind = OrganisationKind.EuAgency, Parent = OrganisationId.EuropeanUnion },
        new() { Id = OrganisationId.Cepol, Name = "CEPOL", Kind = OrganisationKind.EuAgency, Parent = OrganisationId.EuropeanUnion },
        new() { Id = OrganisationId.Euda, Name = "EUDA", Kind = OrganisationKind.EuAgency, Parent = OrganisationId.EuropeanUnion, FormerAcronyms = ["EMCDDA"] },
        new() { Id = OrganisationId.CouncilOfEurope, Name = "Council of Europe", Kind = OrganisationKind.InternationalOrganisation },
        new() { Id = OrganisationId.UnitedNations, Name = "United Nations", Kind = OrganisationKind.InternationalOrganisation },
    ];

    public static Country[] Countries()
    {
        var table = IsoCountryTable.Entries;
        var countries = new Country[table.Length];
        for (int i = 0; i < table.Length; i++)
        {
            var entry = table[i];
            countries[i] = new Country
            {
                Code = new CountryCode((short)(i + 1)),
                ShortName = entry.Name,
                OfficialName = entry.OfficialName,
                CommonName = entry.CommonName,
                Designation = CountryFacts.DesignationOf(entry.Alpha2),
                FormerNames = CountryFacts.FormerNamesOf(entry.Alpha2),
                EuRelationship = new EuRelationshipTimeline { Events = CountryFacts.EuEventsOf(entry.Alpha2) },
            };
        }

        return countries;
    }

    public static Agreement[] Agreements() => AgreementFacts.All();

    public static PolicyCycle[] Cycles() => EmpactFacts.Build();

    public static CaseStatisticSet Statistics() => new() { Statistics = StatisticsFacts.Statistics(), Rankings = StatisticsFacts.Rankings() };
}
