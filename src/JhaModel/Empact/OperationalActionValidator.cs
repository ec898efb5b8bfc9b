using FluentValidation;
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
        EmpactRuleTables.Action.AddTo(this, new LeadershipContext(leadership, dataset));
    }

    /// <summary>A shared instance with the default leadership rule, <see cref="ActionLeadership.MemberStatesAndAgencies"/>.</summary>
    public static OperationalActionValidator Instance { get; } = new();

    /// <summary>The leadership rule this validator applies.</summary>
    public ActionLeadership Leadership { get; }
}
