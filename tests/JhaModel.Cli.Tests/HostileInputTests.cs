using System.Text;
using System.Text.Json;
using JhaModel.Cli.Tests.Support;
using JhaModel.Exchange;

namespace JhaModel.Cli.Tests;

/// <summary>
/// <c>jha</c> under hostile inputs and outputs, the whole process measured by GNU time: an input that will be refused
/// is refused as soon as that is known, endless inputs stop at the line limit, a pipe costs what a file costs, and a
/// failing standard output is reported as a write error (or, for a closed pipe, ends the tool quietly).
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>The runtime and the tool on a small input take about 50 MiB; a tool that holds a large input in memory takes far more.</summary>
    private const long SmallProcessBytes = 128L * 1024 * 1024;

    private static string ExampleRecords => Path.Combine(JhaTool.RepositoryRoot, "docs", "examples", "records.ndjson");

    [Fact]
    public void A_syntax_error_at_byte_38_of_50_MB_stops_the_reading_and_reports_what_the_library_reports_for_the_whole_file()
    {
        string directory = TempDirectory.Create();
        byte[] head = "{\"formatVersion\":\"1.0\",\"producer\":\"x\",}"u8.ToArray();
        var content = new byte[50 * 1024 * 1024];
        content.AsSpan().Fill((byte)' ');
        head.CopyTo(content, 0);
        File.WriteAllBytes(Path.Combine(directory, "early-error.json"), content);
        var expected = JhaExchange.Read(content).Problems;

        var measured = Shell.Measure($"{PseudoTerminal.Jha} validate early-error.json", directory);

        Assert.True(measured.Run.ExitCode == 1, measured.ToString());
        Assert.Equal(expected.Select(p => $"early-error.json: {p}").Append("early-error.json: invalid (document; 1 error)"), measured.Run.Stdout.TrimEnd('\n').Split('\n'));
        // The trailing comma is reported where it is, before the closing brace the JSON reader stops at.
        Assert.Contains("(line 1, column 38)", measured.Run.Stdout, StringComparison.Ordinal);
        Assert.True(measured.PeakBytes < SmallProcessBytes, $"expected a small process; {measured}");
    }

    [Fact]
    public void A_bad_literal_followed_by_50_MB_is_one_short_problem_in_a_small_process()
    {
        string directory = TempDirectory.Create();
        var content = new byte[50 * 1024 * 1024];
        content.AsSpan().Fill((byte)'x');
        "{\"formatVersion\":\"1.0\",\"producer\":nul"u8.CopyTo(content);
        File.WriteAllBytes(Path.Combine(directory, "literal.json"), content);

        var measured = Shell.Measure($"{PseudoTerminal.Jha} validate --format json literal.json", directory);

        Assert.True(measured.Run.ExitCode == 1, measured.ToString()[..Math.Min(2000, measured.ToString().Length)]);
        var problems = JsonDocument.Parse(measured.Run.Stdout).RootElement.GetProperty("inputs")[0].GetProperty("problems");
        Assert.Equal(1, problems.GetArrayLength());
        Assert.Equal("JHA-DOC-001", problems[0].GetProperty("code").GetString());
        Assert.Equal(1, problems[0].GetProperty("line").GetInt64());
        Assert.True(measured.Run.Stdout.Length < 1024 * 1024, $"expected a short report; it is {measured.Run.Stdout.Length:N0} characters");
        Assert.True(measured.PeakBytes < SmallProcessBytes, $"expected a small process; peak {measured.PeakBytes / 1024 / 1024} MiB");
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_from_its_length_without_being_read()
    {
        string directory = TempDirectory.Create();
        string path = Path.Combine(directory, "over-limit.json");
        using (var file = File.Create(path))
        {
            file.SetLength(300L * 1024 * 1024); // sparse: nothing is written, and reading it would give zeros
        }

        var validate = Shell.Measure($"{PseudoTerminal.Jha} validate over-limit.json", directory);
        var report = Shell.Measure($"{PseudoTerminal.Jha} report over-limit.json", directory);

        Assert.True(validate.Run.ExitCode == 1, validate.ToString());
        Assert.Equal(
            "over-limit.json: error JHA-DOC-007 $ (line 1): The input is 314,572,800 bytes (300.0 MiB); expected at most 268,435,456 bytes (the reader's size limit).\n"
            + "over-limit.json: invalid (document; 1 error)\n",
            validate.Run.Stdout);
        Assert.True(validate.PeakBytes < SmallProcessBytes, $"expected a small process; {validate}");
        ToolAssert.FailsWithOneLine(report.Run, 1, "'over-limit.json' is not a valid exchange document (1 error; the first: error JHA-DOC-007 $ (line 1): The input is 314,572,800 bytes");
        Assert.True(report.PeakBytes < SmallProcessBytes, $"expected a small process; {report}");
    }

    [Fact(Timeout = 300_000)]
    public async Task Dev_zero_as_ndjson_stops_at_the_line_limit()
    {
        var run = await Task.Run(() => JhaTool.Run(["validate", "--input", "ndjson", "/dev/zero"], timeout: TimeSpan.FromMinutes(3)), TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            "/dev/zero: error JHA-DOC-007 $ (line 1): The line is longer than 268,435,456 bytes; expected at most 268,435,456 (the reader's size limit). Reading stopped at this line: what follows it is not read.\n"
            + "/dev/zero: invalid (1 record, 1 invalid; 1 error; reading stopped at line 1, longer than the line limit)\n",
            run.Stdout);
    }

    [Fact(Timeout = 300_000)]
    public async Task An_endless_pipe_without_a_line_break_stops_at_the_line_limit()
    {
        long written = 0;
        const long Offered = 1L << 30; // 1 GiB: four times the line limit
        var chunk = new byte[1 << 20];
        chunk.AsSpan().Fill((byte)'x');
        var lines = Encoding.UTF8.GetBytes(string.Concat(File.ReadAllLines(ExampleRecords).Take(2).Select(l => l + "\n")));

        var run = await Task.Run(
            () => JhaTool.Run(["validate", "--input", "ndjson", "-"], null, stdin =>
            {
                stdin.Write(lines);
                while (written < Offered)
                {
                    stdin.Write(chunk);
                    written += chunk.Length;
                }
            }, TimeSpan.FromMinutes(3)),
            TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.EndsWith("standard input: invalid (3 records, 1 invalid; 1 error; reading stopped at line 3, longer than the line limit)\n", run.Stdout, StringComparison.Ordinal);
        Assert.True(written < Offered / 2, $"expected the tool to stop reading near the 256 MiB line limit; it read {written / 1024 / 1024} MiB");
    }

    [Fact(Timeout = 600_000)]
    public async Task A_200_MB_line_through_a_pipe_costs_what_it_costs_from_a_file()
    {
        string directory = TempDirectory.Create();
        await using (var file = File.Create(Path.Combine(directory, "long-line.ndjson")))
        {
            file.Write("{\"kind\":\"organisation\",\"record\":{\"id\":\"eu\",\"name\":\""u8);
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)'a');
            for (int i = 0; i < 200; i++)
            {
                file.Write(chunk);
            }

            file.Write("\"}}\n"u8);
        }

        var fromFile = await Task.Run(() => Shell.Measure($"{PseudoTerminal.Jha} validate long-line.ndjson", directory), TestContext.Current.CancellationToken);
        var fromPipe = await Task.Run(() => Shell.Measure($"cat long-line.ndjson | {PseudoTerminal.Jha} validate --input ndjson -", directory), TestContext.Current.CancellationToken);

        Assert.True(fromFile.Run.ExitCode == 1, fromFile.ToString());
        Assert.True(fromPipe.Run.ExitCode == 1, fromPipe.ToString());
        Assert.Equal(fromFile.Run.Stdout.Replace("long-line.ndjson", "standard input", StringComparison.Ordinal), fromPipe.Run.Stdout);
        Assert.True(
            fromPipe.CpuTime < fromFile.CpuTime * 2 + TimeSpan.FromSeconds(2),
            $"expected the pipe to cost about what the file costs: file {fromFile.CpuTime.TotalSeconds:0.0} s of CPU, pipe {fromPipe.CpuTime.TotalSeconds:0.0} s");
    }

    [Fact]
    public void A_byte_order_mark_before_ndjson_does_not_make_it_a_document()
    {
        string directory = TempDirectory.Create();
        byte[] records = File.ReadAllBytes(ExampleRecords);
        int count = File.ReadAllLines(ExampleRecords).Count(l => l.Trim().Length > 0);
        File.WriteAllBytes(Path.Combine(directory, "records"), [0xEF, 0xBB, 0xBF, .. records]);

        var file = JhaTool.Run(["validate", "records"], directory);
        var stdin = JhaTool.Run(["validate"], stdin: [0xEF, 0xBB, 0xBF, .. records]);

        ToolAssert.Succeeds(file);
        Assert.Equal($"records: valid ({count} records)\n", file.Stdout);
        ToolAssert.Succeeds(stdin);
        Assert.Equal($"standard input: valid ({count} records)\n", stdin.Stdout);
    }

    [Theory]
    [InlineData("validate RECORDS")]
    [InlineData("validate --format json RECORDS")]
    [InlineData("report --format json")]
    [InlineData("report")]
    [InlineData("sample")]
    [InlineData("schema --help")]
    public void A_full_disk_on_standard_output_is_reported_as_a_write_error(string command)
    {
        var run = Shell.Run($"{PseudoTerminal.Jha} {command.Replace("RECORDS", PseudoTerminal.Quote(ExampleRecords), StringComparison.Ordinal)} > /dev/full", TempDirectory.Create());

        ToolAssert.FailsWithOneLine(run, 2, "cannot write to standard output: no space left on device");
    }

    [Fact]
    public void A_closed_pipe_on_standard_output_ends_the_tool_quietly_with_141()
    {
        string directory = TempDirectory.Create();
        File.WriteAllText(Path.Combine(directory, "many-bad.ndjson"), string.Concat(Enumerable.Repeat("{\"kind\":\"treaty\",\"record\":{}}\n", 200_000)));

        var run = Shell.Run($"{PseudoTerminal.Jha} validate many-bad.ndjson 2> err.txt | head -1; echo \"jha exit code: ${{PIPESTATUS[0]}}\"", directory);

        string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 2, run.ToString());
        Assert.StartsWith("many-bad.ndjson: error JHA-DOC-009 $.kind (line 1)", lines[0], StringComparison.Ordinal);
        Assert.Equal("jha exit code: 141", lines[1]);
        Assert.Equal(string.Empty, File.ReadAllText(Path.Combine(directory, "err.txt")));
    }
}
