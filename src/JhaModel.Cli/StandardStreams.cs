using System.Text;
using Microsoft.Win32.SafeHandles;

namespace JhaModel.Cli;

/// <summary>
/// Standard input and output as the tool uses them. On Unix they are opened from their file descriptors, not through
/// <see cref="Console"/>: the console's stream drops writes to a closed pipe without a word (so a tool piped into
/// <c>head</c> would run to its end), and a redirected file would not tell its length.
/// </summary>
internal static class StandardStreams
{
    /// <summary>Exit code when standard output is a closed pipe: 128 + SIGPIPE, what a shell reports for a tool that SIGPIPE ended.</summary>
    public const int ClosedPipeExitCode = 141;

    private const int BrokenPipeErrno = 32;
    private const int NoSpaceErrno = 28;

    private static readonly Lazy<Stream> Stdout = new(() => new GuardedOutputStream(OpenOutput()));

    /// <summary>Standard output as a stream whose write failures are <see cref="OutputFailedException"/>s; not to be disposed.</summary>
    public static Stream Output => Stdout.Value;

    /// <summary>
    /// Makes <see cref="Console.Out"/> write through <see cref="Output"/>: flushed at each line on a terminal, buffered
    /// (64 KiB) when redirected; call <see cref="Flush"/> before the process ends.
    /// </summary>
    public static void Install()
    {
        var writer = new StreamWriter(Output, new UTF8Encoding(false), 1 << 16) { AutoFlush = !Console.IsOutputRedirected, NewLine = "\n" };
        Console.SetOut(writer);
    }

    /// <summary>Writes what <see cref="Console.Out"/> holds.</summary>
    /// <exception cref="OutputFailedException">Standard output cannot be written.</exception>
    public static void Flush() => Console.Out.Flush();

    /// <summary>
    /// Standard output as a stream: on Unix, a pipe, a terminal or a device is written through its file descriptor
    /// (so that a closed pipe is an error, EPIPE); a regular file through the console's stream, which writes at the
    /// descriptor's shared offset (a <see cref="FileStream"/> would write at its own, and the next writer to the same
    /// file would overwrite what the tool wrote) and on which a closed pipe cannot happen.
    /// </summary>
    private static Stream OpenOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        var descriptor = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
        if (!descriptor.CanSeek)
        {
            return descriptor;
        }

        descriptor.Dispose();
        return Console.OpenStandardOutput();
    }

    /// <summary>Opens standard input; on Unix from its file descriptor, so that a redirected file can seek and tell its length.</summary>
    public static Stream OpenInput() =>
        OperatingSystem.IsWindows() ? Console.OpenStandardInput() : new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, 1);

    /// <summary>The exception for a failed write: a closed pipe, or any other failure with its reason.</summary>
    public static OutputFailedException Failed(IOException e) => new(
        e.HResult == BrokenPipeErrno,
        e.HResult == NoSpaceErrno ? "no space left on device" : e.Message.Length > 0 ? char.ToLowerInvariant(e.Message[0]) + e.Message[1..] : "write error",
        e);

    /// <summary>Standard output, with every <see cref="IOException"/> turned into an <see cref="OutputFailedException"/> (so it is never taken for a read error).</summary>
    private sealed class GuardedOutputStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (IOException e)
            {
                throw Failed(e);
            }
        }

        public override void Flush()
        {
            try
            {
                inner.Flush();
            }
            catch (IOException e)
            {
                throw Failed(e);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            // Standard output stays open for the rest of the process; what is buffered is written.
            try
            {
                if (disposing)
                {
                    Flush();
                }
            }
            finally
            {
                base.Dispose(disposing);
            }
        }
    }
}

/// <summary>Standard output could not be written: a closed pipe (the reader has gone, e.g. <c>| head -1</c>), a full disk, an I/O error.</summary>
internal sealed class OutputFailedException(bool closedPipe, string reason, Exception inner) : Exception($"cannot write to standard output: {reason}", inner)
{
    /// <summary>Whether the reader of a pipe has gone: the tool then ends quietly.</summary>
    public bool IsClosedPipe { get; } = closedPipe;
}
