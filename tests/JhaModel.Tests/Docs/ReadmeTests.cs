using JhaModel.Tests.Support;

namespace JhaModel.Tests.Docs;

/// <summary>The README quickstart is the package consumer's program, which .ci/run compiles and runs against the packed package.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_quickstart_is_the_package_consumer_program_and_at_most_20_lines()
    {
        string readme = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        string program = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "tests/JhaModel.PackageConsumer/Program.cs")).ReplaceLineEndings("\n");

        Assert.Contains("## Quickstart\n\n```csharp\n" + program.TrimEnd() + "\n```", readme, StringComparison.Ordinal);
        Assert.True(program.TrimEnd().Split('\n').Length <= 20, "the quickstart has more than 20 lines");
    }

    [Fact]
    public void The_readme_names_the_test_command_and_ci_runs_that_same_command()
    {
        string readme = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "README.md"));
        string ci = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, ".ci/run"));
        string script = Path.Combine(Golden.RepositoryRoot, "test.sh");

        Assert.Contains("| `./test.sh` |", readme, StringComparison.Ordinal);
        Assert.Contains("| `dotnet run --project src/JhaModel.Cli -- report` |", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(script), "test.sh, the README's test command, is missing");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(script) & UnixFileMode.UserExecute) != 0, "test.sh is not executable");
        }
        Assert.Contains("\n./test.sh\n", ci.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
