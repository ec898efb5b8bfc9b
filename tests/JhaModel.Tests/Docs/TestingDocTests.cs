using System.Text.RegularExpressions;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Docs;

/// <summary>
/// The code samples of docs/testing.md are compiled and run as tests in tests/JhaModel.Testing.Consumer (against the
/// packed packages, by .ci/run): every ```csharp block appears there verbatim, shifted by at most a uniform indentation.
/// </summary>
public sealed partial class TestingDocTests
{
    private const string Doc = "docs/testing.md";
    private const string Consumer = "tests/JhaModel.Testing.Consumer";

    public static TheoryData<int> Blocks() => [.. Enumerable.Range(0, CodeBlocks().Count)];

    [Fact]
    public void The_page_has_code_samples_of_both_styles_and_of_the_factory()
    {
        var blocks = string.Join("\n", CodeBlocks());

        Assert.True(CodeBlocks().Count >= 8, $"expected the samples of docs/testing.md, found {CodeBlocks().Count} blocks");
        Assert.Contains("[assembly: Properties(Arbitrary = [typeof(JhaArbitraries)])]", blocks, StringComparison.Ordinal);
        Assert.Contains("Prop.ForAll(", blocks, StringComparison.Ordinal);
        Assert.Contains("Invalid.For<", blocks, StringComparison.Ordinal);
        Assert.Contains("JhaModelFactory.", blocks, StringComparison.Ordinal);
        Assert.Contains("JhaPropertyTests.", blocks, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Each_code_sample_appears_verbatim_in_the_consumer_project(int block)
    {
        string[] sample = CodeBlocks()[block].Split('\n');
        var sources = Directory.EnumerateFiles(Path.Combine(Golden.RepositoryRoot, Consumer), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        bool found = sources.Any(f => Contains(File.ReadAllText(f).ReplaceLineEndings("\n").Split('\n'), sample));

        Assert.True(found, $"block {block + 1} of {Doc} does not appear verbatim in {Consumer}:\n{CodeBlocks()[block]}");
    }

    [Fact]
    public void A_sample_that_differs_from_the_source_is_not_found()
    {
        string[] source = ["    var x = 1;", "", "    var y = 2;"];

        Assert.True(Contains(source, ["var x = 1;", "", "var y = 2;"]));
        Assert.False(Contains(source, ["var x = 1;", "var y = 2;"]));
        Assert.False(Contains(source, ["var x = 1;", "", "  var y = 2;"]));
    }

    private static List<string> CodeBlocks() =>
        [.. CsharpBlock().Matches(File.ReadAllText(Path.Combine(Golden.RepositoryRoot, Doc)).ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value)];

    /// <summary>Whether <paramref name="sample"/> occurs in <paramref name="source"/> as consecutive lines, each with the same added indentation.</summary>
    private static bool Contains(string[] source, string[] sample)
    {
        for (int start = 0; start + sample.Length <= source.Length; start++)
        {
            int at = source[start].Length - sample[0].Length;
            if (at < 0 || !source[start].EndsWith(sample[0], StringComparison.Ordinal) || source[start][..at].Trim().Length != 0)
            {
                continue;
            }

            string indent = source[start][..at];
            bool all = true;
            for (int i = 0; i < sample.Length && all; i++)
            {
                all = sample[i].Length == 0 ? source[start + i].Trim().Length == 0 : source[start + i] == indent + sample[i];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("```csharp\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();
}
