using System.CommandLine;
using JhaModel.Cli.Input;
using JhaModel.Cli.Progress;
using JhaModel.Exchange;
using Spectre.Console;

namespace JhaModel.Cli.Validation;

/// <summary><c>jha validate [PATH...]</c>: every problem of every input; exit code 0 valid, 1 invalid data, 2 usage error or unreadable input.</summary>
internal static class ValidateCommand
{
    /// <summary>Files of known size at least this large get a progress display (standard input always does), when standard error is a terminal.</summary>
    public const long ProgressThreshold = 4L * 1024 * 1024;

    /// <summary>The files a directory is searched for when no <c>--glob</c> is given.</summary>
    public static readonly string[] DefaultGlobs = ["*.json", "*.ndjson", "*.jsonl"];

    public static Command Build()
    {
        var files = new Argument<string[]>("PATH")
        {
            Description = "Exchange documents (JSON), NDJSON streams or directories (searched recursively); '-' for standard input. "
                + "Without any, standard input when it is not a terminal.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = Commands.FormatOption("The output: one line per problem and a summary per input (text), or one JSON object (json).");
        var input = new Option<string>("--input", "-i")
        {
            Description = "What the inputs hold: decided by the extension (.json; .ndjson, .jsonl) or the first bytes (auto), or forced (json, ndjson).",
            HelpName = "auto|json|ndjson",
            DefaultValueFactory = _ => "auto",
        };
        Commands.OneOf(input, "auto", "json", "ndjson");
        var glob = new Option<string[]>("--glob", "-g")
        {
            Description = "Which files of a directory are validated, matched against the path below the directory ('*' within a name, '**/' any folders); "
                + "may be repeated. Default: *.json, *.ndjson and *.jsonl. Hidden files and folders are skipped.",
            HelpName = "PATTERN",
            AllowMultipleArgumentsPerToken = false,
        };
        var maxProblems = new Option<long?>("--max-problems", "-m")
        {
            Description = "List at most N problems per input; an NDJSON input then stops being read. Default: every problem.",
            HelpName = "N",
        };
        maxProblems.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is < 1)
            {
                result.AddError($"--max-problems: '{result.Tokens[0].Value}' is not a positive number");
            }
        });
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Read an NDJSON input on N threads, the output in input order and the same as with one. Default: the machine's cores.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"--jobs: '{result.Tokens[0].Value}' is not a positive number");
            }
        });
        var noProgress = new Option<bool>("--no-progress") { Description = "Never draw a progress display (one is drawn on standard error, when it is a terminal, for standard input and files of 4 MiB or more)." };

        var data = DatasetCommand.DataOption();
        data.Description = "A file of reference data laid over the embedded dataset, against which references resolve (an agreement's parent or predecessor, an organisation, a priority). May be repeated; the files are laid in order.";
        var command = new Command("validate", "Validate exchange documents and NDJSON streams: every problem with its code, its path or line and its message.")
        {
            files, format, input, glob, maxProblems, jobs, noProgress, data,
        };
        Commands.WithExamples(command, "jha validate data/sample.json records.ndjson",
                "jha validate data/ --glob '**/*.ndjson' --max-problems 20",
                "jha validate big.ndjson --jobs 4",
                "cat records.ndjson | jha validate -f json",
                "jha validate plans.json --data corrections.json");
        command.Validators.Add(result =>
        {
            if (result.GetValue(files) is { } names && names.Count(n => n == Inputs.StandardStream) > 1)
            {
                result.AddError("standard input ('-') can be read only once");
            }
        });
        command.SetAction(parse => Run(
            parse.GetValue(files) is { Length: > 0 } given ? given : null,
            parse.GetValue(format) == "json",
            parse.GetValue(input) switch { "json" => InputFormat.Document, "ndjson" => InputFormat.Ndjson, _ => null },
            parse.GetValue(glob) is { Length: > 0 } globs ? globs : DefaultGlobs,
            parse.GetValue(maxProblems) ?? long.MaxValue,
            parse.GetValue(jobs),
            !parse.GetValue(noProgress),
            parse.GetValue(data) is { Length: > 0 } layers ? ExchangeReaderOptions.Default with { ReferenceData = DatasetCommand.Layered(layers) } : ExchangeReaderOptions.Default));
        return command;
    }

    private static int Run(string[]? paths, bool json, InputFormat? forced, string[] globs, long maxProblems, int jobs, bool progressAllowed, ExchangeReaderOptions options)
    {
        if (paths is null)
        {
            if (!Console.IsInputRedirected)
            {
                throw new CliException("no input: name a file or a directory, or pipe the input to standard input (see 'jha validate --help')", ExitCodes.Usage);
            }

            paths = [Inputs.StandardStream];
        }

        // Redirected, a problem stays on one line however long, so that it can be searched and cut.
        var console = Terminal.Create(redirectedWidth: 1 << 16);
        bool unreadable = false;
        bool invalid = false;
        var matchers = globs.Select(Glob.Create).ToList();
        using (IValidationOutput output = json ? new JsonValidationOutput() : new TextValidationOutput(console))
        {
            foreach (var (file, error) in Expand(paths, matchers, globs))
            {
                string name = Inputs.Display(file);
                try
                {
                    if (error is not null)
                    {
                        throw new CliException(error, ExitCodes.Usage);
                    }

                    var outcome = ValidateOne(file, name, forced, output, maxProblems, jobs, progressAllowed && ProgressBar.CanShow, options);
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

    /// <summary>The inputs named: files and standard input as given, directories as the files below them that a glob matches (in ordinal order).</summary>
    private static IEnumerable<(string File, string? Error)> Expand(string[] paths, List<Glob> matchers, string[] globs)
    {
        foreach (string path in paths)
        {
            if (path == Inputs.StandardStream || !Directory.Exists(path))
            {
                yield return (path, null);
                continue;
            }

            var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                .Select(f => (Full: f, Relative: Path.GetRelativePath(path, f).Replace('\\', '/')))
                .Where(f => matchers.Exists(m => m.IsMatch(f.Relative)))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .Select(f => f.Full)
                .ToList();
            if (found.Count == 0)
            {
                yield return (path, $"'{path}' is a directory that holds no file matching {string.Join(", ", globs)}");
            }

            foreach (string file in found)
            {
                yield return (file, null);
            }
        }
    }

    private static InputOutcome ValidateOne(string file, string name, InputFormat? forced, IValidationOutput output, long maxProblems, int jobs, bool progressAllowed, ExchangeReaderOptions options)
    {
        using var raw = Inputs.OpenRead(file);
        long? length = Inputs.KnownLength(raw);
        var prefix = new byte[InputFormatDetector.SniffBytes];
        var stream = new ReplayStream(prefix, 0, raw);
        using var progress = progressAllowed && (file == Inputs.StandardStream || length >= ProgressThreshold)
            ? ProgressBar.Start(name, length, () => stream.BytesRead)
            : null;
        int prefixLength;
        try
        {
            prefixLength = raw.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw Inputs.Unreadable(file, e.Message);
        }

        stream.Replay(prefixLength);
        var format = forced
            ?? (file == Inputs.StandardStream ? null : InputFormatDetector.FromExtension(file))
            ?? InputFormatDetector.Sniff(prefix.AsSpan(0, prefixLength), prefixLength < prefix.Length);
        var outcome = new InputOutcome(name, format);
        output.BeginInput(outcome);
        try
        {
            if (format == InputFormat.Ndjson)
            {
                NdjsonValidation.Run(stream, outcome, output, options, maxProblems, jobs);
            }
            else
            {
                ValidateDocument(JhaExchange.Read(stream, options), outcome, output, maxProblems);
            }
        }
        catch (IOException e)
        {
            throw Inputs.Unreadable(file, e.Message);
        }

        progress?.Dispose();
        output.EndInput(outcome);
        return outcome;
    }

    private static void ValidateDocument(ReadResult<ExchangeDocument> result, InputOutcome outcome, IValidationOutput output, long maxProblems)
    {
        outcome.Records = 1;
        outcome.InvalidRecords = result.IsSuccess ? 0 : 1;
        long listed = 0;
        foreach (var problem in result.Problems)
        {
            outcome.Count(problem);
            if (listed < maxProblems)
            {
                output.Problem(outcome, problem);
                listed++;
            }
        }

        if (result.Problems.Count > listed)
        {
            outcome.StoppedAfterProblems = maxProblems;
        }
    }
}
