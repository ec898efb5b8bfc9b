using System.Diagnostics.CodeAnalysis;
using JhaModel.Collections;

namespace JhaModel.Exchange;

/// <summary>One line of an NDJSON stream, read: the record, or the problems of that line.</summary>
public sealed class NdjsonRecord
{
    internal NdjsonRecord(long lineNumber, string? kind, object? value, IReadOnlyList<ExchangeProblem> problems, bool endsStream = false)
    {
        LineNumber = lineNumber;
        EndsStream = endsStream;
        Kind = kind;
        Problems = ValueList<ExchangeProblem>.From(problems);
        Value = Problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : value;
    }

    /// <summary>The 1-based line number in the stream.</summary>
    public long LineNumber { get; }

    /// <summary>The record's kind (<c>agreement</c>, <c>country</c>, …) when the line names one.</summary>
    public string? Kind { get; }

    /// <summary>The record — an <see cref="Organisations.Organisation"/>, <see cref="Countries.Country"/>, <see cref="Agreements.Agreement"/>, <see cref="Empact.PolicyCycle"/>, <see cref="Empact.OperationalActionPlan"/>, <see cref="Statistics.CaseStatistic"/> or <see cref="Statistics.CountryRanking"/> — when the line has no error; otherwise <see langword="null"/>.</summary>
    public object? Value { get; }

    /// <summary>The problems of the line, each with <see cref="ExchangeProblem.Line"/> set; paths are within the line.</summary>
    public IReadOnlyList<ExchangeProblem> Problems { get; }

    /// <summary>
    /// Whether reading stopped at this line, before the end of the stream: the line is longer than
    /// <see cref="ExchangeReaderOptions.MaxDocumentBytes"/>, its end may never come, and nothing after it is read.
    /// </summary>
    public bool EndsStream { get; }

    /// <summary>Whether the line was read without error.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;
}
