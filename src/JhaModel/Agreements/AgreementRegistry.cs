using System.Diagnostics.CodeAnalysis;
using JhaModel.Organisations;
using JhaModel.ReferenceData;
using NodaTime;

namespace JhaModel.Agreements;

/// <summary>
/// The embedded agreements of the Western Balkans six — the EU readmission agreements, the Council of Europe
/// cybercrime treaties (CETS 185, 189, 224), the Europol and Eurojust instruments and the Frontex status
/// agreements of both generations — and queries across them: shorthand for <see cref="JhaDataset.Default"/>'s
/// <see cref="JhaDataset.Agreements"/>.
/// </summary>
/// <remarks>All members are thread-safe; the dataset is loaded once, on first use.</remarks>
public static class AgreementRegistry
{
    private static AgreementCatalogue Entries => JhaDataset.Default.Agreements;

    /// <summary>Every embedded agreement.</summary>
    public static IReadOnlyList<Agreement> All => Entries.All;

    /// <summary>Finds an embedded agreement by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="agreement">The agreement, or <see langword="null"/>.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGet(AgreementId id, [NotNullWhen(true)] out Agreement? agreement) => Entries.TryGet(id, out agreement);

    /// <summary>Gets an embedded agreement by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="KeyNotFoundException">No embedded agreement has that identifier.</exception>
    public static Agreement Get(AgreementId id) =>
        TryGet(id, out var agreement) ? agreement : throw new KeyNotFoundException($"No embedded agreement has the identifier '{id}'.");

    /// <summary>Gets an embedded agreement by identifier text.</summary>
    /// <param name="id">The identifier, e.g. <c>coe-cets-185</c>.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not an identifier.</exception>
    /// <exception cref="KeyNotFoundException">No embedded agreement has that identifier.</exception>
    public static Agreement Get(string id) => Get(AgreementId.Parse(id));

    /// <summary>The embedded agreements that bind both parties at the end of <paramref name="date"/>.</summary>
    /// <param name="first">One party, e.g. the EU or Europol.</param>
    /// <param name="second">The other party, e.g. a country.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The agreements in force (or provisionally applied) for both, in identifier order.</returns>
    public static IReadOnlyList<Agreement> BindingOn(Party first, Party second, LocalDate date) =>
        Entries.BindingOn(first, second, date);

    /// <summary>The embedded agreements that bind <paramref name="country"/> together with any EU body — the EU itself or one of its agencies — at the end of <paramref name="date"/>.</summary>
    /// <param name="country">The country party.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The agreements, in identifier order.</returns>
    public static IReadOnlyList<Agreement> BindingWithEuOn(Party country, LocalDate date) =>
        Entries.BindingWithEuOn(country, date);

    /// <summary>The embedded agreements that follow <paramref name="id"/> as its next generation.</summary>
    /// <param name="id">The earlier agreement.</param>
    /// <returns>The successors, in identifier order.</returns>
    public static IReadOnlyList<Agreement> SuccessorsOf(AgreementId id) => Entries.SuccessorsOf(id);

    /// <summary>The embedded protocols of the convention <paramref name="id"/>.</summary>
    /// <param name="id">The convention.</param>
    /// <returns>The protocols, in identifier order.</returns>
    public static IReadOnlyList<Agreement> ProtocolsOf(AgreementId id) => Entries.ProtocolsOf(id);
}
