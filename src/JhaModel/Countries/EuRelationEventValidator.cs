using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates one <see cref="EuRelationEvent"/>: a defined kind, a date, non-blank optional texts, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class EuRelationEventValidator : AbstractValidator<EuRelationEvent>
{
    /// <summary>Creates the validator.</summary>
    public EuRelationEventValidator() => CountryRuleTables.EuRelationEvent.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static EuRelationEventValidator Instance { get; } = new();
}
