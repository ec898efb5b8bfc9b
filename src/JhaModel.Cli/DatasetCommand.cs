using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using JhaModel.Exchange;
using JhaModel.Provenance;
using JhaModel.ReferenceData;

namespace JhaModel.Cli;

/// <summary><c>jha dataset info|diff|write</c> and the <c>--data</c> option that lays files over the embedded dataset.</summary>
internal static class DatasetCommand
{
    /// <summary>The <c>--data FILE</c> option: repeatable, the files laid over the embedded dataset in the order given.</summary>
    public static Option<string[]> DataOption() => new("--data", "-d")
    {
        Description = "A file of reference data (an exchange document, or a dataset file) laid over the embedded dataset: each entry replaces the entry of its identifier, or is added. May be repeated; the files are laid in order.",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The embedded dataset with the given files laid over it, in order.</summary>
    /// <exception cref="CliException">A file cannot be read (exit code 2) or is not a valid layer (exit code 1; every error is listed).</exception>
    public static JhaDataset Layered(IReadOnlyList<string>? layers)
    {
        var dataset = JhaDataset.Default;
        foreach (string path in layers ?? [])
        {
            ReadResult<JhaDataset> result;
            using (var stream = Inputs.OpenRead(path))
            {
                try
                {
                    result = dataset.Layer(stream);
                }
                catch (IOException e)
                {
                    throw Inputs.Unreadable(path, e.Message);
                }
            }

            dataset = result.Value ?? throw Invalid(path, result, "dataset layer");
        }

        return dataset;
    }

    /// <summary>The names of the layers, for the report's source line.</summary>
    public static string Describe(JhaDataset dataset, IReadOnlyList<string> layers) =>
        $"the embedded reference dataset with {string.Join(", ", layers.Select(l => $"'{Inputs.Display(l)}'"))} laid over it (data {dataset.Version ?? "unversioned"}, JhaModel {JhaCli.Version})";

    public static Command Build()
    {
        var command = new Command("dataset", "The reference dataset: its version and contents (info), the differences between two datasets (diff), the dataset file (write).")
        {
            InfoCommand(), DiffCommand(), WriteCommand(),
        };
        Commands.WithExamples(command, "jha dataset info", "jha dataset info --data corrections.json -f json", "jha dataset diff old.json new.json");
        return command;
    }

    private static Command InfoCommand()
    {
        var file = new Argument<string?>("FILE") { Description = "A dataset file to describe; the embedded dataset when absent.", Arity = ArgumentArity.ZeroOrOne };
        var data = DataOption();
        var format = Commands.FormatOption("The output: lines of text (text), or one JSON object (json).");
        var command = new Command("info", "The dataset's version, the date up to which it was reviewed, how many entries and facts it holds, and its sources by confidence.")
        {
            file, data, format,
        };
        Commands.WithExamples(command, "jha dataset info", "jha dataset info --data corrections.json -f json");
        command.SetAction(parse =>
        {
            var layers = parse.GetValue(data) ?? [];
            var dataset = parse.GetValue(file) is { } path ? Load(path) : JhaDataset.Default;
            foreach (string layer in layers)
            {
                dataset = LayerOver(dataset, layer);
            }

            var byConfidence = dataset.Facts.GroupBy(f => f.Confidence).OrderBy(g => g.Key)
                .Select(g => (Confidence: Wire(g.Key), Facts: g.Count(), Sources: g.Select(f => f.Source).Distinct().Count())).ToList();
            (string Name, int Count)[] counts =
            [
                ("organisations", dataset.Organisations.All.Count),
                ("countries", dataset.Countries.Recorded.Count),
                ("agreements", dataset.Agreements.All.Count),
                ("policyCycles", dataset.Empact.Cycles.Count),
                ("priorities", dataset.Empact.Priorities.Count),
                ("statistics", dataset.Statistics.Statistics.Count),
                ("rankings", dataset.Statistics.Rankings.Count),
                ("facts", dataset.Facts.Count),
                ("sources", dataset.Sources.Count),
            ];
            if (parse.GetValue(format) == "json")
            {
                using var json = Writer();
                json.WriteStartObject();
                json.WriteString("producer", dataset.Producer);
                Optional(json, "version", dataset.Version);
                Optional(json, "reviewedUntil", dataset.ReviewedUntil?.ToString("yyyy-MM-dd", null));
                json.WriteStartObject("counts");
                foreach (var (name, count) in counts)
                {
                    json.WriteNumber(name, count);
                }

                json.WriteEndObject();
                json.WriteStartArray("confidence");
                foreach (var c in byConfidence)
                {
                    json.WriteStartObject();
                    json.WriteString("confidence", c.Confidence);
                    json.WriteNumber("facts", c.Facts);
                    json.WriteNumber("sources", c.Sources);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.Flush();
                StandardStreams.Output.Write("\n"u8);
                return ExitCodes.Valid;
            }

            var output = Console.Out;
            output.WriteLine($"Dataset:        {dataset.Producer}");
            output.WriteLine($"Version:        {dataset.Version ?? "(none)"}");
            output.WriteLine($"Reviewed until: {dataset.ReviewedUntil?.ToString("yyyy-MM-dd", null) ?? "(not stated)"}");
            output.WriteLine($"Package:        JhaModel {JhaCli.Version}");
            output.WriteLine();
            output.WriteLine("Entries:");
            foreach (var (name, count) in counts)
            {
                output.WriteLine($"  {name,-14} {count,5}");
            }

            output.WriteLine();
            output.WriteLine("Facts and sources by confidence:");
            foreach (var c in byConfidence)
            {
                output.WriteLine($"  {c.Confidence,-14} {c.Facts,5} facts from {c.Sources} source{(c.Sources == 1 ? string.Empty : "s")}");
            }

            return ExitCodes.Valid;
        });
        return command;
    }

    private static Command DiffCommand()
    {
        var oldFile = new Argument<string>("OLD") { Description = "The earlier dataset file (or exchange document)." };
        var newFile = new Argument<string>("NEW") { Description = "The later dataset file (or exchange document)." };
        var format = Commands.FormatOption("The output: one block per changed entry (text), or one JSON object (json).");
        var command = new Command("diff", "The entries added, removed and changed between two datasets, and in a changed entry each fact added, removed or changed (date, confidence, source, ...). Exit code 0 when the datasets hold the same data, 1 when they differ, 2 when a file is unreadable or invalid (like diff).")
        {
            oldFile, newFile, format,
        };
        Commands.WithExamples(command, "jha dataset diff old.json new.json", "jha dataset diff old.json new.json -f json");
        command.SetAction(parse =>
        {
            string oldPath = parse.GetValue(oldFile)!, newPath = parse.GetValue(newFile)!;
            JhaDataset before, after;
            try
            {
                before = Load(oldPath);
                after = Load(newPath);
            }
            catch (CliException e) when (e.ExitCode == ExitCodes.Invalid)
            {
                throw new CliException(e.Message, ExitCodes.Usage);
            }

            var changes = JhaDataset.Compare(before, after);
            if (parse.GetValue(format) == "json")
            {
                using var json = Writer();
                json.WriteStartObject();
                Side(json, "old", oldPath, before);
                Side(json, "new", newPath, after);
                json.WriteBoolean("equal", changes.Count == 0);
                json.WriteStartArray("changes");
                foreach (var change in changes)
                {
                    json.WriteStartObject();
                    json.WriteString("change", Wire(change.Kind));
                    json.WriteString("collection", change.Collection);
                    json.WriteString("id", change.Id);
                    Optional(json, "name", change.Name);
                    json.WriteStartArray("facts");
                    foreach (var fact in change.Facts)
                    {
                        json.WriteStartObject();
                        json.WriteString("change", Wire(fact.Kind));
                        json.WriteString("member", fact.Member);
                        Optional(json, "key", fact.Key);
                        Optional(json, "field", fact.Field);
                        Optional(json, "old", fact.Old);
                        Optional(json, "new", fact.New);
                        json.WriteString("text", fact.ToString());
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.Flush();
                StandardStreams.Output.Write("\n"u8);
            }
            else
            {
                var output = Console.Out;
                output.WriteLine($"--- {Inputs.Display(oldPath)} ({before.Version ?? "unversioned"})");
                output.WriteLine($"+++ {Inputs.Display(newPath)} ({after.Version ?? "unversioned"})");
                foreach (var change in changes)
                {
                    string entry = $"{Wire(change.Kind)} {Singular(change.Collection)} {change.Id}{(change.Name is null ? string.Empty : $" ({change.Name})")}";
                    output.WriteLine(entry);
                    foreach (var fact in change.Facts)
                    {
                        output.WriteLine("  " + fact);
                    }
                }

                output.WriteLine(changes.Count == 0 ? "The datasets hold the same data." : (changes.Count == 1 ? "1 entry differs." : $"{changes.Count} entries differ."));
            }

            return changes.Count == 0 ? ExitCodes.Valid : ExitCodes.Invalid;
        });
        return command;
    }

    private static Command WriteCommand()
    {
        var data = DataOption();
        var output = new Option<string>("--out", "-o") { Description = "The file to write ('-' for standard output, the default); its directory must exist.", HelpName = "FILE", DefaultValueFactory = _ => Inputs.StandardStream };
        var command = new Command("write", "Write the dataset file (the dataset member with its version, then the exchange document) of the embedded dataset, with --data files laid over it.")
        {
            data, output,
        };
        Commands.WithExamples(command, "jha dataset write -o embedded.json", "jha dataset write --data corrections.json -o corrected.json");
        command.SetAction(parse =>
        {
            var dataset = Layered(parse.GetValue(data));
            string path = parse.GetValue(output)!;
            Console.Out.Flush();
            using var stream = path == Inputs.StandardStream ? StandardStreams.Output : Inputs.OpenWrite(path, createDirectories: false);
            stream.Write(dataset.Write());
            return ExitCodes.Valid;
        });
        return command;
    }

    private static JhaDataset Load(string path) => Read(path, JhaDataset.Load, "dataset");

    private static JhaDataset LayerOver(JhaDataset dataset, string path) => Read(path, dataset.Layer, "dataset layer");

    /// <summary>Reads a dataset file with <paramref name="read"/>: the dataset, or the file's problems as a command error.</summary>
    private static JhaDataset Read(string path, Func<Stream, ReadResult<JhaDataset>> read, string what)
    {
        ReadResult<JhaDataset> result;
        using (var stream = Inputs.OpenRead(path))
        {
            try
            {
                result = read(stream);
            }
            catch (IOException e)
            {
                throw Inputs.Unreadable(path, e.Message);
            }
        }

        return result.Value ?? throw Invalid(path, result, what);
    }

    /// <summary>Every error of a file on standard error, then one line that ends the command with exit code 1.</summary>
    private static CliException Invalid(string path, ReadResult<JhaDataset> result, string what)
    {
        var errors = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        foreach (var problem in errors)
        {
            Console.Error.WriteLine($"{Inputs.Display(path)}: {problem}");
        }

        return new CliException($"'{Inputs.Display(path)}' is not a valid {what} ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")})", ExitCodes.Invalid);
    }

    private static Utf8JsonWriter Writer()
    {
        Console.Out.Flush();
        return new Utf8JsonWriter(StandardStreams.Output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Side(Utf8JsonWriter json, string name, string path, JhaDataset dataset)
    {
        json.WriteStartObject(name);
        json.WriteString("file", Inputs.Display(path));
        Optional(json, "version", dataset.Version);
        Optional(json, "reviewedUntil", dataset.ReviewedUntil?.ToString("yyyy-MM-dd", null));
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Wire(Confidence confidence) => confidence.ToString().ToLowerInvariant();

    private static string Wire(DatasetChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Singular(string collection) => collection switch
    {
        "countries" => "country",
        "policyCycles" => "policy cycle",
        "statistics" => "statistic",
        _ => collection.TrimEnd('s'),
    };
}
