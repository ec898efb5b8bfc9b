using FluentValidation;
using JhaModel.Organisations;
using JhaModel.ReferenceData;
using JhaModel.Validation;

namespace JhaModel.Empact;

/// <summary>
/// Validates an <see cref="OperationalAction"/>: a code, a title, a leader, co-leaders and participants that are
/// given, each listed once, country leaders among the participants, a period, a defined status, valid results and —
/// unless relaxed with <see cref="ActionLeadership.AnyParticipant"/> — leaders that may lead.
/// </summary>
/// <remarks>
/// Whether an action's period lies within its plan's is checked by <see cref="OperationalActionPlanValidator"/>.
/// Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.
/// </remarks>
public sealed class OperationalActionValidator : AbstractValidator<OperationalAction>
{
    /// <summary>Creates the validator with the default leadership rule, <see cref="ActionLeadership.MemberStatesAndAgencies"/>.</summary>
    public OperationalActionValidator()
        : this(ActionLeadership.MemberStatesAndAgencies)
    {
    }

    /// <summary>Creates the validator with the given leadership rule.</summary>
    /// <param name="leadership">Who may lead or co-lead an action.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadership"/> is not a defined value.</exception>
    public OperationalActionValidator(ActionLeadership leadership)
        : this(leadership, null)
    {
    }

    /// <summary>
    /// Creates the validator with the given leadership rule, against <paramref name="dataset"/>: its EU member states and
    /// its EU agencies may lead.
    /// </summary>
    /// <param name="leadership">Who may lead or co-lead an action.</param>
    /// <param name="dataset">The reference data; the embedded dataset when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadership"/> is not a defined value.</exception>
    public OperationalActionValidator(ActionLeadership leadership, JhaDataset? dataset)
    {
        if (!Enum.IsDefined(leadership))
        {
            throw new ArgumentOutOfRangeException(nameof(leadership), leadership, "Expected MemberStatesAndAgencies or AnyParticipant.");
        }

        Leadership = leadership;
        RuleFor(x => x.Code).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ActionCodeMissing)
            .WithMessage("The action code is missing; expected a code such as 'OA 3.2'.");
        RuleFor(x => x.Title).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ActionTitleMissing)
            .WithMessage("The action title is blank; expected a title.");
        RuleFor(x => x.Leader).Must(EmpactRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.ActionPartyMissing)
            .WithMessage("The leader is missing; expected a member state (e.g. 'HR') or an agency (e.g. 'europol').");
        RuleForEach(x => x.CoLeaders).EachMust(EmpactRules.IsPresent, JhaErrorCodes.ActionPartyMissing, "The co-leader is missing; expected a member state or an agency.");
        RuleForEach(x => x.Participants).EachMust(EmpactRules.IsPresent, JhaErrorCodes.ActionPartyMissing, "The participant is missing; expected a country (e.g. 'AL', 'XK') or an organisation (e.g. 'frontex').");
        RuleFor(x => x).Must(x => EmpactRules.UnlistedLeader(x).IsDefault)
            .WithErrorCode(JhaErrorCodes.LeaderNotParticipant)
            .WithMessage(x => $"{EmpactRules.UnlistedLeader(x)} leads or co-leads the action but is not among its participants; expected every country that leads or co-leads to be listed as a participant.{ParticipantHint(x)}")
            .OverridePropertyName(nameof(OperationalAction.Participants));
        RuleFor(x => x.Participants).Must(p => EmpactRules.FirstDuplicateParty(p) < 0)
            .WithErrorCode(JhaErrorCodes.ParticipantDuplicate)
            .WithMessage((_, p) => $"Participant {EmpactRules.FirstDuplicateParty(p)} ({p[EmpactRules.FirstDuplicateParty(p)]}) is listed twice; expected each participant once.");
        RuleFor(x => x).Must(x => EmpactRules.FirstDuplicateCoLeader(x) < 0)
            .WithErrorCode(JhaErrorCodes.CoLeaderDuplicate)
            .WithMessage(x => $"Co-leader {EmpactRules.FirstDuplicateCoLeader(x)} ({x.CoLeaders[EmpactRules.FirstDuplicateCoLeader(x)]}) is the leader or is listed twice; expected each co-leader once, other than the leader.")
            .OverridePropertyName(nameof(OperationalAction.CoLeaders));
        RuleFor(x => x.Period).NotNull()
            .WithErrorCode(JhaErrorCodes.PeriodMissing)
            .WithMessage("The action has no period; expected the days it runs.");
        RuleFor(x => x.Status).Must(EmpactRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.ActionStatusUndefined)
            .WithMessage("The status {PropertyValue} is not defined; expected planned, ongoing, completed or cancelled.");
        RuleForEach(x => x.Results).EachValid(EmpactRules.IsValid, ActionResultValidator.Instance, "The result is null; expected a result.");
        if (leadership == ActionLeadership.MemberStatesAndAgencies)
        {
            RuleFor(x => x).Must(x => EmpactRules.IneligibleLeader(x, dataset).IsDefault)
                .WithErrorCode(JhaErrorCodes.LeaderNotEligible)
                .WithMessage(x => $"{Describe(EmpactRules.IneligibleLeader(x, dataset))} leads or co-leads the action but may not on {x.Period?.Start:uuuu-MM-dd}; expected an EU member state on that day or an EU agency of the organisation registry (third countries participate only).")
                .OverridePropertyName(nameof(OperationalAction.Leader));
        }
    }

    /// <summary>A shared instance with the default leadership rule, <see cref="ActionLeadership.MemberStatesAndAgencies"/>.</summary>
    public static OperationalActionValidator Instance { get; } = new();

    /// <summary>The leadership rule this validator applies.</summary>
    public ActionLeadership Leadership { get; }

    private static string Describe(Party party) => party.Kind == PartyKind.Country
        ? $"The country {party}, not an EU member state then,"
        : $"The organisation {party}, not an EU agency of the organisation registry,";

    /// <summary>A hint when the participants hold the unlisted leader in another casing (<c>"at"</c> for <c>AT</c>).</summary>
    private static string ParticipantHint(OperationalAction action)
    {
        var leader = EmpactRules.UnlistedLeader(action);
        for (int i = 0; i < action.Participants.Count; i++)
        {
            if (string.Equals(action.Participants[i].ToString(), leader.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return $" participants[{i}] is \"{action.Participants[i]}\": did you mean \"{leader}\"? Country codes are upper-case.";
            }
        }

        return string.Empty;
    }
}
