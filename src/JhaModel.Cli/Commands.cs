using System.CommandLine;
using JhaModel.Cli.Report;
using JhaModel.Cli.Validation;
using JhaModel.Exchange;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace JhaModel.Cli;

/// <summary>The commands and their options; each action returns its exit code.</summary>
internal static class Commands
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "jha: EU Justice and Home Affairs cooperation with the Western Balkans. A report on the embedded reference dataset "
            + "or an exchange document, validation of exchange documents and NDJSON streams, the JSON Schemas and a sample document.");
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Recursive = true;
        }

        root.Add(ReportCommand());
        root.Add(ValidateCommand.Build());
        root.Add(SchemaCommand());
        root.Add(SampleCommand());
        return root;
    }

    public static Option<string> FormatOption(string description)
    {
        var format = new Option<string>("--format") { Description = description, HelpName = "text|json", DefaultValueFactory = _ => "text" };
        OneOf(format, "text", "json");
        return format;
    }

    /// <summary>Accepts only the given values, with a one-line error that names them.</summary>
    public static void OneOf(Option<string> option, params string[] values) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name}: '{value}' is not one of {string.Join(", ", values)}");
            }
        });

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
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report, with the same tables and an SVG chart, to FILE.", HelpName = "FILE" };

        var command = new Command("report", "The report at a glance: the Western Balkans six (EU status, agreements in force with the EU and its agencies, CETS 185 and CETS 224), the EMPACT priorities of the cycle in force, and the case statistics with the guarded 2019 against January–September 2020 comparison.")
        {
            file, asOf, format, html,
        };
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(file);
            var (document, source) = path is null
                ? (JhaExchange.ReferenceDataset(SystemClock.Instance.GetCurrentInstant()), $"the embedded reference dataset (JhaModel {JhaCli.Version})")
                : (ReadDocument(path), Inputs.Display(path));
            var date = parse.GetValue(asOf) ?? document.AsOf ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            var report = ReportBuilder.Build(document, source, date);

            string? htmlPath = parse.GetValue(html);
            if (htmlPath is not null)
            {
                using var stream = Inputs.OpenWrite(htmlPath);
                stream.Write(System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Render(report)));
            }

            if (parse.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                JsonReportWriter.Write(report, stdout);
            }
            else
            {
                var console = Terminal.Create();
                ConsoleReportRenderer.Render(report, console);
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

    private static ExchangeDocument ReadDocument(string path)
    {
        ReadResult<ExchangeDocument> result;
        using (var stream = Inputs.OpenRead(path))
        {
            result = JhaExchange.Read(stream);
        }

        if (!result.IsSuccess)
        {
            var errors = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
            throw new CliException(
                $"'{Inputs.Display(path)}' is not a valid exchange document ({errors.Count} error{(errors.Count == 1 ? "" : "s")}; the first: {errors[0]}); 'jha validate' lists them all",
                ExitCodes.Invalid);
        }

        return result.Value;
    }

    private static Command SchemaCommand()
    {
        var output = new Option<string>("--out") { Description = "The directory to write the schema files to; created when missing. Default: the current directory.", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var command = new Command("schema", "Write the JSON Schemas (draft 2020-12) of the exchange document and of each record type, one file each.") { output };
        command.SetAction(parse =>
        {
            string directory = parse.GetValue(output)!;
            if (File.Exists(directory))
            {
                throw new CliException($"cannot write to '{directory}': it is a file, not a directory", ExitCodes.Usage);
            }

            foreach (var (name, schema) in Schemas.All())
            {
                string path = Path.Combine(directory, name);
                using (var stream = Inputs.OpenWrite(path))
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
        var output = new Option<string>("--out") { Description = "The file to write ('-' for standard output, the default).", HelpName = "FILE", DefaultValueFactory = _ => Inputs.StandardStream };
        var command = new Command("sample", "Write the embedded reference dataset as an exchange document (indented JSON), which 'jha validate' accepts.") { output };
        command.SetAction(parse =>
        {
            var now = SystemClock.Instance.GetCurrentInstant();
            var generatedAt = Instant.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
            byte[] json = JhaExchange.Write(JhaExchange.ReferenceDataset(generatedAt), indented: true);
            string path = parse.GetValue(output)!;
            using var stream = path == Inputs.StandardStream ? Console.OpenStandardOutput() : Inputs.OpenWrite(path);
            stream.Write(json);
            stream.Write("\n"u8);
            return ExitCodes.Valid;
        });
        return command;
    }
}
