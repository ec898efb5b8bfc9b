namespace JhaModel.Cli.Validation;

/// <summary>
/// A read-only stream that gives back bytes already read from a stream (to sniff its format), then the rest of it; it
/// counts the bytes it has given. Over a stream that can seek (a file) it seeks back instead of replaying, and can seek
/// itself, so that a reader can see the input's length (and refuse an input over its limit without reading it).
/// </summary>
internal sealed class ReplayStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int _prefixPosition;
    private long _bytesRead;

    /// <summary>The bytes read through this stream so far (read from any thread, for a progress display).</summary>
    public long BytesRead
    {
        get => Volatile.Read(ref _bytesRead);
        private set => Volatile.Write(ref _bytesRead, value);
    }

    /// <summary>Sets how many bytes of the prefix, read from the inner stream after this stream was made, are given back first.</summary>
    public void Replay(int length)
    {
        if (inner.CanSeek)
        {
            inner.Seek(-length, SeekOrigin.Current);
            prefixLength = 0;
        }
        else
        {
            prefixLength = length;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.CanSeek ? inner.Length : throw new NotSupportedException();

    public override long Position
    {
        get => inner.CanSeek ? inner.Position : BytesRead;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (_prefixPosition < prefixLength)
        {
            read = Math.Min(buffer.Length, prefixLength - _prefixPosition);
            prefix.AsSpan(_prefixPosition, read).CopyTo(buffer);
            _prefixPosition += read;
        }
        else
        {
            read = inner.Read(buffer);
        }

        BytesRead += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefixPosition < prefixLength)
        {
            return Read(buffer.Span);
        }

        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        BytesRead += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.CanSeek ? inner.Seek(offset, origin) : throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
