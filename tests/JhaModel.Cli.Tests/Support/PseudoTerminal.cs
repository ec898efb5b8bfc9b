using System.Diagnostics;
using System.Text;

namespace JhaModel.Cli.Tests.Support;

/// <summary>What a command run in a pseudo-terminal wrote to it (every byte, escape sequences included) and its exit code.</summary>
internal sealed record TerminalRun(int ExitCode, string Screen)
{
    /// <summary>The output with escape and control characters made visible, for failure messages.</summary>
    public override string ToString() =>
        $"exit code {ExitCode}\n--- terminal ---\n{Screen.Replace("\u001b", "\\e", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)}";
}

/// <summary>
/// Runs a shell command in a pseudo-terminal with util-linux's <c>script</c> (Debian's <c>bsdutils</c>, an essential
/// package): the command's standard streams are the terminal unless the command redirects them, and what it writes to the
/// terminal is recorded byte for byte. Bytes written to <c>script</c>'s input are typed on the terminal (0x03 is Ctrl-C).
/// </summary>
internal static class PseudoTerminal
{
    public static string Jha => $"dotnet {Quote(JhaTool.ToolPath)}";

    private const string ResetSignals =
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); signal.signal(signal.SIGQUIT, signal.SIG_DFL); os.execvp('sh', ['sh', '-c', sys.argv[1]])";

    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Runs <paramref name="command"/> (POSIX shell) in <paramref name="workingDirectory"/>; <paramref name="type"/> may
    /// type on the terminal while it runs, and read what the terminal has shown so far.
    /// </summary>
    public static TerminalRun Run(string command, string workingDirectory, Action<Stream, Func<string>>? type = null, TimeSpan? timeout = null)
    {
        Assert.True(File.Exists("/usr/bin/script"), "util-linux's script is not installed: apt-get install bsdutils");
        string log = Path.Combine(workingDirectory, $"terminal-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        // The command runs with Ctrl-C and Ctrl-\ at their default actions, as a job a user starts at a terminal does:
        // a process started in the background by a shell without job control (`.ci/run &`) ignores both, and its
        // children inherit that, so the terminal's Ctrl-C would reach nobody.
        string withSignals = $"python3 -c {Quote(ResetSignals)} {Quote(command)}";
        foreach (string arg in new[] { "--quiet", "--return", "--command", withSignals, log })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "100";
        start.Environment["LINES"] = "30";
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        type?.Invoke(process.StandardInput.BaseStream, () => Shown(log));
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{command}' did not finish in time in the pseudo-terminal; it showed:\n{stdout.Result}");
        }

        process.StandardInput.Close();
        _ = stderr.Result;
        _ = stdout.Result;
        return new TerminalRun(process.ExitCode, Shown(log));
    }

    /// <summary>What the terminal has shown so far (script writes it to the log as it goes).</summary>
    private static string Shown(string log)
    {
        try
        {
            using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
    }
}
