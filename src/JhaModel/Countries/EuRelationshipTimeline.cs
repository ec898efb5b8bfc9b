using JhaModel.Collections;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// A country's relationship with the EU and the Schengen area as a chronological list of dated events, and
/// the "status on date" queries over it.
/// </summary>
/// <remarks>
/// An event counts from the last day it may have happened (<see cref="Provenance.EventDate.Latest"/>), so a
/// query never claims more than the sources support: North Macedonia's candidate status, granted by the
/// European Council of 15–16 December 2005, which ran into the night of the 16th, counts from 2005-12-17. When an event is recorded twice (the
/// Council's and the European Council's decision on Albania's candidate status), the earlier counts.
/// </remarks>
public sealed record EuRelationshipTimeline
{
    // Timelines up to this many events are ordered on the stack by the status queries.
    private const int StackOrderLimit = 64;

    private readonly ValueList<EuRelationEvent> _events = ValueList<EuRelationEvent>.Empty;

    /// <summary>A timeline with no events: nothing is recorded, so the EU status is unknown on every date, and the country is taken as not in the Schengen area (an inferred answer).</summary>
    public static EuRelationshipTimeline Empty { get; } = new();

    /// <summary>The events in chronological order; empty when none.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<EuRelationEvent> Events
    {
        get => _events;
        init => _events = ValueList<EuRelationEvent>.From(value);
    }

    /// <summary>
    /// The last day up to which the events are declared complete: an event not recorded by then did not happen, as far
    /// as the sources show. <see langword="null"/> when the record does not say, so that a status that says a further
    /// step was not taken rests on the absence of a record and is answered as inferred.
    /// </summary>
    public LocalDate? CompleteAsOf { get; init; }

    /// <summary>The country's status towards the EU at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>
    /// The status; <see cref="EuStatus.ThirdCountry"/> when no status event had certainly happened;
    /// <see cref="EuStatus.Unknown"/> when the data cannot decide (<see cref="ExplainStatusOn(LocalDate)"/>).
    /// </returns>
    public EuStatus StatusOn(LocalDate date)
    {
        var (status, _, open, _) = DecideEu(date, FactFilter.All);
        return open || (_events.Count == 0 && !IsCompleteOn(date)) ? EuStatus.Unknown : status;
    }

    /// <summary>The country's status towards the EU at the end of <paramref name="date"/>, from every recorded fact, with the facts it rests on.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The answer; see <see cref="ExplainStatusOn(LocalDate, FactFilter)"/>.</returns>
    public Answer<EuStatus> ExplainStatusOn(LocalDate date) => ExplainStatusOn(date, FactFilter.All);

    /// <summary>The country's status towards the EU at the end of <paramref name="date"/>, with the facts it rests on and whether they decide it.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all, or verified ones alone.</param>
    /// <returns>
    /// The answer. <see cref="AnswerKind.Unknown"/> (value <see cref="EuStatus.Unknown"/>) when no event is recorded at
    /// all, or when an event that would change the status may or may not have happened by the date;
    /// <see cref="AnswerKind.Inferred"/> when the deciding event is not verified, or the country is a third country only
    /// because no status event is recorded by the date.
    /// </returns>
    public Answer<EuStatus> ExplainStatusOn(LocalDate date, FactFilter facts)
    {
        var (status, decidingAt, open, recorded) = DecideEu(date, facts);
        bool complete = IsCompleteOn(date);
        if (!complete && (_events.Count == 0 || (facts == FactFilter.VerifiedOnly && recorded == 0)))
        {
            return Unknown(EuStatus.Unknown, [], "no EU-relationship event is recorded");
        }

        var events = Recorded(facts).Where(e => Rank(e.Kind) > 0).ToList();
        EuRelationEvent? deciding = decidingAt < 0 ? null : _events[decidingAt];
        if (open)
        {
            var possible = events.Where(e => !e.Date.IsCertainlyOnOrBefore(date) && e.Date.IsPossiblyOnOrBefore(date)
                && (e.Kind == EuRelationEventKind.Withdrawal ? status != EuStatus.ThirdCountry : StatusOf(e.Kind) > status)).ToList();
            return Unknown(EuStatus.Unknown, [.. (deciding is null ? [] : new[] { deciding }).Concat(possible).Select(Evidence)],
                string.Join("; ", possible.Select(e => $"the {Name(e.Kind)} ({e.Date}) may or may not have happened by {JhaModel.Provenance.IsoDate.Format(date)}")));
        }

        if (deciding is null)
        {
            var later = events.OrderBy(e => e.Date.Latest).FirstOrDefault();
            return complete
                ? new Answer<EuStatus> { Value = EuStatus.ThirdCountry, Kind = AnswerKind.Known, Basis = later is null ? [] : [Evidence(later)] }
                : Inferred(EuStatus.ThirdCountry, later is null ? [] : [Evidence(later)], $"no status event is recorded by {JhaModel.Provenance.IsoDate.Format(date)}, and the record is not declared complete on that date");
        }

        return Decided(status, deciding, complete, date);
    }

    /// <summary>The country's participation in the Schengen area at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>
    /// The status, or <see cref="SchengenStatus.Unknown"/> when an event that would change it may, but need not,
    /// have happened by then (<see cref="ExplainSchengenStatusOn(LocalDate)"/>).
    /// </returns>
    public SchengenStatus SchengenStatusOn(LocalDate date)
    {
        var (status, _, open) = DecideSchengen(date, FactFilter.All);
        return open ? SchengenStatus.Unknown : status;
    }

    /// <summary>The country's participation in the Schengen area at the end of <paramref name="date"/>, from every recorded fact, with the facts it rests on.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The answer; see <see cref="ExplainSchengenStatusOn(LocalDate, FactFilter)"/>.</returns>
    public Answer<SchengenStatus> ExplainSchengenStatusOn(LocalDate date) => ExplainSchengenStatusOn(date, FactFilter.All);

    /// <summary>The country's participation in the Schengen area at the end of <paramref name="date"/>, with the facts it rests on and whether they decide it.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all, or verified ones alone.</param>
    /// <returns>
    /// The answer. <see cref="AnswerKind.Unknown"/> (value <see cref="SchengenStatus.Unknown"/>) when an event that would
    /// change it may or may not have happened by the date; <see cref="AnswerKind.Inferred"/> when the deciding event is
    /// not verified, or the country is taken as not participating because no Schengen event is recorded by the date.
    /// </returns>
    public Answer<SchengenStatus> ExplainSchengenStatusOn(LocalDate date, FactFilter facts)
    {
        var (status, decidingAt, open) = DecideSchengen(date, facts);
        var events = Recorded(facts).Where(e => SchengenStep(e.Kind) > 0).ToList();
        EuRelationEvent? deciding = decidingAt < 0 ? null : _events[decidingAt];
        if (open)
        {
            var possible = events.Where(e => !e.Date.IsCertainlyOnOrBefore(date) && e.Date.IsPossiblyOnOrBefore(date) && SchengenStep(e.Kind) > SchengenStep(status)).ToList();
            return Unknown(SchengenStatus.Unknown, [.. (deciding is null ? [] : new[] { deciding }).Concat(possible).Select(Evidence)],
                string.Join("; ", possible.Select(e => $"the {Name(e.Kind)} ({e.Date}) may or may not have happened by {JhaModel.Provenance.IsoDate.Format(date)}")));
        }

        bool complete = IsCompleteOn(date);
        if (deciding is null)
        {
            var later = events.OrderBy(e => e.Date.Latest).FirstOrDefault();
            return complete
                ? new Answer<SchengenStatus> { Value = SchengenStatus.NotParticipating, Kind = AnswerKind.Known, Basis = later is null ? [] : [Evidence(later)] }
                : Inferred(SchengenStatus.NotParticipating, later is null ? [] : [Evidence(later)], later is null
                    ? "no Schengen event is recorded, and the record is not declared complete on that date"
                    : $"the {Name(later.Kind)} is recorded after {JhaModel.Provenance.IsoDate.Format(date)}, and the record is not declared complete on that date");
        }

        return Decided(status, deciding, complete || status == SchengenStatus.Full, date);
    }

    /// <summary>The first event of <paramref name="kind"/> that had certainly happened by <paramref name="date"/>, if any.</summary>
    /// <param name="kind">The kind of event.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public EuRelationEvent? FirstOn(EuRelationEventKind kind, LocalDate date) =>
        CertainBy(date).FirstOrDefault(e => e.Kind == kind);

    /// <summary>
    /// The EU-status ladder, shared by <see cref="StatusOn"/> and <see cref="ExplainStatusOn(LocalDate, FactFilter)"/>
    /// and free of allocation when the events are stored in order of their last possible day (status queries run
    /// inside validation, once per leader of an EMPACT action): the status the certain events reach in that order, the
    /// index of the event that decided it (-1 when none), whether an event that would change it may or may not have
    /// happened by the date, and how many status events count under <paramref name="facts"/>.
    /// </summary>
    private (EuStatus Status, int Deciding, bool Open, int Recorded) DecideEu(LocalDate date, FactFilter facts)
    {
        Span<int> order = _events.Count <= StackOrderLimit ? stackalloc int[_events.Count] : new int[_events.Count];
        Chronological(order);
        var status = EuStatus.ThirdCountry;
        int deciding = -1, recorded = 0;
        for (int k = 0; k < _events.Count; k++)
        {
            int i = order[k];
            var e = _events[i];
            if (!Counts(e, facts) || Rank(e.Kind) == 0)
            {
                continue;
            }

            recorded++;
            if (e.Date.IsCertainlyOnOrBefore(date))
            {
                var reached = e.Kind == EuRelationEventKind.Withdrawal ? EuStatus.ThirdCountry : StatusOf(e.Kind);
                if (e.Kind == EuRelationEventKind.Withdrawal || reached > status)
                {
                    (status, deciding) = (reached, i);
                }
            }
        }

        bool open = false;
        for (int i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (Counts(e, facts) && Rank(e.Kind) > 0 && !e.Date.IsCertainlyOnOrBefore(date) && e.Date.IsPossiblyOnOrBefore(date)
                && (e.Kind == EuRelationEventKind.Withdrawal ? status != EuStatus.ThirdCountry : StatusOf(e.Kind) > status))
            {
                open = true;
                break;
            }
        }

        return (status, deciding, open, recorded);
    }

    /// <summary>The Schengen ladder, shared like <see cref="DecideEu"/>: the status reached, the deciding event's index, and whether an event that would change it may or may not have happened by the date.</summary>
    private (SchengenStatus Status, int Deciding, bool Open) DecideSchengen(LocalDate date, FactFilter facts)
    {
        Span<int> order = _events.Count <= StackOrderLimit ? stackalloc int[_events.Count] : new int[_events.Count];
        Chronological(order);
        var status = SchengenStatus.NotParticipating;
        int deciding = -1;
        for (int k = 0; k < _events.Count; k++)
        {
            int i = order[k];
            var e = _events[i];
            if (Counts(e, facts) && e.Date.IsCertainlyOnOrBefore(date) && SchengenStep(e.Kind) > SchengenStep(status))
            {
                (status, deciding) = (SchengenStatusOf(e.Kind), i);
            }
        }

        bool open = false;
        for (int i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (Counts(e, facts) && !e.Date.IsCertainlyOnOrBefore(date) && e.Date.IsPossiblyOnOrBefore(date) && SchengenStep(e.Kind) > SchengenStep(status))
            {
                open = true;
                break;
            }
        }

        return (status, deciding, open);
    }

    /// <summary>
    /// Fills <paramref name="order"/> (as long as the list of events) with the indices of the events in order of their
    /// last possible day, ties in stored order: the order the status queries take them in. A valid timeline is stored in
    /// that order already, but its order rule compares neighbours only (1999-06-01, 1999, 1999-03-01 is valid).
    /// </summary>
    private void Chronological(Span<int> order)
    {
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (order.Length <= StackOrderLimit)
        {
            // A stable insertion sort: nothing to do for a list in order, and short lists only.
            for (int i = 1; i < order.Length; i++)
            {
                int current = order[i], j = i - 1;
                var latest = Latest(_events[current]);
                for (; j >= 0 && Latest(_events[order[j]]) > latest; j--)
                {
                    order[j + 1] = order[j];
                }

                order[j + 1] = current;
            }

            return;
        }

        int k = 0;
        foreach (int index in Enumerable.Range(0, order.Length).OrderBy(j => Latest(_events[j])))
        {
            order[k++] = index;
        }
    }

    // Events that cannot count (null, or without a date) sort first; Counts leaves them out.
    private static LocalDate Latest(EuRelationEvent? e) => e is null || e.Date.IsDefault ? LocalDate.MinIsoValue : e.Date.Latest;

    private static bool Counts(EuRelationEvent? e, FactFilter facts) =>
        e is not null && !e.Date.IsDefault && (facts != FactFilter.VerifiedOnly || e.Confidence == Confidence.Verified);

    private bool IsCompleteOn(LocalDate date) => CompleteAsOf is { } through && through >= date;

    private static int Rank(EuRelationEventKind kind) => kind switch
    {
        EuRelationEventKind.Application => 1,
        EuRelationEventKind.PotentialCandidate => 2,
        EuRelationEventKind.CandidateStatus => 3,
        EuRelationEventKind.Membership => 4,
        EuRelationEventKind.Withdrawal => 5,
        _ => 0,
    };

    private static EuStatus StatusOf(EuRelationEventKind kind) => kind switch
    {
        EuRelationEventKind.Application => EuStatus.Applicant,
        EuRelationEventKind.PotentialCandidate => EuStatus.PotentialCandidate,
        EuRelationEventKind.CandidateStatus => EuStatus.Candidate,
        EuRelationEventKind.Membership => EuStatus.Member,
        _ => EuStatus.ThirdCountry,
    };

    /// <summary>How far a Schengen event takes a country: 0 for other events, 1 for lifted checks at some internal borders, 2 for all.</summary>
    private static int SchengenStep(EuRelationEventKind kind) => kind switch
    {
        EuRelationEventKind.SchengenAirAndSeaBorders or EuRelationEventKind.SchengenLandAndSeaBorders => 1,
        EuRelationEventKind.SchengenFull => 2,
        _ => 0,
    };

    private static int SchengenStep(SchengenStatus status) => status switch
    {
        SchengenStatus.AirAndSeaBorders or SchengenStatus.LandAndSeaBorders => 1,
        SchengenStatus.Full => 2,
        _ => 0,
    };

    private static SchengenStatus SchengenStatusOf(EuRelationEventKind kind) => kind switch
    {
        EuRelationEventKind.SchengenAirAndSeaBorders => SchengenStatus.AirAndSeaBorders,
        EuRelationEventKind.SchengenLandAndSeaBorders => SchengenStatus.LandAndSeaBorders,
        _ => SchengenStatus.Full,
    };

    private static string Name(EuRelationEventKind kind) => Serialization.StrictEnumConverter<EuRelationEventKind>.NameOf(kind);

    private static Evidence Evidence(EuRelationEvent e) =>
        Provenance.Evidence.Of(e.DecidedBy is { } body ? $"{Name(e.Kind)} ({body})" : Name(e.Kind), e.Date, e);

    /// <summary>
    /// The answer decided by an event: known when the event is verified and nothing further can have been left out
    /// (<paramref name="final"/>: the record is complete on the date, or no further step exists); otherwise inferred.
    /// </summary>
    private static Answer<T> Decided<T>(T value, EuRelationEvent deciding, bool final, LocalDate date) =>
        deciding.Confidence != Confidence.Verified
            ? Inferred(value, [Evidence(deciding)], $"the {Name(deciding.Kind)} rests on a {Provenance.Evidence.ConfidenceName(deciding.Confidence)} fact")
        : final ? new Answer<T> { Value = value, Kind = AnswerKind.Known, Basis = [Evidence(deciding)] }
        : Inferred(value, [Evidence(deciding)], $"no later step after the {Name(deciding.Kind)} is recorded, and the record is not declared complete on {JhaModel.Provenance.IsoDate.Format(date)}");

    private static Answer<T> Inferred<T>(T value, IReadOnlyList<Evidence> basis, string reason) =>
        new() { Value = value, Kind = AnswerKind.Inferred, Basis = basis, Reason = reason };

    private static Answer<T> Unknown<T>(T value, IReadOnlyList<Evidence> basis, string reason) =>
        new() { Value = value, Kind = AnswerKind.Unknown, Basis = basis, Reason = reason };

    private IEnumerable<EuRelationEvent> Recorded(FactFilter facts) => _events.Where(e => Counts(e, facts));

    private IEnumerable<EuRelationEvent> CertainBy(LocalDate date) =>
        _events.Where(e => e is not null && !e.Date.IsDefault && e.Date.IsCertainlyOnOrBefore(date)).OrderBy(e => e.Date.Latest);
}
