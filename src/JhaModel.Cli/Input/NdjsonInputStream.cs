namespace JhaModel.Cli.Input;

/// <summary>
/// What the library's NDJSON reader reads from: an input that ends at the first line longer than the limit, so that
/// <c>/dev/zero</c> or an endless FIFO without a line break stops there instead of being scanned for ever; and, for a
/// pipe, reads that fill the buffer they are given, as a file's do, so that a long line through a pipe costs what it
/// costs from a file (the library's line reader scans its whole buffer after each read, and a pipe gives 64 KiB at a time).
/// </summary>
internal sealed class NdjsonInputStream(Stream inner, long maxLineBytes, bool fillReads) : Stream
{
    private long _sinceLineBreak;
    private long _lineBreaks;

    /// <summary>The 1-based line at which reading stopped because it was longer than the limit; <see langword="null"/> when the input was read to its end.</summary>
    public long? StoppedAtLine { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (StoppedAtLine is not null || buffer.IsEmpty)
        {
            return 0;
        }

        int read = fillReads ? inner.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) : inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (StoppedAtLine is not null || buffer.IsEmpty)
        {
            return 0;
        }

        int read = fillReads
            ? await inner.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false)
            : await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>
    /// Counts the bytes since the last line break; once they exceed the limit the bytes just read are still given
    /// (the library then sees the line as too long and reports it) and the input ends there.
    /// </summary>
    private void Count(ReadOnlySpan<byte> bytes)
    {
        int last = bytes.LastIndexOf((byte)'\n');
        if (last < 0)
        {
            _sinceLineBreak += bytes.Length;
        }
        else
        {
            _lineBreaks += bytes.Count((byte)'\n');
            _sinceLineBreak = bytes.Length - last - 1;
        }

        if (_sinceLineBreak > maxLineBytes)
        {
            StoppedAtLine = _lineBreaks + 1;
        }
    }
}
