using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace JhaModel.Cli.Tests.Support;

/// <summary>What one run of the built tool gave.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The run as text, for failure messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the built <c>jha</c> tool (<c>dotnet jha.dll</c>) as a process, with redirected standard streams.</summary>
internal static class JhaTool
{
    public static string ToolPath { get; } =
        typeof(JhaTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "JhaToolPath").Value!;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs <c>jha ARGS</c> in <paramref name="workingDirectory"/> (a fresh temporary one by default), feeding <paramref name="stdin"/>.</summary>
    public static ToolRun Run(IEnumerable<string> args, string? workingDirectory = null, byte[]? stdin = null, TimeSpan? timeout = null) =>
        Run(args, workingDirectory, stdin is null ? null : s => s.Write(stdin), timeout);

    /// <summary>Runs <c>jha ARGS</c>, writing standard input with <paramref name="writeStdin"/> (then closing it).</summary>
    public static ToolRun Run(IEnumerable<string> args, string? workingDirectory, Action<Stream>? writeStdin, TimeSpan? timeout = null)
    {
        Assert.True(File.Exists(ToolPath), $"the built tool was not found at {ToolPath}; build the solution first");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TempDirectory.Create(),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (writeStdin is not null)
            {
                writeStdin(process.StandardInput.BaseStream);
            }
        }
        catch (IOException)
        {
            // The tool may stop reading early (a usage error); what it printed tells why.
        }
        finally
        {
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"jha {string.Join(' ', args)} did not finish in time");
        }

        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ToolRun Run(params string[] args) => Run(args, null, (byte[]?)null);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JhaModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JhaModel.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Fresh temporary directories, one per use.</summary>
internal static class TempDirectory
{
    public static string Create()
    {
        string path = Path.Combine(Path.GetTempPath(), "jha-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
