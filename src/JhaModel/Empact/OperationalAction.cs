using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>
/// One operational action of an <see cref="OperationalActionPlan"/>: its code, who leads it, who takes part, when,
/// where it stands and what it achieved.
/// </summary>
/// <remarks>
/// Parties are countries (member states; third countries such as the Western Balkans six, Kosovo as <c>XK</c>,
/// whose designation <c>Kosovo*</c> comes from <see cref="CountryRegistry"/>) and organisations (Europol, Eurojust,
/// Frontex, CEPOL, EUDA, …). A leader or co-leader that is a country is also listed among
/// <see cref="Participants"/>; an organisation that leads need not be.
/// </remarks>
public sealed record OperationalAction
{
    private readonly ValueList<Party> _coLeaders = ValueList<Party>.Empty;
    private readonly ValueList<Party> _participants = ValueList<Party>.Empty;
    private readonly ValueList<ActionResult> _results = ValueList<ActionResult>.Empty;

    /// <summary>The code, unique within the plan, e.g. <c>OA 3.2</c>.</summary>
    public required ActionCode Code { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The action leader: a member state or an EU agency.</summary>
    public required Party Leader { get; init; }

    /// <summary>The co-leaders; empty when none.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<Party> CoLeaders
    {
        get => _coLeaders;
        init => _coLeaders = ValueList<Party>.From(value ?? []);
    }

    /// <summary>The participants, each once: member states, third countries and organisations, leaders included.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<Party> Participants
    {
        get => _participants;
        init => _participants = ValueList<Party>.From(value ?? []);
    }

    /// <summary>The days the action runs, inclusive; within its plan's period.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>Where the action stands.</summary>
    public required ActionStatus Status { get; init; }

    /// <summary>The results reported; empty when none.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<ActionResult> Results
    {
        get => _results;
        init => _results = ValueList<ActionResult>.From(value ?? []);
    }

    /// <summary>The part <paramref name="party"/> plays in the action.</summary>
    /// <param name="party">The party asked about.</param>
    /// <returns>
    /// <see cref="ParticipationRole.Leader"/>, <see cref="ParticipationRole.CoLeader"/> or
    /// <see cref="ParticipationRole.Participant"/> (the highest that applies), or <see langword="null"/> when the party
    /// takes no part.
    /// </returns>
    public ParticipationRole? RoleOf(Party party) =>
        party.IsDefault ? null
        : Leader == party ? ParticipationRole.Leader
        : _coLeaders.Contains(party) ? ParticipationRole.CoLeader
        : _participants.Contains(party) ? ParticipationRole.Participant
        : null;
}
