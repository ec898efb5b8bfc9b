using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="FormerCountryName"/>: a name, a valid period, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class FormerCountryNameValidator : AbstractValidator<FormerCountryName>
{
    /// <summary>Creates the validator.</summary>
    public FormerCountryNameValidator() => CountryRuleTables.FormerName.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static FormerCountryNameValidator Instance { get; } = new();
}
