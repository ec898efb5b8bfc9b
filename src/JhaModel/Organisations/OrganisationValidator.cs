using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Organisations;

/// <summary>Validates an <see cref="Organisation"/>: an identifier, a name, a defined kind, non-blank former acronyms and a parent other than itself.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class OrganisationValidator : AbstractValidator<Organisation>
{
    /// <summary>Creates the validator.</summary>
    public OrganisationValidator() => OrganisationRuleTables.Organisation.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static OrganisationValidator Instance { get; } = new();
}
