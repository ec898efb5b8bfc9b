using System.CommandLine;
using System.CommandLine.Help;
using JhaModel.Cli.Input;
using JhaModel.Cli.Report;
using JhaModel.Cli.Validation;
using JhaModel.Countries;
using JhaModel.Exchange;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace JhaModel.Cli;

/// <summary>The commands and their options; each action returns its exit code.</summary>
internal static class Commands
{
    /// <summary>The commands, in the order the help lists them.</summary>
    public static readonly string[] Names = ["report", "validate", "dataset", "schema", "sample", "completion", "help"];

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "jha: EU Justice and Home Affairs cooperation with the Western Balkans. A report on the embedded reference dataset "
            + "or an exchange document, validation of exchange documents and NDJSON streams, the JSON Schemas and a sample document."
);
        WithExamples(root, "jha report --as-of 2020-10-22", "jha validate data/", "jha help validate");
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Recursive = true;
            option.Description = "Show the version (the one the report names); --info adds the commit and the runtime.";
            option.Action = new PrintAction(() => JhaCli.Version);
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            // -h, -? and --help; not the DOS-style /h and /?, which would also be offered by shell completion.
            help.Aliases.Remove("/h");
            help.Aliases.Remove("/?");
        }

        var info = new Option<bool>("--info") { Description = "Show the version, the commit it was built from, the .NET runtime and the operating system." };
        info.Action = new PrintAction(JhaCli.Info);
        root.Add(info);

        root.Add(ReportCommand());
        root.Add(ValidateCommand.Build());
        root.Add(DatasetCommand.Build());
        root.Add(SchemaCommand());
        root.Add(SampleCommand());
        root.Add(Completion.Build());
        root.Add(HelpCommand(root));
        return root;
    }

    private static readonly Dictionary<string, string[]> ExamplesByCommand = new(StringComparer.Ordinal);

    /// <summary>Records the examples that end a command's help (<c>jha COMMAND --help</c>, <c>jha help COMMAND</c>).</summary>
    public static T WithExamples<T>(T command, params string[] lines)
        where T : Command
    {
        ExamplesByCommand[command is RootCommand ? string.Empty : command.Name] = lines;
        return command;
    }

    /// <summary>Where the tool's guide is published; each command's section has the command's name as its anchor.</summary>
    public const string GuideUrl = "https://github.com/jhamodel/jhamodel/blob/main/docs/cli.md";

    /// <summary>The help's closing section: the examples for a command, and the link to its section of the guide.</summary>
    public static string ExamplesSection(Command command)
    {
        string name = command is RootCommand ? string.Empty : command.Name;
        string examples = ExamplesByCommand.TryGetValue(name, out var lines)
            ? "Examples:\n" + string.Concat(lines.Select(l => "  " + l + "\n")) + "\n"
            : string.Empty;
        // A subcommand (jha dataset info) is in its command's section of the guide.
        string section = command.Parents.OfType<Command>().FirstOrDefault(p => p is not RootCommand)?.Name ?? name;
        return examples + $"More: {GuideUrl}{(section.Length == 0 ? string.Empty : "#" + section)}\n";
    }

    public static Option<string> FormatOption(string description)
    {
        var format = new Option<string>("--format", "-f") { Description = description, HelpName = "text|json", DefaultValueFactory = _ => "text" };
        OneOf(format, "text", "json");
        return format;
    }

    /// <summary>Accepts only the given values, with a one-line error that names them.</summary>
    public static void OneOf(Option<string> option, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name}: '{value}' is not one of {string.Join(", ", values)}");
            }
        });
    }

    private static Command ReportCommand()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "An exchange document to report on ('-' for standard input); the embedded reference dataset when absent.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = new Option<LocalDate?>("--as-of")
        {
            Description = "The date the report speaks as of (YYYY-MM-DD). Default: the document's asOf, else today (UTC).",
            HelpName = "DATE",
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                result.AddError($"--as-of: '{text}' is not a date; expected YYYY-MM-DD, e.g. 2020-10-22");
                return null;
            },
        };
        var format = FormatOption("The output: tables and a chart (text), or the same content as JSON (json).");
        var html = new Option<string?>("--html", "-o") { Description = "Also write a self-contained HTML report, with the same tables and an SVG chart, to FILE; its directory must exist unless --create-dirs.", HelpName = "FILE" };
        var createDirs = CreateDirsOption();
        var data = DatasetCommand.DataOption();
        var language = new Option<LanguageTag?>("--language", "-l")
        {
            Description = "Show the country names and the designation footnote in LANG, a BCP 47 tag (sq, mk, sr, sr-Latn, de, ...); a name with no known translation stays in English, marked [en], with the reason under the table.",
            HelpName = "LANG",
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (LanguageTag.TryParse(text, out var tag))
                {
                    return tag;
                }

                result.AddError($"--language: '{text}' is not a language tag; expected a BCP 47 tag of a lower-case language, an optional script with a capital first and an optional upper-case region, joined by hyphens, e.g. sq, sr-Latn, pt-BR");
                return null;
            },
        };
        var explain = new Option<bool>("--explain") { Description = "Under the country table, show what each status rests on: known, inferred or unknown (and why), with every deciding fact, its date, confidence and source. Text output only." };

        var command = new Command("report", "The report at a glance: the Western Balkans six (EU status, agreements in force with the EU and its agencies, CETS 185 and CETS 224), the EMPACT priorities of the cycle in force, and the case statistics known on the date, with the guarded 2019 against January–September 2020 comparison.")
        {
            file, asOf, format, html, createDirs, data, language, explain,
        };
        WithExamples(command, "jha report --as-of 2020-10-22", "jha report --as-of 2020-01-01 --explain", "jha report data/sample.json -f json", "jha report --html out/report.html --create-dirs", "jha report --data corrections.json", "jha report --language sq");
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(file);
            var layers = parse.GetValue(data) ?? [];
            var dataset = DatasetCommand.Layered(layers);
            var (document, source) = path is null
                ? (dataset.ToDocument(SystemClock.Instance.GetCurrentInstant()), layers.Length == 0 ? $"the embedded reference dataset (JhaModel {JhaCli.Version})" : DatasetCommand.Describe(dataset, layers))
                : (ReadDocument(path, dataset), Inputs.Display(path));
            var date = parse.GetValue(asOf) ?? document.AsOf ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            var report = ReportBuilder.Build(document, source, date, dataset, parse.GetValue(language));

            string? htmlPath = parse.GetValue(html);
            if (htmlPath is not null)
            {
                using var stream = Inputs.OpenWrite(htmlPath, parse.GetValue(createDirs));
                stream.Write(System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Render(report)));
            }

            if (parse.GetValue(format) == "json")
            {
                Console.Out.Flush();
                JsonReportWriter.Write(report, StandardStreams.Output);
            }
            else
            {
                var console = Terminal.Create();
                ConsoleReportRenderer.Render(report, console, parse.GetValue(explain));
                if (htmlPath is not null)
                {
                    console.WriteLine();
                    console.WriteLine($"HTML report written to {htmlPath}");
                }
            }

            return ExitCodes.Valid;
        });
        return command;
    }

    private static ExchangeDocument ReadDocument(string path, ReferenceData.JhaDataset dataset)
    {
        ReadResult<ExchangeDocument> result;
        using (var stream = Inputs.OpenRead(path))
        {
            try
            {
                result = JhaExchange.Read(stream, ReferenceEquals(dataset, ReferenceData.JhaDataset.Default) ? ExchangeReaderOptions.Default : ExchangeReaderOptions.Default with { ReferenceData = dataset });
            }
            catch (IOException e)
            {
                throw Inputs.Unreadable(path, e.Message);
            }
        }

        if (!result.IsSuccess)
        {
            var errors = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
            throw new CliException(
                $"'{Inputs.Display(path)}' is not a valid exchange document ({errors.Count} error{(errors.Count == 1 ? "" : "s")}; the first: {errors[0]}); 'jha validate' lists them all",
                ExitCodes.Invalid);
        }

        return result.Value!;
    }

    private static Command SchemaCommand()
    {
        var output = new Option<string>("--out", "-o") { Description = "The directory to write the schema files to; it must exist unless --create-dirs. Default: the current directory.", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var createDirs = CreateDirsOption();
        var command = new Command("schema", "Write the JSON Schemas (draft 2020-12) of the exchange document and of each record type, one file each.")
        {
            output, createDirs,
        };
        WithExamples(command, "jha schema -o schemas --create-dirs");
        command.SetAction(parse =>
        {
            string directory = parse.GetValue(output)!;
            Inputs.EnsureDirectory(directory, parse.GetValue(createDirs));
            foreach (var (name, schema) in Schemas.All())
            {
                string path = Path.Combine(directory, name);
                using (var stream = Inputs.OpenWrite(path, createDirectories: false))
                {
                    stream.Write(System.Text.Encoding.UTF8.GetBytes(schema));
                }

                Console.Out.WriteLine(path);
            }

            return ExitCodes.Valid;
        });
        return command;
    }

    private static Command SampleCommand()
    {
        var output = new Option<string>("--out", "-o") { Description = "The file to write ('-' for standard output, the default); its directory must exist unless --create-dirs.", HelpName = "FILE", DefaultValueFactory = _ => Inputs.StandardStream };
        var createDirs = CreateDirsOption();
        var command = new Command("sample", "Write the embedded reference dataset as an exchange document (indented JSON), which 'jha validate' accepts.")
        {
            output, createDirs,
        };
        WithExamples(command, "jha sample -o data/sample.json --create-dirs", "jha sample | jha validate");
        command.SetAction(parse =>
        {
            var now = SystemClock.Instance.GetCurrentInstant();
            var generatedAt = Instant.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
            byte[] json = JhaExchange.Write(JhaExchange.ReferenceDataset(generatedAt), indented: true);
            string path = parse.GetValue(output)!;
            Console.Out.Flush();
            using var stream = path == Inputs.StandardStream ? StandardStreams.Output : Inputs.OpenWrite(path, parse.GetValue(createDirs));
            stream.Write(json);
            stream.Write("\n"u8);
            return ExitCodes.Valid;
        });
        return command;
    }

    private static Option<bool> CreateDirsOption() => new("--create-dirs") { Description = "Create the output's directory (and its parents) when it is missing; without it a missing directory is an error." };

    /// <summary><c>jha help [COMMAND]</c>: the help of the tool or of one command, as <c>--help</c> shows it.</summary>
    private static Command HelpCommand(RootCommand root)
    {
        var name = new Argument<string?>("COMMAND") { Description = "The command whose help to show; the tool's when absent.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Show the help of the tool or of one command (the same as 'jha COMMAND --help').") { name };
        WithExamples(command, "jha help validate");
        command.SetAction(parse =>
        {
            string? target = parse.GetValue(name);
            if (target is not null && !root.Subcommands.Any(c => c.Name == target))
            {
                throw new CliException($"unknown command '{target}'{JhaCli.DidYouMean(target, Names)}; the commands are {string.Join(", ", Names)}", ExitCodes.Usage);
            }

            return JhaCli.InvokeHelp(root.Parse(target is null ? ["--help"] : [target, "--help"]));
        });
        return command;
    }

    /// <summary>
    /// The root help lists each command with its arguments in angle brackets, optional or not; an optional one is
    /// shown in square brackets instead (<c>report [FILE]</c>, <c>validate [PATH]</c>), the columns unmoved.
    /// </summary>
    public static string ShowOptionalArguments(string help, Command shown)
    {
        foreach (var command in shown.Subcommands)
        {
            foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues == 0))
            {
                help = help.Replace($"\n  {command.Name} <{argument.Name}>", $"\n  {command.Name} [{argument.Name}]", StringComparison.Ordinal);
            }
        }

        return help;
    }
}

/// <summary>An option's action that prints one line (<c>--version</c>, <c>--info</c>) and succeeds.</summary>
internal sealed class PrintAction(Func<string> text) : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.WriteLine(text());
        return ExitCodes.Valid;
    }
}
