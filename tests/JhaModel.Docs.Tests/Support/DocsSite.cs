namespace JhaModel.Docs.Tests.Support;

/// <summary>
/// The built documentation site. <c>bash .ci/docs</c> builds it into <c>artifacts/docs-site</c>; <c>$JHA_DOCS_SITE</c>
/// points the tests at another folder. A missing site fails the tests (it never skips them): a test run that did not
/// build the docs has not checked them.
/// </summary>
internal static class DocsSite
{
    public const string EnvironmentVariable = "JHA_DOCS_SITE";

    /// <summary>The repository root: the first folder above the test assembly that holds JhaModel.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The site's folder, with its <c>index.html</c>; throws with the command that builds it when there is none.</summary>
    public static string Root
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            string root = configured is { Length: > 0 }
                ? Path.GetFullPath(configured)
                : Path.Combine(RepositoryRoot, "artifacts", "docs-site");
            if (!File.Exists(Path.Combine(root, "index.html")))
            {
                string source = configured is { Length: > 0 } ? $"${EnvironmentVariable}" : "the default path";
                throw new InvalidOperationException(
                    $"The documentation site was not found at {root} ({source}): build it with `bash .ci/docs` before running these tests, or set {EnvironmentVariable} to a built site.");
            }

            return root;
        }
    }

    /// <summary>The path of a page of the site, which must exist.</summary>
    public static string Page(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        Assert.True(File.Exists(path), $"the site has no page {relativePath} (looked for {path}); rebuild it with `bash .ci/docs`");
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JhaModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"JhaModel.sln was not found above {AppContext.BaseDirectory}");
    }
}
