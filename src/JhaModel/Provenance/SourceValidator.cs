using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Provenance;

/// <summary>Validates a <see cref="Source"/>: a title that is not blank and, when given, an absolute http or https URL.</summary>
/// <remarks>Validators are thread-safe; construct once (or use <see cref="Instance"/>) and reuse.</remarks>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Creates the validator.</summary>
    public SourceValidator() => ProvenanceRuleTables.Source.AddTo(this);

    /// <summary>A shared instance.</summary>
    public static SourceValidator Instance { get; } = new();
}
