using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>
/// Validates a <see cref="Country"/> entry that a user builds, e.g. an addition or override in an exchange
/// document: its code and names, its former names, its designation, and its EU-relationship timeline.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CountryValidator : AbstractValidator<Country>
{
    /// <summary>Creates the validator.</summary>
    public CountryValidator() => CountryRuleTables.Country.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static CountryValidator Instance { get; } = new();
}
