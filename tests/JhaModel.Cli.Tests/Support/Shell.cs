using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace JhaModel.Cli.Tests.Support;

/// <summary>A command run by <c>/usr/bin/time</c>: what it gave, and its whole-process peak resident memory and CPU time.</summary>
internal sealed record MeasuredRun(ToolRun Run, long PeakBytes, TimeSpan CpuTime)
{
    public override string ToString() => $"{Run}\n--- measured ---\npeak {PeakBytes / 1024 / 1024} MiB, CPU {CpuTime.TotalSeconds:0.00} s";
}

/// <summary>Runs shell command lines (bash), for what needs a shell: pipes, redirections to devices, measurements.</summary>
internal static class Shell
{
    /// <summary>Runs <paramref name="command"/> with bash in <paramref name="workingDirectory"/>.</summary>
    public static ToolRun Run(string command, string workingDirectory, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{command}' did not finish in time");
        }

        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Runs <paramref name="command"/> under GNU time (Debian's <c>time</c> package): the peak resident memory of the
    /// largest process and the CPU time of all of them, as the kernel counts them.
    /// </summary>
    public static MeasuredRun Measure(string command, string workingDirectory, TimeSpan? timeout = null)
    {
        Assert.True(File.Exists("/usr/bin/time"), "GNU time is not installed: apt-get install time");
        string report = Path.Combine(workingDirectory, $"time-{Guid.NewGuid():N}.txt");
        var run = Run($"/usr/bin/time -o {PseudoTerminal.Quote(report)} -f '%M %U %S' bash -c {PseudoTerminal.Quote(command)}", workingDirectory, timeout);
        string[] fields = File.ReadAllLines(report).Last().Split(' ');
        long peak = long.Parse(fields[0], CultureInfo.InvariantCulture) * 1024;
        var cpu = TimeSpan.FromSeconds(double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture));
        return new MeasuredRun(run, peak, cpu);
    }
}
