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
            return Console.OpenStandardInput();
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

    /// <summary>Creates (or replaces) a file for writing, creating its directory.</summary>
    /// <exception cref="CliException">The file cannot be written (exit code 2).</exception>
    public static Stream OpenWrite(string path)
    {
        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

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
