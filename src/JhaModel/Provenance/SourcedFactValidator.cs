using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Provenance;

/// <summary>The rules every <see cref="ISourcedFact"/> obeys (<see cref="SourcedFactRules{T}"/>), as a validator of their own.</summary>
/// <typeparam name="T">The sourced type.</typeparam>
internal sealed class SourcedFactValidator<T> : AbstractValidator<T>
    where T : class, ISourcedFact
{
    public SourcedFactValidator() => SourcedFactRules<T>.Table.AddTo(this);

    public static SourcedFactValidator<T> Instance { get; } = new();
}
