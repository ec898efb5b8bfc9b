namespace JhaModel.Cli.Tests.Support;

/// <summary>The tool's promises about failures: one clear line on stderr, never a stack trace.</summary>
internal static class ToolAssert
{
    public static void FailsWithOneLine(ToolRun run, int exitCode, string expectedInLine)
    {
        Assert.True(run.ExitCode == exitCode, $"expected exit code {exitCode}; got {run}");
        string[] lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, $"expected one line on stderr; got {run}");
        Assert.StartsWith("jha: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expectedInLine, lines[0], StringComparison.Ordinal);
        NoStackTrace(run);
    }

    public static void NoStackTrace(ToolRun run)
    {
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    public static void Succeeds(ToolRun run)
    {
        Assert.True(run.ExitCode == 0, $"expected exit code 0; got {run}");
        Assert.True(run.Stderr.Length == 0, $"expected nothing on stderr; got {run}");
    }
}
