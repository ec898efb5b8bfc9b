using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>
/// Validates a <see cref="PartyEvent"/>: a party, a defined kind, a date, a consent form exactly on consents, a
/// valid predecessor it acted as, a non-blank note, a source and a confidence.
/// </summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class PartyEventValidator : AbstractValidator<PartyEvent>
{
    /// <summary>Creates the validator.</summary>
    public PartyEventValidator() => AgreementRuleTables.PartyEvent.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static PartyEventValidator Instance { get; } = new();
}
