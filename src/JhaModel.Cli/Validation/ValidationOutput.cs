using System.Text.Encodings.Web;
using System.Text.Json;
using JhaModel.Exchange;
using Spectre.Console;

namespace JhaModel.Cli.Validation;

/// <summary>The outcome of validating one input.</summary>
internal sealed class InputOutcome(string name, InputFormat format)
{
    public string Name { get; } = name;

    public InputFormat Format { get; } = format;

    /// <summary>Documents count one record; NDJSON counts its records (non-blank lines).</summary>
    public long Records { get; set; }

    public long InvalidRecords { get; set; }

    public long Errors { get; set; }

    public long Warnings { get; set; }

    public bool IsValid => Errors == 0;

    /// <summary>The line at which an NDJSON input stopped being read (a line over the limit, or <c>--max-problems</c>).</summary>
    public long? StoppedAtLine { get; set; }

    /// <summary>Whether reading stopped at a line longer than the limit.</summary>
    public bool StoppedAtLongLine { get; set; }

    /// <summary>The <c>--max-problems</c> limit that stopped the listing, if it did.</summary>
    public long? StoppedAfterProblems { get; set; }

    /// <summary>Why the input was not read or listed to its end, in words; <see langword="null"/> when it was.</summary>
    public string? Stopped => (StoppedAfterProblems, StoppedAtLine, StoppedAtLongLine) switch
    {
        ({ } max, { } line, _) => $"stopped at line {line} after {max} problem{(max == 1 ? "" : "s")} (--max-problems)",
        ({ } max, null, _) => $"listing stopped after {max} problem{(max == 1 ? "" : "s")} (--max-problems)",
        (null, { } line, true) => $"reading stopped at line {line}, longer than the line limit",
        _ => null,
    };

    public void Count(ExchangeProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
    }
}

/// <summary>Where <c>jha validate</c> reports: lines for people, or one JSON object for machines; both stream, so memory stays flat.</summary>
internal interface IValidationOutput : IDisposable
{
    void BeginInput(InputOutcome input);

    void Problem(InputOutcome input, ExchangeProblem problem);

    void EndInput(InputOutcome input);

    void Unreadable(string name, string message);
}

/// <summary>One line per problem (<c>NAME: error CODE PATH (line N): message</c>) and one summary line per input.</summary>
internal sealed class TextValidationOutput(IAnsiConsole console) : IValidationOutput
{
    public void BeginInput(InputOutcome input)
    {
    }

    public void Problem(InputOutcome input, ExchangeProblem problem)
    {
        if (!Console.IsOutputRedirected)
        {
            Progress.ProgressBar.ClearForOutput();
        }

        string colour = problem.Severity == ProblemSeverity.Error ? "red" : "yellow";
        console.MarkupLine($"{Markup.Escape(input.Name)}: [{colour}]{Markup.Escape(problem.ToString())}[/]");
    }

    public void EndInput(InputOutcome input)
    {
        string records = input.Format == InputFormat.Ndjson ? $"{input.Records} record{Plural(input.Records)}" : "document";
        string warnings = input.Warnings > 0 ? $", {input.Warnings} warning{Plural(input.Warnings)}" : string.Empty;
        console.MarkupLine(input.IsValid
            ? $"{Markup.Escape(input.Name)}: [green]valid[/] ({records}{warnings}{(input.Stopped is { } listed ? "; " + listed : string.Empty)})"
            : $"{Markup.Escape(input.Name)}: [red]invalid[/] ({records}"
                + (input.Format == InputFormat.Ndjson ? $", {input.InvalidRecords} invalid" : string.Empty)
                + $"; {input.Errors} error{Plural(input.Errors)}{warnings}{(input.Stopped is { } stopped ? "; " + stopped : string.Empty)})");
    }

    public void Unreadable(string name, string message)
    {
    }

    public void Dispose()
    {
    }

    private static string Plural(long count) => count == 1 ? string.Empty : "s";
}

/// <summary>
/// One JSON object: <c>{"valid": bool, "inputs": [{"input", "format", "records", "invalidRecords", "errors",
/// "warnings", "valid", "problems": [...]}, ...]}</c>; an unreadable input has <c>"unreadable": message</c> instead.
/// </summary>
internal sealed class JsonValidationOutput : IValidationOutput
{
    private readonly Stream _stdout = StandardStreams.Output;
    private readonly Utf8JsonWriter _json;
    private bool _valid = true;

    public JsonValidationOutput()
    {
        _json = new Utf8JsonWriter(_stdout, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteStartArray("inputs");
    }

    public void BeginInput(InputOutcome input)
    {
        _json.WriteStartObject();
        _json.WriteString("input", input.Name);
        _json.WriteString("format", input.Format == InputFormat.Ndjson ? "ndjson" : "json");
        _json.WriteStartArray("problems");
    }

    public void Problem(InputOutcome input, ExchangeProblem problem)
    {
        _json.WriteStartObject();
        _json.WriteString("severity", problem.Severity == ProblemSeverity.Error ? "error" : "warning");
        _json.WriteString("code", problem.Code);
        _json.WriteString("path", problem.Path);
        if (problem.Line is { } line)
        {
            _json.WriteNumber("line", line);
        }

        if (problem.Column is { } column)
        {
            _json.WriteNumber("column", column);
        }

        _json.WriteString("message", problem.Message);
        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public void EndInput(InputOutcome input)
    {
        _json.WriteEndArray();
        _json.WriteNumber("records", input.Records);
        _json.WriteNumber("invalidRecords", input.InvalidRecords);
        _json.WriteNumber("errors", input.Errors);
        _json.WriteNumber("warnings", input.Warnings);
        _json.WriteBoolean("valid", input.IsValid);
        if (input.Stopped is { } stopped)
        {
            if (input.StoppedAtLine is { } line)
            {
                _json.WriteNumber("stoppedAtLine", line);
            }

            _json.WriteString("stopped", stopped);
        }

        _json.WriteEndObject();
        _json.Flush();
        _valid &= input.IsValid;
    }

    public void Unreadable(string name, string message)
    {
        _json.WriteStartObject();
        _json.WriteString("input", name);
        _json.WriteString("unreadable", message);
        _json.WriteBoolean("valid", false);
        _json.WriteEndObject();
        _valid = false;
    }

    public void Dispose()
    {
        _json.WriteEndArray();
        _json.WriteBoolean("valid", _valid);
        _json.WriteEndObject();
        _json.Flush();
        _stdout.Write("\n"u8);
        _json.Dispose();
        _stdout.Dispose();
    }
}
