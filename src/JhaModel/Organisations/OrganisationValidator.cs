using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Organisations;

/// <summary>Validates an <see cref="Organisation"/>: an identifier, a name, a defined kind, non-blank former acronyms and a parent other than itself.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class OrganisationValidator : AbstractValidator<Organisation>
{
    /// <summary>Creates the validator.</summary>
    public OrganisationValidator()
    {
        RuleFor(x => x.Id).Must(OrganisationRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.OrganisationIdMissing)
            .WithMessage("The organisation identifier is missing; expected a kebab-case identifier such as 'europol'.");
        RuleFor(x => x.Name).Must(TextRules.IsPresent)
            .WithErrorCode(JhaErrorCodes.OrganisationNameMissing)
            .WithMessage("The organisation name is blank; expected its name.");
        RuleFor(x => x.Kind).Must(OrganisationRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.OrganisationKindUndefined)
            .WithMessage("The organisation kind {PropertyValue} is not defined; expected union, eu-agency or international-organisation.");
        RuleForEach(x => x.FormerAcronyms).EachMust(TextRules.IsPresent, JhaErrorCodes.FormerAcronymBlank, "The former acronym is blank or null; expected an acronym.");
        RuleFor(x => x).Must(OrganisationRules.IsNotOwnParent)
            .WithErrorCode(JhaErrorCodes.OrganisationParentSelf)
            .WithMessage(x => $"The organisation '{x.Id}' names itself as its parent; expected another organisation or no parent.")
            .OverridePropertyName(nameof(Organisation.Parent));
    }

    /// <summary>A shared instance.</summary>
    public static OrganisationValidator Instance { get; } = new();
}
