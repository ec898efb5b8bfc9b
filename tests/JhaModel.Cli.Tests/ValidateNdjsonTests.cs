using System.Diagnostics;
using System.Text;
using System.Text.Json;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary><c>jha validate</c> on NDJSON streams, run as a process: line numbers, detection, and flat memory on long streams.</summary>
public sealed class ValidateNdjsonTests
{
    private static string ExampleRecords => Path.Combine(JhaTool.RepositoryRoot, "docs", "examples", "records.ndjson");

    [Fact]
    public void The_example_records_are_valid()
    {
        int records = File.ReadAllLines(ExampleRecords).Count(l => l.Trim().Length > 0);

        var run = JhaTool.Run("validate", ExampleRecords);

        ToolAssert.Succeeds(run);
        Assert.Equal($"{ExampleRecords}: valid ({records} records)\n", run.Stdout);
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_line_number_and_the_other_lines_are_still_read()
    {
        var lines = File.ReadAllLines(ExampleRecords).ToList();
        lines.Insert(2, """{"kind":"treaty","record":{}}""");
        lines.Insert(5, "{not json");
        string directory = TempDirectory.Create();
        File.WriteAllLines(Path.Combine(directory, "records.jsonl"), lines);

        var text = JhaTool.Run(["validate", "records.jsonl"], directory);
        var json = JhaTool.Run(["validate", "records.jsonl", "--format", "json"], directory);

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Empty(text.Stderr);
        Assert.Contains(text.Stdout.Split('\n'), l => l.StartsWith("records.jsonl: error JHA-DOC-009 ", StringComparison.Ordinal) && l.Contains("(line 3", StringComparison.Ordinal));
        Assert.Contains(text.Stdout.Split('\n'), l => l.StartsWith("records.jsonl: error JHA-DOC-001 ", StringComparison.Ordinal) && l.Contains("(line 6", StringComparison.Ordinal));
        Assert.EndsWith($"records.jsonl: invalid ({lines.Count} records, 2 invalid; 2 errors)\n", text.Stdout, StringComparison.Ordinal);

        Assert.True(json.ExitCode == 1, json.ToString());
        var input = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("inputs")[0];
        Assert.Equal("ndjson", input.GetProperty("format").GetString());
        Assert.Equal(lines.Count, input.GetProperty("records").GetInt64());
        Assert.Equal(2, input.GetProperty("invalidRecords").GetInt64());
        Assert.Equal([3L, 6L], input.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt64()));
        Assert.Equal(["JHA-DOC-009", "JHA-DOC-001"], input.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [Fact]
    public void Ndjson_on_standard_input_is_recognised_by_its_first_line()
    {
        var run = JhaTool.Run(["validate", "-"], stdin: File.ReadAllBytes(ExampleRecords));

        ToolAssert.Succeeds(run);
        Assert.StartsWith("standard input: valid (", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith(" records)\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_forces_the_format_whatever_the_extension()
    {
        string directory = TempDirectory.Create();
        File.Copy(ExampleRecords, Path.Combine(directory, "records.json"));

        var asDocument = JhaTool.Run(["validate", "records.json"], directory);
        var forced = JhaTool.Run(["validate", "--input", "ndjson", "records.json"], directory);

        Assert.True(asDocument.ExitCode == 1, asDocument.ToString());
        Assert.Contains("records.json: invalid (document;", asDocument.Stdout, StringComparison.Ordinal);
        ToolAssert.Succeeds(forced);
    }

    [Fact]
    public void Every_job_count_gives_the_output_of_one_job()
    {
        var good = File.ReadAllLines(ExampleRecords).Where(l => l.Trim().Length > 0).ToList();
        var lines = new List<byte[]>();
        for (int round = 0; round < 60; round++)
        {
            lines.AddRange(good.Select(Encoding.UTF8.GetBytes));
            lines.Add(Encoding.UTF8.GetBytes(round % 3 == 0 ? "{\"kind\":\"treaty\",\"record\":{}}" : round % 3 == 1 ? "{not json" : " \t"));
            lines.Add([.. Encoding.UTF8.GetBytes("{\"kind\":\"country\",\"record\":{\"code\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\"}}\r")]);
        }

        string directory = TempDirectory.Create();
        File.WriteAllBytes(Path.Combine(directory, "mixed.ndjson"), [.. lines.SelectMany(l => l.Append((byte)'\n'))]);

        foreach (string[] extra in new[] { Array.Empty<string>(), ["--format", "json"], ["--max-problems", "7"] })
        {
            var one = JhaTool.Run(["validate", "mixed.ndjson", "--jobs", "1", .. extra], directory);
            Assert.True(one.ExitCode == 1, one.ToString());
            Assert.Contains("JHA-DOC-", one.Stdout, StringComparison.Ordinal);
            foreach (string jobs in new[] { "2", "4" })
            {
                var many = JhaTool.Run(["validate", "mixed.ndjson", "--jobs", jobs, .. extra], directory);
                Assert.Equal(one.ExitCode, many.ExitCode);
                Assert.Equal(one.Stderr, many.Stderr);
                Assert.Equal(one.Stdout, many.Stdout);
            }
        }

        var byDefault = JhaTool.Run(["validate", "mixed.ndjson"], directory);
        Assert.Equal(JhaTool.Run(["validate", "mixed.ndjson", "-j", "1"], directory).Stdout, byDefault.Stdout);
        ToolAssert.FailsWithOneLine(JhaTool.Run(["validate", "mixed.ndjson", "--jobs", "0"], directory), 2, "--jobs: '0' is not a positive number");
    }

    /// <summary>
    /// 200,000 records (about 92 MiB; the same code path as a 1 GB file) through standard input: the tool's peak
    /// resident memory is the same as for 20,000 records, within a margin well below the extra input's size.
    /// </summary>
    [Fact]
    public void A_long_stream_is_validated_in_flat_memory()
    {
        string line = File.ReadAllLines(ExampleRecords).First(l => l.StartsWith("{\"kind\":\"statistic\"", StringComparison.Ordinal));

        var (shortRun, shortPeak) = ValidateRepeated(line, 20_000);
        var (longRun, longPeak) = ValidateRepeated(line, 200_000);

        Assert.Equal("standard input: valid (20000 records)\n", shortRun.Stdout);
        Assert.Equal("standard input: valid (200000 records)\n", longRun.Stdout);
        // The long stream has 180,000 more records (about 83 MiB more input) than the short one.
        long extraInput = 180_000L * (line.Length + 1);
        long margin = 32L * 1024 * 1024;
        Assert.True(shortPeak > 0 && longPeak > 0, "the tool's peak memory could not be read from /proc");
        Assert.True(
            longPeak - shortPeak < margin,
            $"peak memory grew with the records: {shortPeak / 1024 / 1024} MiB for 20,000, {longPeak / 1024 / 1024} MiB for 200,000 ({extraInput / 1024 / 1024} MiB more input)");
    }

    private static (ToolRun Run, long PeakBytes) ValidateRepeated(string line, int count)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line + "\n");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(JhaTool.ToolPath);
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add("-");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, PeakResidentBytes(process.Id));
                await Task.Delay(20);
            }
        });

        using (var stdin = process.StandardInput.BaseStream)
        {
            for (int i = 0; i < count; i++)
            {
                stdin.Write(bytes);
            }
        }

        // The peak (VmHWM) only grows; its last reading before the process ends is the process's peak.
        while (!process.WaitForExit(10))
        {
        }

        sampling.Cancel();
        sampler.Wait();
        return (new ToolRun(process.ExitCode, stdout.Result, stderr.Result), peak);
    }

    private static long PeakResidentBytes(int pid)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // the process has just ended
        }
    }
}
