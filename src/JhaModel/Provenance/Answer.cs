using JhaModel.Collections;

namespace JhaModel.Provenance;

/// <summary>
/// An answer with what it rests on: the value, whether the facts decide it (<see cref="Kind"/>), the deciding facts
/// (<see cref="Basis"/>) and, unless the answer is known, why not (<see cref="Reason"/>).
/// </summary>
/// <typeparam name="T">The type of the value, e.g. <see cref="Agreements.AgreementStatus"/>.</typeparam>
/// <remarks>
/// The status queries that return a bare value (<c>StatusOn</c>, <c>EuStatusOn</c>, …) are shorthand for the
/// <see cref="Value"/> of their <c>Explain…</c> form: where that answer is <see cref="AnswerKind.Unknown"/>, they
/// return the type's unknown value, never a guess.
/// </remarks>
public sealed record Answer<T>
{
    private readonly ValueList<Evidence> _basis = ValueList<Evidence>.Empty;

    /// <summary>The answer, e.g. <see cref="Agreements.AgreementStatus.InForce"/>; the type's unknown value when <see cref="Kind"/> is <see cref="AnswerKind.Unknown"/>.</summary>
    public required T Value { get; init; }

    /// <summary>Whether the facts decide the answer, rest on an inference, or cannot decide it.</summary>
    public required AnswerKind Kind { get; init; }

    /// <summary>The facts the answer rests on, deciding fact first; empty when nothing recorded bears on it.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<Evidence> Basis
    {
        get => _basis;
        init => _basis = ValueList<Evidence>.From(value);
    }

    /// <summary>Why the answer is inferred or unknown, in words; <see langword="null"/> when it is known.</summary>
    public string? Reason { get; init; }

    /// <summary>Whether <see cref="Kind"/> is <see cref="AnswerKind.Known"/>.</summary>
    public bool IsKnown => Kind == AnswerKind.Known;

    /// <summary>The value, the kind and, unless known, the reason.</summary>
    /// <returns>For example <c>Signed (inferred: no entry-into-force for AL is recorded)</c>.</returns>
    public override string ToString() => Kind switch
    {
        AnswerKind.Known => $"{Value} (known)",
        AnswerKind.Inferred => $"{Value} (inferred: {Reason})",
        _ => $"{Value} (unknown: {Reason})",
    };
}
