using System.Text.Json;
using JhaModel.Cli.Tests.Support;
using JhaModel.Exchange;
using NodaTime;

namespace JhaModel.Cli.Tests;

/// <summary><c>jha validate</c> on exchange documents, run as a process: problems, summaries, exit codes, JSON output.</summary>
public sealed partial class ValidateCommandTests
{
    private const string UnknownMember = """{"formatVersion":"1.0","producer":"x","generatedAt":"2024-01-01T00:00:00Z","extra":1}""";

    private static byte[] Sample { get; } = JhaExchange.Write(JhaExchange.ReferenceDataset(Instant.FromUtc(2024, 1, 1, 0, 0)), indented: true);

    [Fact]
    public void A_valid_document_is_exit_code_0_with_one_summary_line()
    {
        string directory = Files(("sample.json", Sample));

        var run = JhaTool.Run(["validate", "sample.json"], directory);

        ToolAssert.Succeeds(run);
        Assert.Equal("sample.json: valid (document)\n", run.Stdout);
    }

    [Fact]
    public void An_invalid_document_is_exit_code_1_with_every_problem_on_its_own_line()
    {
        string directory = Files(("bad.json", """{"formatVersion":"1.0","producer":"","generatedAt":"2024-01-01T00:00:00Z","agreements":[{"id":"x"}],"extra":1}"""u8.ToArray()));
        var expected = JhaExchange.Read(File.ReadAllBytes(Path.Combine(directory, "bad.json"))).Problems;

        var run = JhaTool.Run(["validate", "bad.json"], directory);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stderr);
        string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(expected.Select(p => $"bad.json: {p}").Append($"bad.json: invalid (document; {expected.Count} error{(expected.Count == 1 ? "" : "s")})"), lines);
        Assert.Contains(lines, l => l.Contains("JHA-DOC-003 $.extra", StringComparison.Ordinal));
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        string directory = Files(("broken.json", "{\n  \"formatVersion\": \"1.0\",\n  \"producer\": \"x\"\n  \"generatedAt\": 1\n}\n"u8.ToArray()));

        var run = JhaTool.Run(["validate", "broken.json"], directory);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"^broken\.json: error JHA-DOC-001 \S+ \(line 4, column \d+\): ", run.Stdout);
    }

    [Fact]
    public void Several_inputs_are_each_reported_and_the_exit_code_is_the_worst()
    {
        string directory = Files(("good.json", Sample), ("bad.json", System.Text.Encoding.UTF8.GetBytes(UnknownMember)));

        var invalid = JhaTool.Run(["validate", "good.json", "bad.json"], directory);
        var unreadable = JhaTool.Run(["validate", "good.json", "bad.json", "missing.json"], directory);

        Assert.True(invalid.ExitCode == 1, invalid.ToString());
        Assert.Contains("good.json: valid (document)", invalid.Stdout, StringComparison.Ordinal);
        Assert.Contains("bad.json: invalid (document; 1 error)", invalid.Stdout, StringComparison.Ordinal);
        ToolAssert.FailsWithOneLine(unreadable, 2, "cannot read 'missing.json': no such file");
        Assert.Contains("bad.json: invalid (document; 1 error)", unreadable.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var valid = JhaTool.Run(["validate", "-"], stdin: Sample);
        var invalid = JhaTool.Run(["validate", "-"], stdin: System.Text.Encoding.UTF8.GetBytes(UnknownMember));

        ToolAssert.Succeeds(valid);
        Assert.Equal("standard input: valid (document)\n", valid.Stdout);
        Assert.True(invalid.ExitCode == 1, invalid.ToString());
        Assert.StartsWith("standard input: error JHA-DOC-003 $.extra", invalid.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_path_piped_standard_input_is_read()
    {
        var valid = JhaTool.Run(["validate"], stdin: Sample);
        var invalid = JhaTool.Run(["validate", "-f", "json"], stdin: System.Text.Encoding.UTF8.GetBytes(UnknownMember));

        ToolAssert.Succeeds(valid);
        Assert.Equal("standard input: valid (document)\n", valid.Stdout);
        Assert.True(invalid.ExitCode == 1, invalid.ToString());
        var input = JsonDocument.Parse(invalid.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.Equal("standard input", input.GetProperty("input").GetString());
        Assert.Equal("JHA-DOC-003", input.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Json_output_lists_every_problem_with_its_code_path_and_message()
    {
        string directory = Files(("good.json", Sample), ("bad.json", System.Text.Encoding.UTF8.GetBytes(UnknownMember)));

        var run = JhaTool.Run(["validate", "--format", "json", "good.json", "bad.json", "gone.json"], directory);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("jha: cannot read 'gone.json': no such file\n", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var inputs = root.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(["good.json", "bad.json", "gone.json"], inputs.Select(i => i.GetProperty("input").GetString()));
        Assert.True(inputs[0].GetProperty("valid").GetBoolean());
        Assert.Equal("json", inputs[0].GetProperty("format").GetString());
        Assert.Equal(0, inputs[0].GetProperty("problems").GetArrayLength());
        Assert.False(inputs[1].GetProperty("valid").GetBoolean());
        Assert.Equal(1, inputs[1].GetProperty("errors").GetInt64());
        var problem = inputs[1].GetProperty("problems")[0];
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Equal("JHA-DOC-003", problem.GetProperty("code").GetString());
        Assert.Equal("$.extra", problem.GetProperty("path").GetString());
        Assert.Contains("Found the member \"extra\"", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("cannot read 'gone.json': no such file", inputs[2].GetProperty("unreadable").GetString());
    }

    [Fact]
    public void Redirected_output_has_no_progress_bar_or_terminal_codes_even_for_a_large_input()
    {
        // Past the progress bar's size threshold: the sample followed by whitespace.
        var padded = new byte[5 * 1024 * 1024];
        padded.AsSpan().Fill((byte)' ');
        Sample.CopyTo(padded, 0);
        string directory = Files(("large.json", padded));

        var run = JhaTool.Run(["validate", "large.json"], directory);

        ToolAssert.Succeeds(run);
        Assert.Equal("large.json: valid (document)\n", run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\r', run.Stdout);
    }

    [Theory]
    [InlineData(new[] { "validate", "-", "-" }, "standard input ('-') can be read only once")]
    [InlineData(new[] { "validate", "a.json", "--format", "yaml" }, "--format: 'yaml' is not one of text, json")]
    [InlineData(new[] { "validate", "a.json", "--input", "csv" }, "--input: 'csv' is not one of auto, json, ndjson")]
    [InlineData(new[] { "validate", "a.json", "--strict" }, "unknown option '--strict'")]
    [InlineData(new[] { "validate", "." }, "'.' is a directory that holds no file matching *.json, *.ndjson, *.jsonl")]
    [InlineData(new[] { "validate", "no/such/dir/a.json" }, "cannot read 'no/such/dir/a.json': no such file or directory")]
    public void Bad_options_and_unreadable_inputs_are_exit_code_2_with_one_line(string[] args, string expected)
    {
        ToolAssert.FailsWithOneLine(JhaTool.Run(args), 2, expected);
    }

    private static string Files(params (string Name, byte[] Content)[] files)
    {
        string directory = TempDirectory.Create();
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(directory, name), content);
        }

        return directory;
    }
}
