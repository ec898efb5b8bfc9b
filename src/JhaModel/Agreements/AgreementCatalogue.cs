using System.Diagnostics.CodeAnalysis;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Agreements;

/// <summary>
/// The agreements of one <see cref="ReferenceData.JhaDataset"/>, and queries across them.
/// <see cref="AgreementRegistry"/> answers the same questions from <see cref="ReferenceData.JhaDataset.Default"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AgreementCatalogue
{
    private readonly Agreement[] _entries;
    private readonly OrganisationCatalogue _organisations;

    internal AgreementCatalogue(IEnumerable<Agreement> entries, OrganisationCatalogue organisations)
    {
        _entries = [.. entries];
        _organisations = organisations;
    }

    /// <summary>Every agreement, in the order of the dataset.</summary>
    public IReadOnlyList<Agreement> All => _entries;

    /// <summary>Finds an agreement by identifier. Never throws.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="agreement">The agreement, or <see langword="null"/>.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryGet(AgreementId id, [NotNullWhen(true)] out Agreement? agreement)
    {
        // A loop, not a lambda: the validators' fast path resolves parents through here and allocates nothing.
        foreach (var candidate in _entries)
        {
            if (candidate.Id == id)
            {
                agreement = candidate;
                return true;
            }
        }

        agreement = null;
        return false;
    }

    /// <summary>Gets an agreement by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="KeyNotFoundException">No agreement of the dataset has that identifier.</exception>
    public Agreement Get(AgreementId id) =>
        TryGet(id, out var agreement) ? agreement : throw new KeyNotFoundException($"No agreement of the dataset has the identifier '{id}'.");

    /// <summary>Gets an agreement by identifier text.</summary>
    /// <param name="id">The identifier, e.g. <c>coe-cets-185</c>.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not an identifier.</exception>
    /// <exception cref="KeyNotFoundException">No agreement of the dataset has that identifier.</exception>
    public Agreement Get(string id) => Get(AgreementId.Parse(id));

    /// <summary>The agreements that bind both parties at the end of <paramref name="date"/>.</summary>
    /// <param name="first">One party, e.g. the EU or Europol.</param>
    /// <param name="second">The other party, e.g. a country.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The agreements in force (or provisionally applied) for both, in identifier order.</returns>
    public IReadOnlyList<Agreement> BindingOn(Party first, Party second, LocalDate date) =>
        [.. _entries.Where(a => a.Binds(first, date) && a.Binds(second, date)).OrderBy(a => a.Id)];

    /// <summary>The agreements that bind <paramref name="country"/> together with any EU body — the EU itself or one of its agencies in the dataset — at the end of <paramref name="date"/>.</summary>
    /// <param name="country">The country party.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The agreements, in identifier order.</returns>
    public IReadOnlyList<Agreement> BindingWithEuOn(Party country, LocalDate date) =>
        [.. _entries
            .Where(a => a.Binds(country, date) && a.Parties.Any(p => p.Organisation is { } o && _organisations.IsEuBody(o) && a.Binds(p, date)))
            .OrderBy(a => a.Id)];

    /// <summary>The agreements that follow <paramref name="id"/> as its next generation.</summary>
    /// <param name="id">The earlier agreement.</param>
    /// <returns>The successors, in identifier order.</returns>
    public IReadOnlyList<Agreement> SuccessorsOf(AgreementId id) => [.. _entries.Where(a => a.Predecessor == id).OrderBy(a => a.Id)];

    /// <summary>The protocols of the convention <paramref name="id"/>.</summary>
    /// <param name="id">The convention.</param>
    /// <returns>The protocols, in identifier order.</returns>
    public IReadOnlyList<Agreement> ProtocolsOf(AgreementId id) => [.. _entries.Where(a => a.Parent == id).OrderBy(a => a.Id)];

    internal Agreement? Resolve(AgreementId id) => TryGet(id, out var agreement) ? agreement : null;
}
