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
    public void The_readme_names_the_test_command()
    {
        string readme = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "README.md"));

        Assert.Contains("`dotnet test`", readme, StringComparison.Ordinal);
    }
}
