namespace JhaModel.Cli;

/// <summary>Opens the inputs and outputs the commands name; every failure becomes one clear line and exit code 2.</summary>
internal static class Inputs
{
    /// <summary>The name that stands for standard input (or standard output).</summary>
    public const string StandardStream = "-";

    public static string Display(string path) => path == StandardStream ? "standard input" : path;

    /// <summary>Opens a file, or standard input for <c>-</c>, for reading.</summary>
    /// <exception cref="CliException">The file does not exist, is a directory or cannot be read (exit code 2).</exception>
    public static Stream OpenRead(string path)
    {
        if (path == StandardStream)
        {
            return StandardStreams.OpenInput();
        }

        if (Directory.Exists(path))
        {
            throw Unreadable(path, "it is a directory");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw Unreadable(path, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw Unreadable(path, "no such file or directory");
        }
        catch (UnauthorizedAccessException)
        {
            throw Unreadable(path, "permission denied");
        }
        catch (IOException e)
        {
            throw Unreadable(path, e.Message);
        }
    }

    /// <summary>
    /// The length of an input when it is known: a regular file's size. A pipe, a terminal or a device such as
    /// <c>/dev/zero</c> (whose size reads as 0) has none.
    /// </summary>
    public static long? KnownLength(Stream stream)
    {
        try
        {
            return stream.CanSeek && stream.Length > 0 ? stream.Length - stream.Position : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Checks that the directory of an output exists, or creates it when <paramref name="createDirectories"/> says so.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="createDirectories">Whether to create it (and its parents) when missing (<c>--create-dirs</c>).</param>
    /// <exception cref="CliException">It is missing and is not to be created, or cannot be created (exit code 2).</exception>
    public static void EnsureDirectory(string directory, bool createDirectories)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (File.Exists(directory))
        {
            throw new CliException($"cannot write to '{directory}': it is a file, not a directory", ExitCodes.Usage);
        }

        if (!createDirectories)
        {
            throw new CliException($"cannot write to '{directory}': no such directory (--create-dirs creates it)", ExitCodes.Usage);
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"cannot create the directory '{directory}': {Reason(e)}", ExitCodes.Usage);
        }
    }

    /// <summary>Creates (or replaces) a file for writing; its directory must exist unless <paramref name="createDirectories"/>.</summary>
    /// <exception cref="CliException">The file cannot be written (exit code 2).</exception>
    public static Stream OpenWrite(string path, bool createDirectories)
    {
        string? directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            EnsureDirectory(directory, createDirectories);
        }

        try
        {

            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"cannot write '{path}': {Reason(e)}", ExitCodes.Usage);
        }
    }

    public static CliException Unreadable(string path, string reason) => new($"cannot read '{Display(path)}': {reason}", ExitCodes.Usage);

    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "no such directory",
        _ => e.Message,
    };
}
