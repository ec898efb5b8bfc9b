namespace JhaModel.Exchange;

/// <summary>One problem found in an exchange document or NDJSON stream: where, what, and how serious.</summary>
/// <remarks>
/// A message is at most <see cref="MaxMessageLength"/> characters and holds no control character or line break; a
/// value of the input that it echoes is quoted, escaped as in JSON and cut after <see cref="MaxEchoLength"/>
/// characters, so a message is safe to print line by line whatever the input held.
/// </remarks>
public sealed record ExchangeProblem
{
    /// <summary>The longest <see cref="Message"/>, in characters: 4,096.</summary>
    public const int MaxMessageLength = 4_096;

    /// <summary>The most characters of an input value a message echoes: 100; the rest is counted, not shown.</summary>
    public const int MaxEchoLength = 100;

    /// <summary>The stable code from <see cref="Validation.JhaErrorCodes"/>, e.g. <c>JHA-DOC-003</c> or <c>JHA-AGR-009</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The JSON path of the value, e.g. <c>$.agreements[2].partyEvents[0].date</c>; <c>$</c> for the whole input.</summary>
    public required string Path { get; init; }

    /// <summary>The 1-based line, for syntax problems and NDJSON records; otherwise <see langword="null"/>.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based byte column within the line, for syntax problems; otherwise <see langword="null"/>.</summary>
    public long? Column { get; init; }

    /// <summary>What was found and what was expected.</summary>
    public required string Message { get; init; }

    /// <summary>How serious the problem is.</summary>
    public required ProblemSeverity Severity { get; init; }

    /// <summary>A one-line description: severity, code, location and message.</summary>
    /// <returns>For example <c>error JHA-DOC-003 $.agreements[0].extra: …</c>.</returns>
    public override string ToString() =>
        $"{(Severity == ProblemSeverity.Error ? "error" : "warning")} {Code} {Path}{(Line is { } line ? $" (line {line}{(Column is { } column ? $", column {column}" : string.Empty)})" : string.Empty)}: {Message}";
}
