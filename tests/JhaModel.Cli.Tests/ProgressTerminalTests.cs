using System.Text.RegularExpressions;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary>
/// The progress display, driven in a pseudo-terminal (util-linux <c>script</c>): drawn on standard error whenever it
/// is a terminal, whatever standard input and output are; for a file (with its percentage) and for standard input
/// (bytes, rate, time); and the cursor shown again after Ctrl-C.
/// </summary>
public sealed partial class ProgressTerminalTests
{
    private const string HideCursor = "\u001b[?25l";
    private const string ShowCursor = "\u001b[?25h";

    private static readonly Lazy<string> Directory = new(() =>
    {
        // About 70 MiB of valid records: long enough to validate that the display is drawn several times.
        string directory = TempDirectory.Create();
        string line = File.ReadAllLines(Path.Combine(JhaTool.RepositoryRoot, "docs", "examples", "records.ndjson"))
            .First(l => l.StartsWith("{\"kind\":\"statistic\"", StringComparison.Ordinal));
        using var writer = new StreamWriter(Path.Combine(directory, "big.ndjson"));
        for (int i = 0; i < 150_000; i++)
        {
            writer.Write(line);
            writer.Write('\n');
        }

        return directory;
    });

    [Fact]
    public void A_large_file_shows_a_bar_with_its_percentage_on_standard_error_while_standard_output_is_a_file()
    {
        string directory = Directory.Value;

        var run = PseudoTerminal.Run($"{PseudoTerminal.Jha} validate big.ndjson > out.txt", directory);

        Assert.True(run.ExitCode == 0, run.ToString());
        var frames = FileFrame().Matches(run.Screen);
        Assert.True(frames.Count >= 2, $"expected the bar drawn at least twice; {run}");
        Assert.Contains(HideCursor, run.Screen, StringComparison.Ordinal);
        Assert.True(run.Screen.LastIndexOf(ShowCursor, StringComparison.Ordinal) > frames[^1].Index, $"expected the cursor shown after the last frame; {run}");
        Assert.Equal("big.ndjson: valid (150000 records)\n", File.ReadAllText(Path.Combine(directory, "out.txt")));
    }

    [Fact]
    public void Standard_input_shows_the_bytes_read_the_rate_and_the_time_without_a_percentage()
    {
        string directory = Directory.Value;

        // A producer that pauses, as a slow pipe does; the tool reads standard input because no path is given.
        var run = PseudoTerminal.Run($"(head -c 3000000 big.ndjson; sleep 1; tail -c +3000001 big.ndjson) | {PseudoTerminal.Jha} validate > out.txt", directory);

        Assert.True(run.ExitCode == 0, run.ToString());
        var frames = StandardInputFrame().Matches(run.Screen);
        Assert.True(frames.Count >= 2, $"expected the display drawn at least twice; {run}");
        Assert.DoesNotContain(frames, f => f.Value.Contains('%', StringComparison.Ordinal));
        Assert.True(run.Screen.LastIndexOf(ShowCursor, StringComparison.Ordinal) > frames[^1].Index, $"expected the cursor shown after the last frame; {run}");
        Assert.Equal("standard input: valid (150000 records)\n", File.ReadAllText(Path.Combine(directory, "out.txt")));
    }

    [Fact]
    public void Standard_input_redirected_from_a_file_has_its_percentage_also_with_json_output()
    {
        string directory = Directory.Value;

        var run = PseudoTerminal.Run($"{PseudoTerminal.Jha} validate -f json < big.ndjson > out.json", directory);

        Assert.True(run.ExitCode == 0, run.ToString());
        var frames = RedirectedFileFrame().Matches(run.Screen);
        Assert.True(frames.Count >= 2, $"expected the bar, with its percentage, drawn at least twice; {run}");
        Assert.True(run.Screen.LastIndexOf(ShowCursor, StringComparison.Ordinal) > frames[^1].Index, $"expected the cursor shown after the last frame; {run}");
        Assert.DoesNotContain('\u001b', File.ReadAllText(Path.Combine(directory, "out.json")));
    }

    [Fact]
    public void Ctrl_c_during_validation_shows_the_cursor_again_and_ends_with_the_signal()
    {
        string directory = Directory.Value;

        var run = PseudoTerminal.Run(
            $"sleep 30 | {PseudoTerminal.Jha} validate -",
            directory,
            (terminal, shown) =>
            {
                // Wait until the display is drawn (the cursor hidden, a frame shown), then type Ctrl-C.
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (!StandardInputFrame().IsMatch(shown()) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(50);
                }

                terminal.WriteByte(0x03);
                terminal.Flush();
            });

        int hidden = run.Screen.IndexOf(HideCursor, StringComparison.Ordinal);
        Assert.True(hidden >= 0, $"expected the display (and the cursor hidden) before Ctrl-C; {run}");
        int interrupt = run.Screen.IndexOf("^C", hidden, StringComparison.Ordinal);
        Assert.True(interrupt > hidden, $"expected the terminal to echo ^C; {run}");
        Assert.True(run.Screen.IndexOf(ShowCursor, interrupt, StringComparison.Ordinal) > interrupt, $"expected {"\\e[?25h"} after Ctrl-C; {run}");
        Assert.True(run.ExitCode == 130, $"expected the exit code of SIGINT, 130; {run}");
    }

    [Fact]
    public void A_small_file_and_redirected_standard_error_draw_nothing()
    {
        string directory = Directory.Value;
        File.Copy(Path.Combine(JhaTool.RepositoryRoot, "docs", "examples", "records.ndjson"), Path.Combine(directory, "small.ndjson"), overwrite: true);

        var small = PseudoTerminal.Run($"{PseudoTerminal.Jha} validate small.ndjson", directory);
        var redirected = PseudoTerminal.Run($"{PseudoTerminal.Jha} validate big.ndjson 2> err.txt > /dev/null", directory);

        Assert.True(small.ExitCode == 0, small.ToString());
        Assert.DoesNotContain(HideCursor, small.Screen, StringComparison.Ordinal);
        Assert.Matches(@"small\.ndjson: (\u001b\[[0-9;]*m)*valid", small.Screen);
        Assert.True(redirected.ExitCode == 0, redirected.ToString());
        Assert.DoesNotContain(HideCursor, redirected.Screen, StringComparison.Ordinal);
        Assert.Equal(string.Empty, File.ReadAllText(Path.Combine(directory, "err.txt")));
    }

    [Fact]
    public void Validate_without_a_path_on_a_terminal_is_a_usage_error_instead_of_waiting_for_typing()
    {
        var run = PseudoTerminal.Run($"{PseudoTerminal.Jha} validate", Directory.Value, timeout: TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("jha: no input: name a file or a directory, or pipe the input to standard input", run.Screen, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\rbig\.ndjson \[[#-]+\] +\d+% [\d.]+ (B|KiB|MiB) / 69\.1 MiB  [\d.]+ (B|KiB|MiB)/s  \d+:\d\d\u001b\[K")]
    private static partial Regex FileFrame();

    [GeneratedRegex(@"\rstandard input \[[#-]+\] +\d+% [\d.]+ (B|KiB|MiB) / 69\.1 MiB  [\d.]+ (B|KiB|MiB)/s  \d+:\d\d\u001b\[K")]
    private static partial Regex RedirectedFileFrame();

    [GeneratedRegex(@"\rstandard input [\d.]+ (B|KiB|MiB) read  [\d.]+ (B|KiB|MiB)/s  \d+:\d\d\u001b\[K")]
    private static partial Regex StandardInputFrame();
}
