namespace JhaModel.Empact;

/// <summary>
/// Who may lead or co-lead an <see cref="OperationalAction"/>, as a validator option. The numeric values never change.
/// </summary>
/// <remarks>
/// <see cref="MemberStatesAndAgencies"/> is the default of <see cref="OperationalActionValidator.Instance"/> and
/// <see cref="OperationalActionPlanValidator.Instance"/>; <c>docs/empact.md</c> gives the rule's basis.
/// </remarks>
public enum ActionLeadership
{
    /// <summary>
    /// Only EU member states (on the action's first day) and the EU agencies of <see cref="Organisations.OrganisationRegistry"/>
    /// lead or co-lead; third countries and other organisations participate only (rule <c>JHA-EMP-031</c>).
    /// </summary>
    MemberStatesAndAgencies = 1,

    /// <summary>Any participant may lead or co-lead: the leadership rule is not checked.</summary>
    AnyParticipant = 2,
}
