using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates an <see cref="IneligibleParty"/>: a party, a reason, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class IneligiblePartyValidator : AbstractValidator<IneligibleParty>
{
    /// <summary>Creates the validator.</summary>
    public IneligiblePartyValidator() => AgreementRuleTables.IneligibleParty.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static IneligiblePartyValidator Instance { get; } = new();
}
