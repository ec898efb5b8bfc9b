using System.Diagnostics.CodeAnalysis;

namespace JhaModel.Organisations;

/// <summary>
/// The organisations of one <see cref="ReferenceData.JhaDataset"/>, and lookups by identifier or acronym.
/// <see cref="OrganisationRegistry"/> answers the same questions from <see cref="ReferenceData.JhaDataset.Default"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OrganisationCatalogue
{
    private readonly Organisation[] _entries;

    internal OrganisationCatalogue(IEnumerable<Organisation> entries) => _entries = [.. entries];

    /// <summary>Every organisation, in the order of the dataset.</summary>
    public IReadOnlyList<Organisation> All => _entries;

    /// <summary>Finds an organisation by identifier. Never throws.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organisation">The organisation, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryGet(OrganisationId id, [NotNullWhen(true)] out Organisation? organisation)
    {
        // A loop, not a lambda: the validators' fast path looks organisations up through here and allocates nothing.
        foreach (var candidate in _entries)
        {
            if (candidate.Id == id)
            {
                organisation = candidate;
                return true;
            }
        }

        organisation = null;
        return false;
    }

    /// <summary>Gets an organisation by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="KeyNotFoundException">No organisation of the dataset has that identifier.</exception>
    public Organisation Get(OrganisationId id) =>
        TryGet(id, out var organisation) ? organisation : throw new KeyNotFoundException($"No organisation of the dataset has the identifier '{id}'.");

    /// <summary>Finds an organisation by identifier, name or current or former acronym, case-insensitively (e.g. <c>EMCDDA</c> finds EUDA). Never throws.</summary>
    /// <param name="text">The identifier, name or acronym.</param>
    /// <param name="organisation">The organisation, or <see langword="null"/> when none matches.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryFind([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Organisation? organisation)
    {
        organisation = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var candidate in _entries)
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

    /// <summary>Whether <paramref name="id"/> is the EU itself or one of its agencies (an organisation whose parent is the EU).</summary>
    /// <param name="id">The organisation.</param>
    /// <returns>Whether it is an EU body.</returns>
    public bool IsEuBody(OrganisationId id) =>
        id == OrganisationId.EuropeanUnion || (TryGet(id, out var organisation) && organisation.Parent == OrganisationId.EuropeanUnion);
}
