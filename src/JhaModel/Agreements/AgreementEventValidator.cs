using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates an <see cref="AgreementEvent"/>: a defined kind, a date, well-formed references, non-blank optional texts, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class AgreementEventValidator : AbstractValidator<AgreementEvent>
{
    /// <summary>Creates the validator.</summary>
    public AgreementEventValidator() => AgreementRuleTables.Event.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static AgreementEventValidator Instance { get; } = new();
}
