using System.CommandLine;
using JhaModel.Exchange;
using Spectre.Console;

namespace JhaModel.Cli.Validation;

/// <summary><c>jha validate FILE...</c>: every problem of every input; exit code 0 valid, 1 invalid data, 2 usage error or unreadable input.</summary>
internal static class ValidateCommand
{
    /// <summary>Inputs at least this large get a progress bar (on a terminal only).</summary>
    public const long ProgressThreshold = 4L * 1024 * 1024;

    public static Command Build()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Exchange documents (JSON) or NDJSON streams; '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = Commands.FormatOption("The output: one line per problem and a summary per input (text), or one JSON object (json).");
        var input = new Option<string>("--input")
        {
            Description = "What the inputs hold: decided by the extension (.json; .ndjson, .jsonl) or the first bytes (auto), or forced (json, ndjson).",
            HelpName = "auto|json|ndjson",
            DefaultValueFactory = _ => "auto",
        };
        Commands.OneOf(input, "auto", "json", "ndjson");
        var noProgress = new Option<bool>("--no-progress") { Description = "Never draw a progress bar (one is drawn for large inputs only when the output is a terminal)." };

        var command = new Command("validate", "Validate exchange documents and NDJSON streams: every problem with its code, its path or line and its message.")
        {
            files, format, input, noProgress,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(files) is { } names && names.Count(n => n == Inputs.StandardStream) > 1)
            {
                result.AddError("standard input ('-') can be read only once");
            }
        });
        command.SetAction(parse => Run(
            parse.GetValue(files)!,
            parse.GetValue(format) == "json",
            parse.GetValue(input) switch { "json" => InputFormat.Document, "ndjson" => InputFormat.Ndjson, _ => null },
            !parse.GetValue(noProgress)));
        return command;
    }

    private static int Run(string[] files, bool json, InputFormat? forced, bool progressAllowed)
    {
        // Redirected, a problem stays on one line however long, so that it can be searched and cut.
        var console = Terminal.Create(redirectedWidth: 1 << 16);
        bool unreadable = false;
        bool invalid = false;
        using (IValidationOutput output = json ? new JsonValidationOutput() : new TextValidationOutput(console))
        {
            foreach (string file in files)
            {
                string name = Inputs.Display(file);
                try
                {
                    var outcome = ValidateOne(file, name, forced, output, console, progressAllowed && !json && Terminal.CanShowProgress);
                    invalid |= !outcome.IsValid;
                }
                catch (CliException e)
                {
                    Console.Error.WriteLine($"jha: {e.Message}");
                    output.Unreadable(name, e.Message);
                    unreadable = true;
                }
            }
        }

        return unreadable ? ExitCodes.Usage : invalid ? ExitCodes.Invalid : ExitCodes.Valid;
    }

    private static InputOutcome ValidateOne(string file, string name, InputFormat? forced, IValidationOutput output, IAnsiConsole console, bool progressAllowed)
    {
        using var raw = Inputs.OpenRead(file);
        long? length = raw.CanSeek ? raw.Length : null;
        var prefix = new byte[InputFormatDetector.SniffBytes];
        int prefixLength;
        try
        {
            prefixLength = raw.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw Inputs.Unreadable(file, e.Message);
        }

        var format = forced
            ?? (file == Inputs.StandardStream ? null : InputFormatDetector.FromExtension(file))
            ?? InputFormatDetector.Sniff(prefix.AsSpan(0, prefixLength), prefixLength < prefix.Length);
        var stream = new ReplayStream(prefix, prefixLength, raw);
        var outcome = new InputOutcome(name, format);
        output.BeginInput(outcome);

        void Validate()
        {
            try
            {
                if (format == InputFormat.Ndjson)
                {
                    NdjsonValidation.Run(stream, outcome, output);
                }
                else
                {
                    ValidateDocument(stream, outcome, output);
                }
            }
            catch (IOException e)
            {
                throw Inputs.Unreadable(file, e.Message);
            }
        }

        if (progressAllowed && (length ?? long.MaxValue) >= ProgressThreshold)
        {
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(name), maxValue: length ?? 1);
                    task.IsIndeterminate = length is null;
                    stream.Progress = read => task.Value = Math.Min(read, task.MaxValue);
                    Validate();
                    stream.Progress = null;
                    task.StopTask();
                });
        }
        else
        {
            Validate();
        }

        output.EndInput(outcome);
        return outcome;
    }

    private static void ValidateDocument(Stream stream, InputOutcome outcome, IValidationOutput output)
    {
        var result = JhaExchange.Read(stream);
        outcome.Records = 1;
        outcome.InvalidRecords = result.IsSuccess ? 0 : 1;
        foreach (var problem in result.Problems)
        {
            outcome.Count(problem);
            output.Problem(outcome, problem);
        }
    }
}
