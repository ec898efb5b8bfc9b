using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Agreements;

/// <summary>A dated event in one party's relation to an agreement (signature, consent, entry into force, …), with its source.</summary>
public sealed record PartyEvent : ISourcedFact
{
    /// <summary>The party.</summary>
    public required Party Party { get; init; }

    /// <summary>What happened.</summary>
    public required PartyEventKind Kind { get; init; }

    /// <summary>When it happened, as precisely as the source says.</summary>
    public required EventDate Date { get; init; }

    /// <summary>How consent was expressed; required for <see cref="PartyEventKind.ConsentToBeBound"/> and absent otherwise.</summary>
    public ConsentForm? ConsentForm { get; init; }

    /// <summary>
    /// The withdrawn code of the predecessor state the party acted as, e.g. <c>CS</c> when Montenegro and Serbia
    /// signed as Serbia and Montenegro; allowed only before that code's withdrawal.
    /// </summary>
    public string? ActingAs { get; init; }

    /// <summary>A short note, e.g. "with reservations and declarations".</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
