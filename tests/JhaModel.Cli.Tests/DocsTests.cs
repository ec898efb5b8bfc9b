using System.Text.RegularExpressions;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary>docs/cli.md and the README keep up with the tool.</summary>
public sealed partial class DocsTests
{
    private static string CliDoc => File.ReadAllText(Path.Combine(JhaTool.RepositoryRoot, "docs", "cli.md"));

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("sample")]
    public void Every_option_the_help_lists_is_documented_in_the_commands_section(string command)
    {
        var help = JhaTool.Run(command, "--help");
        ToolAssert.Succeeds(help);
        string doc = CliDoc;
        int start = doc.IndexOf($"## `jha {command}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/cli.md has no section for jha {command}");
        int end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? doc[start..] : doc[start..end];

        var options = OptionName().Matches(help.Stdout).Select(m => m.Groups[1].Value).Distinct().Except(["--help", "--version"]).ToList();
        Assert.NotEmpty(options);
        foreach (string option in options)
        {
            Assert.True(section.Contains($"`{option}", StringComparison.Ordinal), $"docs/cli.md does not document {option} of jha {command}");
        }
    }

    [Fact]
    public void Every_exit_code_is_documented()
    {
        foreach (int code in new[] { 0, 1, 2, 3, 130, 141 })
        {
            Assert.Matches($@"\n\| {code} \| \S", CliDoc);
        }
    }

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("sample")]
    [InlineData("dataset")]
    [InlineData("completion")]
    [InlineData("help")]
    public void Every_command_the_root_help_lists_has_a_section(string command)
    {
        var help = JhaTool.Run("--help");

        Assert.Contains($"\n  {command} ", help.Stdout, StringComparison.Ordinal);
        Assert.Contains($"\n## `jha {command}", CliDoc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Progress")]
    [InlineData("## Shell completion")]
    [InlineData("## Standard input and output")]
    public void The_conventions_have_their_sections(string heading)
    {
        Assert.Contains($"\n{heading}\n", CliDoc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_names_the_run_it_command()
    {
        string readme = File.ReadAllText(Path.Combine(JhaTool.RepositoryRoot, "README.md"));

        Assert.Contains("`dotnet run --project src/JhaModel.Cli -- report`", readme, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+(?:-\S+, )*(--[a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex OptionName();
}
