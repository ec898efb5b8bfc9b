using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>Validates <see cref="AgreementIdentifiers"/>: each identifier given is well-formed.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class AgreementIdentifiersValidator : AbstractValidator<AgreementIdentifiers>
{
    /// <summary>Creates the validator.</summary>
    public AgreementIdentifiersValidator()
    {
        RuleFor(x => x.Celex).Must(AgreementRules.IsCelex)
            .WithErrorCode(JhaErrorCodes.CelexInvalid)
            .WithMessage("The CELEX number '{PropertyValue}' is malformed; expected e.g. '22007A1219(01)'.");
        RuleFor(x => x.Eli).Must(AgreementRules.IsEli)
            .WithErrorCode(JhaErrorCodes.EliInvalid)
            .WithMessage("The ELI '{PropertyValue}' is malformed; expected an http(s)://data.europa.eu/eli/… URI.");
        RuleFor(x => x.OfficialJournal).Must(AgreementRules.IsOfficialJournalReference)
            .WithErrorCode(JhaErrorCodes.OfficialJournalReferenceInvalid)
            .WithMessage("The Official Journal reference '{PropertyValue}' is malformed; expected e.g. 'OJ L 334, 19.12.2007, p. 46'.");
    }

    /// <summary>A shared instance.</summary>
    public static AgreementIdentifiersValidator Instance { get; } = new();
}
