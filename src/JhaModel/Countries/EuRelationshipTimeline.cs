using JhaModel.Collections;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// A country's relationship with the EU and the Schengen area as a chronological list of dated events, and
/// the "status on date" queries over it.
/// </summary>
/// <remarks>
/// An event counts from the last day it may have happened (<see cref="Provenance.EventDate.Latest"/>), so a
/// query never claims more than the sources support: North Macedonia's candidate status, granted by the
/// European Council of 15–16 December 2005, counts from 2005-12-16. When an event is recorded twice (the
/// Council's and the European Council's decision on Albania's candidate status), the earlier counts.
/// </remarks>
public sealed record EuRelationshipTimeline
{
    private readonly ValueList<EuRelationEvent> _events = ValueList<EuRelationEvent>.Empty;

    /// <summary>A timeline with no events: a third country on every date, not in the Schengen area.</summary>
    public static EuRelationshipTimeline Empty { get; } = new();

    /// <summary>The events in chronological order; empty when none.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<EuRelationEvent> Events
    {
        get => _events;
        init => _events = ValueList<EuRelationEvent>.From(value);
    }

    /// <summary>The country's status towards the EU at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The status; <see cref="EuStatus.ThirdCountry"/> when no event had certainly happened.</returns>
    public EuStatus StatusOn(LocalDate date)
    {
        bool applied = false, potential = false, candidate = false, member = false;
        foreach (var e in CertainBy(date))
        {
            switch (e.Kind)
            {
                case EuRelationEventKind.Application: applied = true; break;
                case EuRelationEventKind.PotentialCandidate: potential = true; break;
                case EuRelationEventKind.CandidateStatus: candidate = true; break;
                case EuRelationEventKind.Membership: member = true; break;
                case EuRelationEventKind.Withdrawal: applied = potential = candidate = member = false; break;
            }
        }

        return member ? EuStatus.Member
            : candidate ? EuStatus.Candidate
            : potential ? EuStatus.PotentialCandidate
            : applied ? EuStatus.Applicant
            : EuStatus.ThirdCountry;
    }

    /// <summary>The country's participation in the Schengen area at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>
    /// The status, or <see cref="SchengenStatus.Unknown"/> when an event that would change it may, but need not,
    /// have happened by then.
    /// </returns>
    public SchengenStatus SchengenStatusOn(LocalDate date)
    {
        var status = SchengenStatus.NotParticipating;
        bool uncertain = false;
        foreach (var e in _events)
        {
            if (e.Kind is not (EuRelationEventKind.SchengenAirAndSeaBorders or EuRelationEventKind.SchengenFull) || e.Date.IsDefault)
            {
                continue;
            }

            var reached = e.Kind == EuRelationEventKind.SchengenFull ? SchengenStatus.Full : SchengenStatus.AirAndSeaBorders;
            if (e.Date.IsCertainlyOnOrBefore(date))
            {
                status = reached > status ? reached : status;
            }
            else if (e.Date.IsPossiblyOnOrBefore(date))
            {
                uncertain = true;
            }
        }

        return uncertain && status != SchengenStatus.Full ? SchengenStatus.Unknown : status;
    }

    /// <summary>The first event of <paramref name="kind"/> that had certainly happened by <paramref name="date"/>, if any.</summary>
    /// <param name="kind">The kind of event.</param>
    /// <param name="date">The date asked about.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public EuRelationEvent? FirstOn(EuRelationEventKind kind, LocalDate date) =>
        CertainBy(date).FirstOrDefault(e => e.Kind == kind);

    private IEnumerable<EuRelationEvent> CertainBy(LocalDate date) =>
        _events.Where(e => e is not null && !e.Date.IsDefault && e.Date.IsCertainlyOnOrBefore(date)).OrderBy(e => e.Date.Latest);
}
