using System.Text.RegularExpressions;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Docs;

/// <summary>
/// Each package ships its own README (the library, the testing package, the tool), which a package page shows
/// without the repository around it: every link is absolute, and the library's quickstart is the repository
/// README's, which the package consumer compiles and runs.
/// </summary>
public sealed partial class PackageReadmeTests
{
    [Theory]
    [InlineData("src/JhaModel/README.md")]
    [InlineData("src/JhaModel.Testing/README.md")]
    [InlineData("src/JhaModel.Cli/README.md")]
    public void Every_link_of_a_package_readme_is_absolute(string readme)
    {
        string text = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, readme));
        string[] links = [.. Link().Matches(text).Select(m => m.Groups[1].Value)];

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal), $"{readme}: the link {link} is relative and breaks on a package page"));
    }

    [Fact]
    public void The_library_readme_has_the_repository_readmes_quickstart()
    {
        static string Quickstart(string path)
        {
            string text = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, path)).ReplaceLineEndings("\n");
            int start = text.IndexOf("## Quickstart", StringComparison.Ordinal);
            Assert.True(start >= 0, $"{path} has no quickstart");
            return text[start..text.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        }

        Assert.Equal(Quickstart("README.md"), Quickstart("src/JhaModel/README.md"));
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
