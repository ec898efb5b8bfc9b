using FluentValidation;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates an <see cref="IneligibleParty"/>: a party, a reason, a source and a confidence.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class IneligiblePartyValidator : AbstractValidator<IneligibleParty>
{
    /// <summary>Creates the validator.</summary>
    public IneligiblePartyValidator()
    {
        RuleFor(x => x.Party).Must(AgreementRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementPartyMissing)
            .WithMessage("The ineligibility record has no party; expected a country code or an organisation identifier.");
        RuleFor(x => x.Reason).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.AgreementTextBlank)
            .WithMessage("The reason is blank; expected why the party is not eligible.");
        Include(SourcedFactValidator<IneligibleParty>.Instance);
    }

    /// <summary>A shared instance.</summary>
    public static IneligiblePartyValidator Instance { get; } = new();
}
