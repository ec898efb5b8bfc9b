using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates a <see cref="PartyStatement"/>: a party, a defined kind, a summary, a valid period, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class PartyStatementValidator : AbstractValidator<PartyStatement>
{
    /// <summary>Creates the validator.</summary>
    public PartyStatementValidator()
    {
        RuleFor(x => x.Party).Must(AgreementRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementPartyMissing)
            .WithMessage("The statement has no party; expected a country code or an organisation identifier.");
        RuleFor(x => x.Kind).Must(AgreementRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.AgreementValueUndefined)
            .WithMessage("The statement kind {PropertyValue} is not defined; expected reservation or declaration.");
        RuleFor(x => x.Summary).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementTextBlank)
            .WithMessage("The summary is blank; expected what the reservation or declaration says.");
        RuleFor(x => x.ValidFrom).Must(ProvenanceRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The start date is the default value; expected a date or no value.");
        RuleFor(x => x.ValidUntil).Must(ProvenanceRules.IsAbsentOrPresent)
            .WithErrorCode(JhaErrorCodes.EventDateMissing)
            .WithMessage("The end date is the default value; expected a date or no value.");
        RuleFor(x => x).Must(AgreementRules.HasValidPeriod)
            .WithErrorCode(JhaErrorCodes.StatementPeriodInvalid)
            .WithMessage(x => $"The statement of {x.Party} takes effect {x.ValidFrom} and ends {x.ValidUntil}; expected the end on or after the start.")
            .OverridePropertyName(nameof(PartyStatement.ValidUntil));
        Include(SourcedFactValidator<PartyStatement>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static PartyStatementValidator Instance { get; } = new();
}
