namespace JhaModel.Exchange;

/// <summary>
/// Splits a UTF-8 stream into lines with a buffer that grows only up to the longest line allowed, so memory stays
/// flat however long the stream. A line longer than the limit is reported as too long and skipped.
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private readonly long _maxLine;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public Utf8LineReader(Stream stream, long maxLine)
    {
        _stream = stream;
        _maxLine = maxLine;
    }

    /// <summary>The next line without its line break; <see cref="Line.TooLong"/> when it exceeded the limit. Null at the end.</summary>
    public async ValueTask<Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        bool tooLong = false;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var line = new Line(new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(newline) - _start), tooLong);
                _start = newline + 1;
                return tooLong ? line with { Bytes = ReadOnlyMemory<byte>.Empty } : line;
            }

            if (_eof)
            {
                if (_start == _end && !tooLong)
                {
                    return null;
                }

                var last = new Line(new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(_end) - _start), tooLong);
                _start = _end;
                return tooLong ? last with { Bytes = ReadOnlyMemory<byte>.Empty } : last;
            }

            if (_end - _start > _maxLine)
            {
                // Drop what is buffered of the over-long line and keep scanning for its end.
                tooLong = true;
                _start = _end;
            }

            Compact();
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, (int)Math.Min(Math.Max(_buffer.Length * 2L, 1024), Math.Min(Array.MaxLength, _maxLine + 2)));
            }

            int read = await _stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    private int TrimCr(int end) => end > _start && _buffer[end - 1] == (byte)'\r' ? end - 1 : end;

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
    }

    /// <summary>A line: its bytes (valid until the next read), and whether it exceeded the limit.</summary>
    internal readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);
}
