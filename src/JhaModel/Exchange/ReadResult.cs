using System.Diagnostics.CodeAnalysis;
using JhaModel.Collections;

namespace JhaModel.Exchange;

/// <summary>The outcome of reading: the value, or the complete list of problems (warnings may come with a value).</summary>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, IReadOnlyList<ExchangeProblem> problems)
    {
        Problems = ValueList<ExchangeProblem>.From(problems);
        Value = Problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : value;
    }

    /// <summary>The value, when there is no error; otherwise <see langword="null"/>.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, errors and warnings, in the order of the reading stages.</summary>
    public IReadOnlyList<ExchangeProblem> Problems { get; }

    /// <summary>Whether the input was read without error (warnings allowed).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;
}
