using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Provenance;

/// <summary>The rules every <see cref="ISourcedFact"/> obeys; included by the validators of sourced types.</summary>
/// <typeparam name="T">The sourced type.</typeparam>
internal sealed class SourcedFactValidator<T> : AbstractValidator<T>
    where T : ISourcedFact
{
    public SourcedFactValidator()
    {
        RuleFor(x => x.Source).NotNull()
            .WithErrorCode(JhaErrorCodes.SourceMissing)
            .WithMessage("The fact has no source; expected the source it comes from.")
            .SetValidator(SourceValidator.Instance);
        RuleFor(x => x.Confidence).Must(ProvenanceRules.IsDefined)
            .WithErrorCode(JhaErrorCodes.ConfidenceUndefined)
            .WithMessage("The confidence {PropertyValue} is not defined; expected verified, partial or unverified.");
    }

    public static SourcedFactValidator<T> Instance { get; } = new();
}
