using JhaModel.Collections;
using JhaModel.Countries;

namespace JhaModel.Empact;

/// <summary>
/// A third country's participation in the actions of one crime priority: the country was not an EU member state on
/// the first day of each listed action. Returned by <see cref="EmpactQueries.ThirdCountryParticipationByPriority"/>.
/// </summary>
public sealed record ThirdCountryParticipation
{
    private readonly ValueList<OperationalAction> _actions = ValueList<OperationalAction>.Empty;

    /// <summary>The priority.</summary>
    public required CrimePriorityKey Priority { get; init; }

    /// <summary>The third country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The actions of the priority it takes part in, in the order of the plans and actions given to the query.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<OperationalAction> Actions
    {
        get => _actions;
        init => _actions = ValueList<OperationalAction>.From(value ?? []);
    }
}
