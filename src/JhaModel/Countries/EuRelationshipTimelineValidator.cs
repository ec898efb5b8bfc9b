using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>
/// Validates an <see cref="EuRelationshipTimeline"/>: no null events, each event valid, chronological order,
/// no duplicate events, and no withdrawal without an earlier membership.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class EuRelationshipTimelineValidator : AbstractValidator<EuRelationshipTimeline>
{
    /// <summary>Creates the validator.</summary>
    public EuRelationshipTimelineValidator() => CountryRuleTables.Timeline.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static EuRelationshipTimelineValidator Instance { get; } = new();
}
