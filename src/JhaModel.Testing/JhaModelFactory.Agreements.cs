using JhaModel.Agreements;
using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Testing;

/// <content>Builders of the agreements area.</content>
public static partial class JhaModelFactory
{
    /// <summary>
    /// An agreement: the embedded entry of <paramref name="id"/> if there is one, otherwise the EU–Albania
    /// readmission agreement (bilateral, signed, concluded and in force), with the given members replaced.
    /// </summary>
    /// <param name="id">The identifier; an embedded one selects its entry as the base.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="title">The title.</param>
    /// <param name="form">Bilateral or multilateral.</param>
    /// <param name="parties">The parties.</param>
    /// <param name="framework">The organisation under whose framework it was concluded.</param>
    /// <param name="parent">The agreement it supplements.</param>
    /// <param name="predecessor">The agreement it replaces.</param>
    /// <param name="identifiers">The official identifiers.</param>
    /// <param name="entryIntoForceRule">The rule for each party's entry into force.</param>
    /// <param name="events">The agreement-level events.</param>
    /// <param name="partyEvents">The events of each party.</param>
    /// <param name="statements">The reservations and declarations.</param>
    /// <param name="ineligibleParties">The parties that cannot join.</param>
    /// <param name="partyList">What the recorded parties cover.</param>
    /// <returns>The agreement.</returns>
    public static Agreement Agreement(
        AgreementId? id = null,
        AgreementKind? kind = null,
        string? title = null,
        AgreementForm? form = null,
        IReadOnlyList<Party>? parties = null,
        OrganisationId? framework = null,
        AgreementId? parent = null,
        AgreementId? predecessor = null,
        AgreementIdentifiers? identifiers = null,
        EntryIntoForceRule? entryIntoForceRule = null,
        IReadOnlyList<AgreementEvent>? events = null,
        IReadOnlyList<PartyEvent>? partyEvents = null,
        IReadOnlyList<PartyStatement>? statements = null,
        IReadOnlyList<IneligibleParty>? ineligibleParties = null,
        PartyListCoverage? partyList = null)
    {
        var d = id is { } i && AgreementRegistry.TryGet(i, out var entry) ? entry : Defaults.Agreement;
        return new Agreement
        {
            Id = id ?? d.Id,
            Kind = kind ?? d.Kind,
            Title = title ?? d.Title,
            Form = form ?? d.Form,
            Parties = parties ?? d.Parties,
            Framework = framework ?? d.Framework,
            Parent = parent ?? d.Parent,
            Predecessor = predecessor ?? d.Predecessor,
            Identifiers = identifiers ?? d.Identifiers,
            EntryIntoForceRule = entryIntoForceRule ?? d.EntryIntoForceRule,
            Events = events ?? d.Events,
            PartyEvents = partyEvents ?? d.PartyEvents,
            Statements = statements ?? d.Statements,
            IneligibleParties = ineligibleParties ?? d.IneligibleParties,
            PartyList = partyList ?? d.PartyList,
        };
    }

    /// <summary>What an agreement's party list covers, by default a partial list of 75 parties as of 2024-06-20 (CETS 185, Council of Europe).</summary>
    /// <param name="completeness">Complete or partial.</param>
    /// <param name="asOf">The date the list describes.</param>
    /// <param name="partiesPerSource">The number of parties the source gives.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The coverage.</returns>
    public static PartyListCoverage PartyListCoverage(
        ListCompleteness? completeness = null,
        NodaTime.LocalDate? asOf = null,
        int? partiesPerSource = null,
        Source? source = null,
        Confidence? confidence = null) => new()
        {
            Completeness = completeness ?? ListCompleteness.Partial,
            AsOf = asOf ?? new NodaTime.LocalDate(2024, 6, 20),
            PartiesPerSource = partiesPerSource ?? 75,
            Source = source ?? new Source { Title = "Council of Europe, news of 20 June 2024 on the Convention on Cybercrime", AsOf = new NodaTime.LocalDate(2024, 6, 20) },
            Confidence = confidence ?? Provenance.Confidence.Verified,
        };

    /// <summary>An agreement-level event, by default the Council decision concluding the EU–Albania readmission agreement.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="date">The date.</param>
    /// <param name="decisionReference">The reference of the Council decision.</param>
    /// <param name="officialJournal">The Official Journal reference.</param>
    /// <param name="celex">The CELEX number.</param>
    /// <param name="place">The place.</param>
    /// <param name="note">A note.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The event.</returns>
    public static AgreementEvent AgreementEvent(
        AgreementEventKind? kind = null,
        EventDate? date = null,
        string? decisionReference = null,
        string? officialJournal = null,
        string? celex = null,
        string? place = null,
        string? note = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = Defaults.Agreement.EventOf(AgreementEventKind.CouncilDecisionOnConclusion)!;
        return new AgreementEvent
        {
            Kind = kind ?? d.Kind,
            Date = date ?? d.Date,
            DecisionReference = decisionReference ?? d.DecisionReference,
            OfficialJournal = officialJournal ?? d.OfficialJournal,
            Celex = celex ?? d.Celex,
            Place = place ?? d.Place,
            Note = note ?? d.Note,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A party event, by default the European Union's signature of the EU–Albania readmission agreement.</summary>
    /// <param name="party">The party.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="date">The date.</param>
    /// <param name="consentForm">The form of a consent to be bound.</param>
    /// <param name="actingAs">The capacity the party acted in.</param>
    /// <param name="note">A note.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The event.</returns>
    public static PartyEvent PartyEvent(
        Party? party = null,
        PartyEventKind? kind = null,
        EventDate? date = null,
        ConsentForm? consentForm = null,
        string? actingAs = null,
        string? note = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = Defaults.Agreement.PartyEvents[0];
        return new PartyEvent
        {
            Party = party ?? d.Party,
            Kind = kind ?? d.Kind,
            Date = date ?? d.Date,
            ConsentForm = consentForm ?? d.ConsentForm,
            ActingAs = actingAs ?? d.ActingAs,
            Note = note ?? d.Note,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>
    /// A reservation or declaration, by default a declaration by the first party of the Convention on Cybercrime
    /// designating its central authority, valid from its ratification.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="kind">Reservation or declaration.</param>
    /// <param name="summary">What it says.</param>
    /// <param name="validFrom">When it took effect.</param>
    /// <param name="validUntil">When it was withdrawn.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The statement.</returns>
    public static PartyStatement PartyStatement(
        Party? party = null,
        StatementKind? kind = null,
        string? summary = null,
        EventDate? validFrom = null,
        EventDate? validUntil = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var consent = Defaults.Convention.PartyEvents.First(e => e.Kind == PartyEventKind.ConsentToBeBound);
        return new PartyStatement
        {
            Party = party ?? consent.Party,
            Kind = kind ?? StatementKind.Declaration,
            Summary = summary ?? "Designates the central authority responsible for sending and answering requests for mutual assistance.",
            ValidFrom = validFrom ?? consent.Date,
            ValidUntil = validUntil,
            Source = source ?? consent.Source,
            Confidence = confidence ?? consent.Confidence,
        };
    }

    /// <summary>A party that cannot join, by default Kosovo under the Convention on Cybercrime.</summary>
    /// <param name="party">The party.</param>
    /// <param name="reason">Why it cannot join.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The ineligible party.</returns>
    public static IneligibleParty IneligibleParty(Party? party = null, string? reason = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.Convention.IneligibleParties[0];
        return new IneligibleParty
        {
            Party = party ?? d.Party,
            Reason = reason ?? d.Reason,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>Official identifiers, by default those of the EU–Albania readmission agreement.</summary>
    /// <param name="cets">The Council of Europe treaty number.</param>
    /// <param name="celex">The CELEX number.</param>
    /// <param name="eli">The European Legislation Identifier.</param>
    /// <param name="officialJournal">The Official Journal reference.</param>
    /// <returns>The identifiers.</returns>
    public static AgreementIdentifiers AgreementIdentifiers(CoeTreatyNumber? cets = null, string? celex = null, string? eli = null, string? officialJournal = null)
    {
        var d = Defaults.Agreement.Identifiers!;
        return new AgreementIdentifiers
        {
            Cets = cets ?? d.Cets,
            Celex = celex ?? d.Celex,
            Eli = eli ?? d.Eli,
            OfficialJournal = officialJournal ?? d.OfficialJournal,
        };
    }

    /// <summary>An entry-into-force rule, by default the Council of Europe's three months after consent.</summary>
    /// <param name="monthsAfterConsent">The whole months that must pass after a party's consent.</param>
    /// <returns>The rule.</returns>
    public static EntryIntoForceRule EntryIntoForceRule(int? monthsAfterConsent = null) =>
        new() { MonthsAfterConsent = monthsAfterConsent ?? Agreements.EntryIntoForceRule.CouncilOfEuropeThreeMonths.MonthsAfterConsent };
}
