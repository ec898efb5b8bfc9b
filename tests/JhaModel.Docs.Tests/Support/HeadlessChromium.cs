using System.ComponentModel;
using System.Diagnostics;

namespace JhaModel.Docs.Tests.Support;

/// <summary>
/// Debian's <c>chromium</c>, headless, run once per call: the DOM of a page after its scripts have run
/// (<c>--dump-dom</c>), or a screenshot of it. Each run has a fresh profile folder.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser: <c>$CHROMIUM</c> when set, else <c>chromium</c> on the PATH (Debian package chromium).</summary>
    public static string Executable => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "chromium";

    /// <summary>The page's DOM, serialized, once it has loaded and its scripts have had up to 10 s of virtual time.</summary>
    public static async Task<string> DumpDomAsync(Uri page, CancellationToken cancellationToken)
    {
        var (stdout, _) = await RunAsync(["--dump-dom", page.AbsoluteUri], cancellationToken);
        Assert.False(string.IsNullOrWhiteSpace(stdout), $"chromium printed no DOM for {page}");
        return stdout;
    }

    /// <summary>A PNG of the page in a 1280×1000 window, once it has loaded.</summary>
    public static async Task<byte[]> ScreenshotAsync(Uri page, CancellationToken cancellationToken)
    {
        string file = Path.Combine(CreateTempDirectory(), "page.png");
        await RunAsync(["--window-size=1280,1000", "--hide-scrollbars", $"--screenshot={file}", page.AbsoluteUri], cancellationToken);
        Assert.True(File.Exists(file), $"chromium wrote no screenshot of {page}");
        return await File.ReadAllBytesAsync(file, cancellationToken);
    }

    private static async Task<(string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        string profile = CreateTempDirectory();
        var start = new ProcessStartInfo(Executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--virtual-time-budget=10000", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{Executable}' could not be started ({e.Message}): install Debian's chromium and fonts-dejavu-core (apt-get install -y chromium fonts-dejavu-core) or set CHROMIUM.", e);
        }

        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', start.ArgumentList)}");
            }

            string output = await stdout, errors = await stderr;
            Assert.True(process.ExitCode == 0, $"chromium exited with code {process.ExitCode}\n{errors}");
            TryDelete(profile);
            return (output, errors);
        }
    }

    private static string CreateTempDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "jha-docs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file the browser still held; the temporary folder is cleaned with the rest.
        }
    }
}
