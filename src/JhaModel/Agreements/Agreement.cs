using JhaModel.Collections;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Agreements;

/// <summary>
/// An agreement — a treaty, an EU agreement with a third country, or an agency's cooperation instrument — with
/// its parties, its identifiers and its lifecycle as dated events, and the "status on date" queries over them.
/// </summary>
/// <remarks>
/// <para>
/// An event counts from the last day it may have happened (<see cref="Provenance.EventDate.Latest"/>), so a
/// status never claims more than the sources support.
/// </para>
/// <para>
/// A party is in force when its own entry-into-force event has happened; a party of a bilateral agreement with
/// no entry-into-force event of its own is in force when the agreement is.
/// </para>
/// </remarks>
public sealed partial record Agreement
{
    private readonly ValueList<Party> _parties = ValueList<Party>.Empty;
    private readonly ValueList<AgreementEvent> _events = ValueList<AgreementEvent>.Empty;
    private readonly ValueList<PartyEvent> _partyEvents = ValueList<PartyEvent>.Empty;
    private readonly ValueList<PartyStatement> _statements = ValueList<PartyStatement>.Empty;
    private readonly ValueList<IneligibleParty> _ineligibleParties = ValueList<IneligibleParty>.Empty;

    /// <summary>The stable identifier, e.g. <c>coe-cets-185</c>.</summary>
    public required AgreementId Id { get; init; }

    /// <summary>The kind, e.g. <see cref="AgreementKind.Readmission"/>.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>Bilateral (exactly two parties) or multilateral.</summary>
    public required AgreementForm Form { get; init; }

    /// <summary>The parties recorded, countries or organisations; no duplicates.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<Party> Parties
    {
        get => _parties;
        init => _parties = ValueList<Party>.From(value);
    }

    /// <summary>The organisation under whose auspices it was made (e.g. <c>coe</c>), if any.</summary>
    public OrganisationId? Framework { get; init; }

    /// <summary>The convention a protocol belongs to (CETS 189 and CETS 224 → CETS 185).</summary>
    public AgreementId? Parent { get; init; }

    /// <summary>The agreement of the previous generation this one follows (a Frontex new-generation status agreement → the first one).</summary>
    public AgreementId? Predecessor { get; init; }

    /// <summary>The published identifiers of the text, if any.</summary>
    public AgreementIdentifiers? Identifiers { get; init; }

    /// <summary>How entry into force for a later party is computed, for treaties that have such a rule (CETS 185).</summary>
    public EntryIntoForceRule? EntryIntoForceRule { get; init; }

    /// <summary>The events of the agreement as a whole, in chronological order.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<AgreementEvent> Events
    {
        get => _events;
        init => _events = ValueList<AgreementEvent>.From(value);
    }

    /// <summary>The events of each party (signature, consent, entry into force, …).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<PartyEvent> PartyEvents
    {
        get => _partyEvents;
        init => _partyEvents = ValueList<PartyEvent>.From(value);
    }

    /// <summary>The reservations and declarations of the parties.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<PartyStatement> Statements
    {
        get => _statements;
        init => _statements = ValueList<PartyStatement>.From(value);
    }

    /// <summary>Parties that cannot join, and why (Kosovo* for Council of Europe treaties).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<IneligibleParty> IneligibleParties
    {
        get => _ineligibleParties;
        init => _ineligibleParties = ValueList<IneligibleParty>.From(value);
    }

    /// <summary>
    /// What the recorded parties and party events cover (all parties as of a date, or some); <see langword="null"/>
    /// when the record does not say, which for a multilateral agreement leaves unlisted parties unknown.
    /// </summary>
    public PartyListCoverage? PartyList { get; init; }

    /// <summary>The status of the agreement as a whole at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>
    /// Terminated, superseded, in force, consent expressed (by some party), signed (or opened for signature), or not
    /// signed; <see cref="AgreementStatus.Unknown"/> when the data cannot decide (<see cref="ExplainStatusOn(LocalDate)"/>).
    /// </returns>
    public AgreementStatus StatusOn(LocalDate date) => ExplainStatusOn(date).Value;

    /// <summary>The status of one party at the end of <paramref name="date"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>
    /// Not eligible; terminated (the agreement ended); denounced; in force; provisionally applied; consent
    /// expressed; signed; or not signed — the furthest step certainly reached by that date; <see cref="AgreementStatus.Unknown"/>
    /// when the data cannot decide (<see cref="ExplainStatusOn(Party, LocalDate)"/>).
    /// </returns>
    public AgreementStatus StatusOn(Party party, LocalDate date) => ExplainStatusOn(party, date).Value;

    /// <summary>Whether <paramref name="party"/> is bound on <paramref name="date"/>: in force for it, or applied provisionally.</summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> when bound.</returns>
    public bool Binds(Party party, LocalDate date) => StatusOn(party, date) is AgreementStatus.InForce or AgreementStatus.ProvisionallyApplied;

    /// <summary>The parties bound at the end of <paramref name="date"/> (in force or provisionally applied), in party order.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The bound parties.</returns>
    /// <remarks>The list may be partial: <see cref="ExplainPartiesBoundOn"/> says whether it is, and which parties are undecided.</remarks>
    public IReadOnlyList<Party> PartiesBoundOn(LocalDate date) => [.. _parties.Where(p => Binds(p, date)).Order()];

    /// <summary>The first agreement-level event of <paramref name="kind"/>, if recorded.</summary>
    /// <param name="kind">The kind of event.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public AgreementEvent? EventOf(AgreementEventKind kind) => _events.FirstOrDefault(e => e is not null && e.Kind == kind);
}
