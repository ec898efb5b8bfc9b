using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates <see cref="AgreementIdentifiers"/>: each identifier given is well-formed.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class AgreementIdentifiersValidator : AbstractValidator<AgreementIdentifiers>
{
    /// <summary>Creates the validator.</summary>
    public AgreementIdentifiersValidator() => AgreementRuleTables.Identifiers.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static AgreementIdentifiersValidator Instance { get; } = new();
}
