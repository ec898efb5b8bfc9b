namespace JhaModel.Tests.Support;

/// <summary>
/// Compares generated text with a committed file. Set JHA_UPDATE_GOLDEN=1 to rewrite the committed files on
/// purpose; the test then still fails once so that a regeneration is never silent.
/// </summary>
internal static class Golden
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static void AssertMatches(string relativePath, string actual)
    {
        string path = Path.Combine(RepositoryRoot, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("JHA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string? before = File.Exists(path) ? File.ReadAllText(path) : null;
            File.WriteAllText(path, actual);
            Assert.True(before == actual, $"{relativePath} was rewritten; review the diff and run again without JHA_UPDATE_GOLDEN.");
            return;
        }

        Assert.True(File.Exists(path), $"{relativePath} does not exist; generate it with JHA_UPDATE_GOLDEN=1.");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            int at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
            int line = expected[..at].Count(c => c == '\n') + 1;
            Assert.Fail($"{relativePath} differs from the code's output from line {line}; if the change is intended, regenerate with JHA_UPDATE_GOLDEN=1.\n"
                + $"expected: {Excerpt(expected, at)}\nactual:   {Excerpt(actual, at)}");
        }
    }

    private static string Excerpt(string text, int at) =>
        text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40)).ReplaceLineEndings("⏎");

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
