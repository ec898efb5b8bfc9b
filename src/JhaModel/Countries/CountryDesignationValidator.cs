using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="CountryDesignation"/>: a display name and valid footnotes, at most one per issuer.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class CountryDesignationValidator : AbstractValidator<CountryDesignation>
{
    /// <summary>Creates the validator.</summary>
    public CountryDesignationValidator() => CountryRuleTables.Designation.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static CountryDesignationValidator Instance { get; } = new();
}
