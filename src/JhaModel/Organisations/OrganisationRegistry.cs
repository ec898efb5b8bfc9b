using System.Diagnostics.CodeAnalysis;

namespace JhaModel.Organisations;

/// <summary>The organisations embedded in JhaModel, and lookups by identifier or acronym.</summary>
public static class OrganisationRegistry
{
    private static readonly Organisation[] Entries =
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

    /// <summary>Every embedded organisation.</summary>
    public static IReadOnlyList<Organisation> All => Entries;

    /// <summary>Finds an embedded organisation by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organisation">The organisation, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGet(OrganisationId id, [NotNullWhen(true)] out Organisation? organisation)
    {
        organisation = Array.Find(Entries, o => o.Id == id);
        return organisation is not null;
    }

    /// <summary>Gets an embedded organisation by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="KeyNotFoundException">No embedded organisation has that identifier.</exception>
    public static Organisation Get(OrganisationId id) =>
        TryGet(id, out var organisation) ? organisation : throw new KeyNotFoundException($"No embedded organisation has the identifier '{id}'.");

    /// <summary>Finds an embedded organisation by identifier, name or current or former acronym, case-insensitively (e.g. <c>EMCDDA</c> finds EUDA).</summary>
    /// <param name="text">The identifier, name or acronym.</param>
    /// <param name="organisation">The organisation, or <see langword="null"/> when none matches.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFind([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Organisation? organisation)
    {
        organisation = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var candidate in Entries)
        {
            if (string.Equals(candidate.Id.ToString(), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Name, text, StringComparison.OrdinalIgnoreCase)
                || candidate.FormerAcronyms.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)))
            {
                organisation = candidate;
                return true;
            }
        }

        return false;
    }
}
