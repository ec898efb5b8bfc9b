using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates a <see cref="PartyStatement"/>: a party, a defined kind, a summary, a valid period, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class PartyStatementValidator : AbstractValidator<PartyStatement>
{
    /// <summary>Creates the validator.</summary>
    public PartyStatementValidator() => AgreementRuleTables.Statement.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static PartyStatementValidator Instance { get; } = new();
}
