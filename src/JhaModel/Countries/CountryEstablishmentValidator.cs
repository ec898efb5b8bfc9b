using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="CountryEstablishment"/>: the fact in words, its date, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CountryEstablishmentValidator : AbstractValidator<CountryEstablishment>
{
    /// <summary>Creates the validator.</summary>
    public CountryEstablishmentValidator() => CountryRuleTables.Establishment.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static CountryEstablishmentValidator Instance { get; } = new();
}
