using System.Text.Json;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary>
/// The conventions of good command-line tools, run as processes: shell completion (through the <c>[suggest]</c>
/// directive and the scripts of <c>jha completion</c>), <c>jha help COMMAND</c>, optional arguments shown as optional,
/// examples in every help, <c>--version</c> and <c>--info</c>, short options, directories with <c>--glob</c>, and
/// <c>--max-problems</c>.
/// </summary>
public sealed class ConventionsTests
{
    private static string ExampleRecords => Path.Combine(JhaTool.RepositoryRoot, "docs", "examples", "records.ndjson");

    [Theory]
    [InlineData("jha re", "report")]
    [InlineData("jha v", "validate")]
    [InlineData("jha validate --ma", "--max-problems")]
    [InlineData("jha validate --input n", "ndjson")]
    [InlineData("jha report --format ", "json\ntext")]
    [InlineData("jha completion ", "bash\nfish\nzsh")]
    public void The_suggest_directive_completes_commands_options_and_values(string line, string expected)
    {
        var run = JhaTool.Run($"[suggest:{line.Length}]", line);

        ToolAssert.Succeeds(run);
        var suggestions = run.Stdout.TrimEnd('\n').Split('\n').Where(s => !s.StartsWith('-') || expected.StartsWith('-')).ToList();
        Assert.True(expected.Split('\n').All(suggestions.Contains), $"expected [{expected.Replace('\n', ' ')}] among the suggestions for '{line}'; got {run}");
        Assert.DoesNotContain("/?", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bash_completion_script_completes_through_the_tool()
    {
        string directory = TempDirectory.Create();
        var script = JhaTool.Run("completion", "bash");
        ToolAssert.Succeeds(script);
        File.WriteAllText(Path.Combine(directory, "jha.bash"), script.Stdout);

        // What bash does on Tab: set COMP_LINE and COMP_POINT, call the function registered for jha, read COMPREPLY.
        var run = Shell.Run(
            $"jha() {{ {PseudoTerminal.Jha} \"$@\"; }}; source jha.bash; complete -p jha; "
            + "COMP_LINE='jha val'; COMP_POINT=7; _jha_complete; printf 'reply:%s\\n' \"${COMPREPLY[@]}\"; "
            + "COMP_LINE='jha validate --f'; COMP_POINT=16; _jha_complete; printf 'reply:%s\\n' \"${COMPREPLY[@]}\"",
            directory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("complete -o default -o nosort -F _jha_complete jha", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("reply:validate\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("reply:--format\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("reply:report\n", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zsh", "zsh", "-n")]
    [InlineData("fish", "fish", "--no-execute")]
    [InlineData("bash", "bash", "-n")]
    public void Each_completion_script_is_valid_for_its_shell_and_asks_the_suggest_directive(string shell, string executable, string checkOnly)
    {
        Assert.True(
            Shell.Run($"command -v {executable}", TempDirectory.Create()).ExitCode == 0,
            $"{executable} is not installed: apt-get install {executable} (the test checks the script's syntax with it)");
        string directory = TempDirectory.Create();
        var script = JhaTool.Run("completion", shell);
        ToolAssert.Succeeds(script);
        File.WriteAllText(Path.Combine(directory, "jha.completion"), script.Stdout);

        var check = Shell.Run($"{executable} {checkOnly} jha.completion", directory);

        Assert.True(check.ExitCode == 0, $"{shell} rejects the script: {check}");
        Assert.Contains("[suggest:", script.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_for_an_unknown_shell_is_a_usage_error()
    {
        ToolAssert.FailsWithOneLine(JhaTool.Run("completion", "powershell"), 2, "SHELL: 'powershell' is not one of bash, zsh, fish");
    }

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("sample")]
    [InlineData("dataset")]
    [InlineData("completion")]
    public void Help_command_shows_the_help_of_the_command_with_examples(string command)
    {
        var help = JhaTool.Run("help", command);
        var option = JhaTool.Run(command, "--help");

        ToolAssert.Succeeds(help);
        Assert.Equal(option.Stdout, help.Stdout);
        Assert.Contains($"jha {command}", help.Stdout, StringComparison.Ordinal);
        int examples = help.Stdout.IndexOf("\nExamples:\n", StringComparison.Ordinal);
        Assert.True(examples > 0, $"expected an Examples section; got {help}");
        Assert.StartsWith(command == "completion" ? "  source <(jha completion" : $"  jha {command}", help.Stdout[(examples + "\nExamples:\n".Length)..], StringComparison.Ordinal);
        Assert.EndsWith($"\nMore: https://github.com/jhamodel/jhamodel/blob/main/docs/cli.md#{command}\n", help.Stdout, StringComparison.Ordinal);
        string guide = File.ReadAllText(Path.Combine(JhaTool.RepositoryRoot, "docs", "cli.md"));
        Assert.Contains($"<a id=\"{command}\"></a>\n\n## `jha {command}", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_an_unknown_command_is_a_usage_error_with_a_hint()
    {
        ToolAssert.FailsWithOneLine(JhaTool.Run("help", "valdiate"), 2, "unknown command 'valdiate' (did you mean 'validate'?)");
    }

    [Fact]
    public void Root_help_shows_optional_arguments_in_brackets_and_required_ones_in_angle_brackets()
    {
        var help = JhaTool.Run("--help");

        ToolAssert.Succeeds(help);
        Assert.Contains("\n  report [FILE]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n  validate [PATH]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n  help [COMMAND]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n  completion <bash|fish|zsh>", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<FILE>", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nExamples:\n  jha report --as-of 2020-10-22\n", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_names_the_version_the_commit_and_the_runtime_and_version_only_the_version()
    {
        var version = JhaTool.Run("--version");
        var info = JhaTool.Run("--info");
        var report = JsonDocument.Parse(JhaTool.Run("report", "-f", "json").Stdout).RootElement.GetProperty("source").GetString()!;

        ToolAssert.Succeeds(version);
        ToolAssert.Succeeds(info);
        string plain = version.Stdout.TrimEnd('\n');
        Assert.DoesNotContain('+', plain);
        Assert.Equal($"the embedded reference dataset (JhaModel {plain})", report);
        string[] lines = info.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal($"jha {plain}", lines[0]);
        Assert.Matches("^commit: ([0-9a-f]{7,40}|unknown)$", lines[1]);
        Assert.StartsWith("runtime: .NET ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("os: ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Short_options_mean_what_their_long_forms_mean()
    {
        string directory = TempDirectory.Create();

        var longForm = JhaTool.Run(["validate", "--format", "json", "--input", "ndjson", ExampleRecords], directory);
        var shortForm = JhaTool.Run(["validate", "-f", "json", "-i", "ndjson", ExampleRecords], directory);
        var sample = JhaTool.Run(["sample", "-o", "s.json"], directory);
        var schema = JhaTool.Run(["schema", "-o", "."], directory);

        ToolAssert.Succeeds(shortForm);
        Assert.Equal(longForm.Stdout, shortForm.Stdout);
        ToolAssert.Succeeds(sample);
        Assert.True(File.Exists(Path.Combine(directory, "s.json")));
        ToolAssert.Succeeds(schema);
        Assert.True(File.Exists(Path.Combine(directory, "exchange-document.schema.json")));
    }

    [Fact]
    public void A_directory_is_validated_recursively_with_the_files_its_globs_match()
    {
        string directory = TempDirectory.Create();
        Directory.CreateDirectory(Path.Combine(directory, "data", "b"));
        Directory.CreateDirectory(Path.Combine(directory, "data", ".hidden"));
        File.Copy(ExampleRecords, Path.Combine(directory, "data", "b", "records.ndjson"));
        File.WriteAllText(Path.Combine(directory, "data", "a.json"), """{"formatVersion":"1.0","producer":"x","generatedAt":"2024-01-01T00:00:00Z","extra":1}""");
        File.WriteAllText(Path.Combine(directory, "data", "notes.txt"), "not an input");
        File.WriteAllText(Path.Combine(directory, "data", ".hidden", "x.json"), "{");

        var all = JhaTool.Run(["validate", "data"], directory);
        var ndjsonOnly = JhaTool.Run(["validate", "data", "--glob", "**/*.ndjson"], directory);
        var byName = JhaTool.Run(["validate", "data", "-g", "a.*"], directory);
        var none = JhaTool.Run(["validate", "data", "--glob", "*.yaml"], directory);

        Assert.True(all.ExitCode == 1, all.ToString());
        string[] summaries = [.. all.Stdout.TrimEnd('\n').Split('\n').Where(l => l.Contains(": valid (", StringComparison.Ordinal) || l.Contains(": invalid (", StringComparison.Ordinal))];
        Assert.Equal(["data/a.json: invalid (document; 1 error)", $"data/b/records.ndjson: valid ({File.ReadAllLines(ExampleRecords).Count(l => l.Trim().Length > 0)} records)"], summaries);
        ToolAssert.Succeeds(ndjsonOnly);
        Assert.StartsWith("data/b/records.ndjson: valid (", ndjsonOnly.Stdout, StringComparison.Ordinal);
        Assert.True(byName.ExitCode == 1, byName.ToString());
        Assert.EndsWith("data/a.json: invalid (document; 1 error)\n", byName.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("records.ndjson", byName.Stdout, StringComparison.Ordinal);
        ToolAssert.FailsWithOneLine(none, 2, "'data' is a directory that holds no file matching *.yaml");
    }

    [Fact]
    public void Max_problems_lists_at_most_n_problems_per_input_and_stops_reading_ndjson()
    {
        string directory = TempDirectory.Create();
        File.WriteAllText(Path.Combine(directory, "bad.ndjson"), string.Concat(Enumerable.Repeat("{\"kind\":\"treaty\",\"record\":{}}\n", 50)));
        File.WriteAllText(Path.Combine(directory, "bad.json"), """{"formatVersion":"1.0","producer":"","generatedAt":"2024-01-01T00:00:00Z","agreements":[{"id":"x"}],"extra":1}""");
        int documentProblems = Exchange.JhaExchange.Read(File.ReadAllBytes(Path.Combine(directory, "bad.json"))).Problems.Count;
        Assert.True(documentProblems > 2, "the document needs more than two problems for this test");

        var text = JhaTool.Run(["validate", "bad.ndjson", "bad.json", "--max-problems", "2"], directory);
        var json = JhaTool.Run(["validate", "bad.ndjson", "-m", "3", "-f", "json"], directory);
        var bad = JhaTool.Run(["validate", "bad.ndjson", "--max-problems", "0"], directory);

        Assert.True(text.ExitCode == 1, text.ToString());
        string[] lines = text.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("bad.ndjson: error ", StringComparison.Ordinal)));
        Assert.Contains("bad.ndjson: invalid (2 records, 2 invalid; 2 errors; stopped at line 2 after 2 problems (--max-problems))", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("bad.json: error ", StringComparison.Ordinal)));
        Assert.Contains($"bad.json: invalid (document; {documentProblems} errors; listing stopped after 2 problems (--max-problems))", lines);
        var input = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.Equal(3, input.GetProperty("problems").GetArrayLength());
        Assert.Equal(3, input.GetProperty("stoppedAtLine").GetInt64());
        ToolAssert.FailsWithOneLine(bad, 2, "--max-problems: '0' is not a positive number");
    }

    [Fact]
    public void Max_problems_also_caps_the_problems_of_a_single_record()
    {
        string directory = TempDirectory.Create();
        byte[] line = "{\"kind\":\"agreement\",\"record\":{}}\n"u8.ToArray();
        File.WriteAllBytes(Path.Combine(directory, "one.ndjson"), line);
        int problems = Exchange.JhaExchange.ReadNdjson(new MemoryStream(line), null).Single().Problems.Count;
        Assert.True(problems > 2, "the record needs more than two problems for this test");

        var run = JhaTool.Run(["validate", "one.ndjson", "-m", "2"], directory);

        Assert.True(run.ExitCode == 1, run.ToString());
        string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("one.ndjson: error ", StringComparison.Ordinal)));
        Assert.Equal($"one.ndjson: invalid (1 record, 1 invalid; {problems} errors; stopped at line 1 after 2 problems (--max-problems))", lines[^1]);
    }
}
