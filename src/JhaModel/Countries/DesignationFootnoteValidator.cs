using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>Validates a <see cref="DesignationFootnote"/>: an issuer, text, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class DesignationFootnoteValidator : AbstractValidator<DesignationFootnote>
{
    /// <summary>Creates the validator.</summary>
    public DesignationFootnoteValidator() => CountryRuleTables.Footnote.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static DesignationFootnoteValidator Instance { get; } = new();
}
