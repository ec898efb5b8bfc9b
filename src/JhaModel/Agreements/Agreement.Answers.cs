using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Serialization;
using NodaTime;

namespace JhaModel.Agreements;

/// <summary>The status queries with the facts they rest on.</summary>
public sealed partial record Agreement
{
    /// <summary>The status of the agreement as a whole at the end of <paramref name="date"/>, from every recorded fact, with the facts it rests on.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The answer; see <see cref="ExplainStatusOn(LocalDate, FactFilter)"/>.</returns>
    public Answer<AgreementStatus> ExplainStatusOn(LocalDate date) => ExplainStatusOn(date, FactFilter.All);

    /// <summary>The status of one party at the end of <paramref name="date"/>, from every recorded fact, with the facts it rests on.</summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The answer; see <see cref="ExplainStatusOn(Party, LocalDate, FactFilter)"/>.</returns>
    public Answer<AgreementStatus> ExplainStatusOn(Party party, LocalDate date) => ExplainStatusOn(party, date, FactFilter.All);

    /// <summary>
    /// The status of the agreement as a whole at the end of <paramref name="date"/>, with the facts it rests on and
    /// whether they decide it.
    /// </summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all, or verified ones alone.</param>
    /// <returns>
    /// The answer (as <see cref="StatusOn(LocalDate)"/>): <see cref="AnswerKind.Unknown"/> when a step that would change it
    /// may or may not have been taken by the date; <see cref="AnswerKind.Inferred"/> when it rests on a fact that is not
    /// verified, or says a step was not taken only because none is recorded.
    /// </returns>
    public Answer<AgreementStatus> ExplainStatusOn(LocalDate date, FactFilter facts)
    {
        bool verifiedOnly = facts == FactFilter.VerifiedOnly;
        var coverage = Coverage(verifiedOnly);
        var events = AgreementFacts(verifiedOnly);
        var partyEvents = PartyFacts(verifiedOnly, party: null);
        Step[] ladder =
        [
            new(AgreementStatus.Terminated, [.. events.Where(f => f.Kind == AgreementEventKind.Terminated).Select(f => f.Fact)]),
            new(AgreementStatus.Superseded, [.. events.Where(f => f.Kind == AgreementEventKind.Superseded).Select(f => f.Fact)]),
            new(AgreementStatus.InForce, [.. events.Where(f => f.Kind == AgreementEventKind.EntryIntoForce).Select(f => f.Fact)]),
            new(AgreementStatus.ProvisionallyApplied, [.. partyEvents.Where(f => f.Kind == PartyEventKind.ProvisionalApplication).Select(f => f.Fact)]),
            new(AgreementStatus.ConsentExpressed, [.. partyEvents.Where(f => f.Kind == PartyEventKind.ConsentToBeBound).Select(f => f.Fact)]),
            new(AgreementStatus.Signed,
            [
                .. partyEvents.Where(f => f.Kind == PartyEventKind.Signature).Select(f => f.Fact),
                .. events.Where(f => f.Kind == AgreementEventKind.OpenedForSignature).Select(f => f.Fact),
            ]),
        ];

        if (Climb(ladder, date) is { } climbed)
        {
            return UnlessComplete(climbed, coverage, date, "the agreement");
        }

        // No step taken by the date: not signed, shown by a recorded step that came later.
        var later = events.Select(f => f.Fact).Concat(partyEvents.Select(f => f.Fact)).OrderBy(f => f.Date!.Value.Latest).FirstOrDefault();
        return later is not null
            ? NotSignedShownBy(later, coverage, date)
            : IsComplete(coverage, date) ? new Answer<AgreementStatus> { Value = AgreementStatus.NotSigned, Kind = AnswerKind.Known, Basis = [CoverageEvidence(coverage!)] }
            : Inferred(AgreementStatus.NotSigned, [], "no event of the agreement is recorded");
    }

    /// <summary>
    /// The status of one party at the end of <paramref name="date"/>, with the facts it rests on and whether they decide it.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all, or verified ones alone.</param>
    /// <returns>
    /// The answer (as <see cref="StatusOn(Party, LocalDate)"/>). It is <see cref="AnswerKind.Unknown"/> when a step that
    /// would change it may or may not have been taken by the date; when the party is not listed and the list is not
    /// known to be complete (<see cref="PartyList"/>); or before a ratification whose signature is not recorded. It is
    /// <see cref="AnswerKind.Inferred"/> when it rests on a fact that is not verified, or says a step was not taken only
    /// because none is recorded.
    /// </returns>
    public Answer<AgreementStatus> ExplainStatusOn(Party party, LocalDate date, FactFilter facts)
    {
        bool verifiedOnly = facts == FactFilter.VerifiedOnly;
        var coverage = Coverage(verifiedOnly);
        if (_ineligibleParties.FirstOrDefault(p => p is not null && p.Party == party && Counts(p, verifiedOnly)) is { } ineligible)
        {
            var why = Evidence.Of($"{party} not eligible: {ineligible.Reason}", null, ineligible);
            return ineligible.Confidence == Confidence.Verified
                ? new Answer<AgreementStatus> { Value = AgreementStatus.NotEligible, Kind = AnswerKind.Known, Basis = [why] }
                : Inferred(AgreementStatus.NotEligible, [why], $"the ineligibility rests on a {Evidence.ConfidenceName(ineligible.Confidence)} fact");
        }

        var events = AgreementFacts(verifiedOnly);
        var own = PartyFacts(verifiedOnly, party);
        bool listed = _parties.Contains(party);
        bool ownEntryIntoForce = own.Exists(f => f.Kind == PartyEventKind.EntryIntoForce);
        Step[] ladder =
        [
            new(AgreementStatus.Terminated, [.. events.Where(f => f.Kind == AgreementEventKind.Terminated).Select(f => f.Fact)]),
            new(AgreementStatus.Denounced, [.. own.Where(f => f.Kind == PartyEventKind.Denunciation).Select(f => f.Fact)], Requires: 2),
            new(AgreementStatus.InForce, ownEntryIntoForce
                ? [.. own.Where(f => f.Kind == PartyEventKind.EntryIntoForce).Select(f => f.Fact)]
                : Form == AgreementForm.Bilateral && listed ? [.. events.Where(f => f.Kind == AgreementEventKind.EntryIntoForce).Select(f => f.Fact)] : [],
                Requires: 4),
            new(AgreementStatus.ProvisionallyApplied, [.. own.Where(f => f.Kind == PartyEventKind.ProvisionalApplication).Select(f => f.Fact)], Requires: 5),
            new(AgreementStatus.ConsentExpressed, [.. own.Where(f => f.Kind == PartyEventKind.ConsentToBeBound).Select(f => f.Fact)],
                Requires: own.Exists(f => f.Kind == PartyEventKind.ConsentToBeBound && f.Consent is not (ConsentForm.Accession or ConsentForm.Succession)) ? 5 : null),
            new(AgreementStatus.Signed, [.. own.Where(f => f.Kind == PartyEventKind.Signature).Select(f => f.Fact)], Requires: 6),
            new(AgreementStatus.NotSigned, [.. events.Where(f => f.Kind == AgreementEventKind.OpenedForSignature).Select(f => f.Fact)], Gate: true),
        ];

        if (Climb(ladder, date) is { } climbed)
        {
            return UnlessComplete(climbed, coverage, date, party.ToString());
        }

        // No step taken by the date. A step recorded later shows that none was taken before it.
        var first = own.OrderBy(f => f.Fact.Date!.Value.Latest).FirstOrDefault();
        if (first is not null)
        {
            bool needsSignature = first.Kind != PartyEventKind.Signature && first.Consent is not (ConsentForm.Accession or ConsentForm.Succession);
            return needsSignature && !own.Exists(f => f.Kind == PartyEventKind.Signature)
                ? Unknown([first.Fact], $"the {first.Fact.Fact} follows a signature whose date is not recorded")
                : NotSignedShownBy(first.Fact, coverage, date);
        }

        if (events.Where(f => f.Kind == AgreementEventKind.OpenedForSignature).Select(f => f.Fact).FirstOrDefault() is { } opened
            && !opened.Date!.Value.IsPossiblyOnOrBefore(date))
        {
            return NotYetOpen(opened);
        }

        if (!listed)
        {
            if (Form == AgreementForm.Bilateral || IsComplete(coverage, date))
            {
                return new Answer<AgreementStatus>
                {
                    Value = AgreementStatus.NotSigned,
                    Kind = AnswerKind.Known,
                    Basis = coverage is { } complete ? [CoverageEvidence(complete)] : [],
                };
            }

            return Unknown(coverage is { } partial ? [CoverageEvidence(partial)] : [], $"{party} is not among the recorded parties, and the party list is {CoverageWords(coverage)}");
        }

        return IsComplete(coverage, date)
            ? new Answer<AgreementStatus> { Value = AgreementStatus.NotSigned, Kind = AnswerKind.Known, Basis = [CoverageEvidence(coverage!)] }
            : Inferred(AgreementStatus.NotSigned, [], $"no event of {party} is recorded");
    }

    /// <summary>
    /// The parties bound at the end of <paramref name="date"/>, with the facts that bind them and whether the list is
    /// the whole answer.
    /// </summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all, or verified ones alone.</param>
    /// <returns>
    /// The parties certainly bound, in party order. <see cref="AnswerKind.Unknown"/> when the status of a listed party
    /// cannot be decided (the reason names them); <see cref="AnswerKind.Inferred"/> when the party list is partial or not
    /// said to be complete (the count is then a lower bound, and the reason gives the number of parties the source gives)
    /// or a party's answer is inferred; otherwise <see cref="AnswerKind.Known"/>.
    /// </returns>
    public Answer<IReadOnlyList<Party>> ExplainPartiesBoundOn(LocalDate date, FactFilter facts = FactFilter.All)
    {
        var answers = _parties.Order().Select(p => (Party: p, Answer: ExplainStatusOn(p, date, facts))).ToList();
        var bound = answers.Where(a => a.Answer.Value is AgreementStatus.InForce or AgreementStatus.ProvisionallyApplied).ToList();
        var basis = bound.SelectMany(a => a.Answer.Basis.Take(1)).ToList();
        var coverage = Coverage(facts == FactFilter.VerifiedOnly);
        if (coverage is not null)
        {
            basis.Add(CoverageEvidence(coverage));
        }

        IReadOnlyList<Party> value = [.. bound.Select(a => a.Party)];
        var undecided = answers.Where(a => a.Answer.Kind == AnswerKind.Unknown).Select(a => a.Party.ToString()).ToList();
        if (undecided.Count > 0)
        {
            return new Answer<IReadOnlyList<Party>>
            {
                Value = value,
                Kind = AnswerKind.Unknown,
                Basis = basis,
                Reason = $"the status of {string.Join(", ", undecided)} cannot be decided on {JhaModel.Provenance.IsoDate.Format(date)}",
            };
        }

        string? reason = Form != AgreementForm.Bilateral && !IsComplete(coverage, date) ? $"{_parties.Count} parties are recorded and the party list is {CoverageWords(coverage)}"
            : answers.FirstOrDefault(a => a.Answer.Kind == AnswerKind.Inferred) is { Answer: not null } inferred ? $"{inferred.Party}: {inferred.Answer.Reason}"
            : null;
        return new Answer<IReadOnlyList<Party>> { Value = value, Kind = reason is null ? AnswerKind.Known : AnswerKind.Inferred, Basis = basis, Reason = reason };
    }

    /// <summary>Whether the coverage declares, as a verified fact, the parties and their events complete on <paramref name="date"/>.</summary>
    private static bool IsComplete(PartyListCoverage? coverage, LocalDate date) =>
        coverage is { Completeness: ListCompleteness.Complete, Confidence: Confidence.Verified } list && list.AsOf >= date;

    private PartyListCoverage? Coverage(bool verifiedOnly) => PartyList is { } coverage && Counts(coverage, verifiedOnly) ? coverage : null;

    /// <summary>
    /// A status short of termination also says that no further step was taken (a superseded or denounced agreement may
    /// still be terminated); unless the record is declared complete on the date, that part rests on the absence of a
    /// record, so the answer is inferred.
    /// </summary>
    private static Answer<AgreementStatus> UnlessComplete(Answer<AgreementStatus> answer, PartyListCoverage? coverage, LocalDate date, string whose) =>
        answer.Kind != AnswerKind.Known || answer.Value == AgreementStatus.Terminated
            || IsComplete(coverage, date)
            ? answer
            : answer with { Kind = AnswerKind.Inferred, Reason = $"no later step of {whose} is recorded, and the record is not declared complete on {JhaModel.Provenance.IsoDate.Format(date)}" };

    /// <summary>
    /// Not signed by the date, as a step recorded only after it suggests: known when the record is declared complete
    /// on the date, otherwise inferred (an earlier step may be missing from the record).
    /// </summary>
    private static Answer<AgreementStatus> NotSignedShownBy(Evidence later, PartyListCoverage? coverage, LocalDate date) =>
        IsComplete(coverage, date)
            ? new Answer<AgreementStatus> { Value = AgreementStatus.NotSigned, Kind = AnswerKind.Known, Basis = [later, CoverageEvidence(coverage!)] }
            : Inferred(AgreementStatus.NotSigned, [later], $"the first step recorded, the {later.Fact}, comes later, and the record is not declared complete on {JhaModel.Provenance.IsoDate.Format(date)}");

    /// <summary>Not signed by the date because the agreement was not yet open for signature: known when that fact is verified.</summary>
    private static Answer<AgreementStatus> NotYetOpen(Evidence opened) => opened.Confidence == Confidence.Verified
        ? new Answer<AgreementStatus> { Value = AgreementStatus.NotSigned, Kind = AnswerKind.Known, Basis = [opened] }
        : Inferred(AgreementStatus.NotSigned, [opened], $"the {opened.Fact} rests on a {Evidence.ConfidenceName(opened.Confidence)} fact");

    private static bool Counts(ISourcedFact fact, bool verifiedOnly) => !verifiedOnly || fact.Confidence == Confidence.Verified;

    private static Answer<AgreementStatus> Inferred(AgreementStatus value, IReadOnlyList<Evidence> basis, string reason) =>
        new() { Value = value, Kind = AnswerKind.Inferred, Basis = basis, Reason = reason };

    private static Answer<AgreementStatus> Unknown(IReadOnlyList<Evidence> basis, string reason) =>
        new() { Value = AgreementStatus.Unknown, Kind = AnswerKind.Unknown, Basis = basis, Reason = reason };

    /// <summary>
    /// The furthest step certainly taken by <paramref name="date"/>, or unknown when a further step may have been taken;
    /// <see langword="null"/> when no step was taken and none may have been.
    /// </summary>
    private static Answer<AgreementStatus>? Climb(Step[] ladder, LocalDate date)
    {
        // A step may have been taken by the date only if the step it requires, when recorded, may have been too.
        var mayHaveHappened = new bool[ladder.Length];
        for (int i = ladder.Length - 1; i >= 0; i--)
        {
            mayHaveHappened[i] = ladder[i].Facts.Exists(f => f.Date!.Value.IsPossiblyOnOrBefore(date))
                && (ladder[i].Requires is not { } required || ladder[required].Facts.Count == 0 || mayHaveHappened[required]);
        }

        var possible = new List<Evidence>();
        for (int i = 0; i < ladder.Length; i++)
        {
            var step = ladder[i];
            if (step.Gate)
            {
                continue;
            }

            var certain = step.Facts.Where(f => f.Date!.Value.IsCertainlyOnOrBefore(date)).OrderBy(f => f.Date!.Value.Latest).FirstOrDefault();
            if (certain is not null)
            {
                if (possible.Count > 0)
                {
                    return Unknown([certain, .. possible], $"{Describe(possible)}, so the status on {JhaModel.Provenance.IsoDate.Format(date)} is {StrictEnumConverter<AgreementStatus>.NameOf(step.Status)} or further");
                }

                return certain.Confidence == Confidence.Verified
                    ? new Answer<AgreementStatus> { Value = step.Status, Kind = AnswerKind.Known, Basis = [certain] }
                    : Inferred(step.Status, [certain], $"the {certain.Fact} rests on a {Evidence.ConfidenceName(certain.Confidence)} fact");
            }

            if (mayHaveHappened[i])
            {
                possible.AddRange(step.Facts.Where(f => f.Date!.Value.IsPossiblyOnOrBefore(date)));
            }
        }

        return possible.Count > 0 ? Unknown(possible, $"{Describe(possible)}, and no earlier step certainly was") : null;
    }

    private static string Describe(List<Evidence> possible) =>
        string.Join("; ", possible.Select(e => $"the {e.Fact} ({e.Date}) may or may not have happened by then"));

    private static string CoverageWords(PartyListCoverage? coverage) => coverage switch
    {
        null => "not said to be complete",
        { Completeness: ListCompleteness.Partial, PartiesPerSource: { } n } p => $"partial ({n} parties as of {JhaModel.Provenance.IsoDate.Format(p.AsOf)} according to {p.Source?.Title})",
        { Completeness: ListCompleteness.Partial } p => $"partial as of {JhaModel.Provenance.IsoDate.Format(p.AsOf)}",
        { } p => $"complete only as of {JhaModel.Provenance.IsoDate.Format(p.AsOf)}",
    };

    private static Evidence CoverageEvidence(PartyListCoverage coverage) => new()
    {
        Fact = coverage.PartiesPerSource is { } n
            ? $"party list {StrictEnumConverter<ListCompleteness>.NameOf(coverage.Completeness)} as of {JhaModel.Provenance.IsoDate.Format(coverage.AsOf)}, {n} parties according to the source"
            : $"party list {StrictEnumConverter<ListCompleteness>.NameOf(coverage.Completeness)} as of {JhaModel.Provenance.IsoDate.Format(coverage.AsOf)}",
        Date = EventDate.On(coverage.AsOf),
        Source = coverage.Source,
        Confidence = coverage.Confidence,
    };

    private List<(AgreementEventKind Kind, Evidence Fact)> AgreementFacts(bool verifiedOnly) =>
        [.. _events.Where(e => e is not null && !e.Date.IsDefault && Counts(e, verifiedOnly))
            .Select(e => (e.Kind, Evidence.Of(StrictEnumConverter<AgreementEventKind>.NameOf(e.Kind), e.Date, e)))];

    private List<PartyFact> PartyFacts(bool verifiedOnly, Party? party) =>
        [.. _partyEvents.Where(e => e is not null && !e.Date.IsDefault && (party is not { } p || e.Party == p) && Counts(e, verifiedOnly))
            .Select(e => new PartyFact(e.Kind, e.ConsentForm, Evidence.Of(PartyEventWords(e), e.Date, e)))];

    private static string PartyEventWords(PartyEvent e) =>
        StrictEnumConverter<PartyEventKind>.NameOf(e.Kind) + (e.Kind == PartyEventKind.Signature ? " by " : " of ") + e.Party
        + (e.ConsentForm is { } form ? $" ({StrictEnumConverter<ConsentForm>.NameOf(form)})" : string.Empty);

    /// <summary>A step of the ladder, with the index of the step that must come before it (a ratification follows a signature).</summary>
    /// <remarks>A gate is a prerequisite that is not a status of its own (the opening for signature).</remarks>
    private sealed record Step(AgreementStatus Status, List<Evidence> Facts, int? Requires = null, bool Gate = false);

    private sealed record PartyFact(PartyEventKind Kind, ConsentForm? Consent, Evidence Fact);
}
