using System.Diagnostics.CodeAnalysis;
using JhaModel.ReferenceData;

namespace JhaModel.Organisations;

/// <summary>
/// The organisations of the embedded reference dataset, and lookups by identifier or acronym: shorthand for
/// <see cref="JhaDataset.Default"/>'s <see cref="JhaDataset.Organisations"/>.
/// </summary>
public static class OrganisationRegistry
{
    /// <summary>Every embedded organisation.</summary>
    public static IReadOnlyList<Organisation> All => JhaDataset.Default.Organisations.All;

    /// <summary>Finds an embedded organisation by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organisation">The organisation, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGet(OrganisationId id, [NotNullWhen(true)] out Organisation? organisation) =>
        JhaDataset.Default.Organisations.TryGet(id, out organisation);

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
    public static bool TryFind([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Organisation? organisation) =>
        JhaDataset.Default.Organisations.TryFind(text, out organisation);
}
