using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Agreements;

/// <summary>
/// What an agreement's recorded parties and party events cover: all of them as of a date, or some of them, with the
/// number of parties the source gives. CETS 185 records 8 of the 75 parties the Council of Europe counted on 2024-06-20.
/// </summary>
/// <remarks>
/// Without it, a multilateral agreement's party list says nothing about a party it does not list, so its status
/// for that party is unknown; a bilateral agreement's two parties are its whole list.
/// </remarks>
public sealed record PartyListCoverage : ISourcedFact
{
    /// <summary>Whether the list is complete or partial.</summary>
    public required ListCompleteness Completeness { get; init; }

    /// <summary>The date the list and the count describe.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The number of parties the source gives on <see cref="AsOf"/>, e.g. <c>75</c>; <see langword="null"/> when it gives none.</summary>
    public int? PartiesPerSource { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
