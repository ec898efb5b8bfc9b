namespace JhaModel.Tests.Support;

/// <summary>
/// A read-only stream that cannot seek, as a pipe is, whose bytes are computed rather than held: byte <c>i</c> is
/// <c>ByteAt(i)</c>, up to <see cref="Limit"/> bytes (or for ever), at most <see cref="Chunk"/> bytes a read.
/// </summary>
internal abstract class GeneratedStream : Stream
{
    private long _position;

    /// <summary>How many bytes the stream has; <see cref="long.MaxValue"/> for an endless one.</summary>
    protected abstract long Limit { get; }

    /// <summary>The most bytes one read returns.</summary>
    protected virtual int Chunk => int.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    /// <summary>How many bytes have been read.</summary>
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        int wanted = Math.Min(buffer.Length, Chunk);
        while (written < wanted && _position < Limit)
        {
            buffer[written++] = ByteAt(_position++);
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The byte at <paramref name="position"/>.</summary>
    protected abstract byte ByteAt(long position);
}
