namespace JhaModel.Exchange;

/// <summary>
/// Splits a UTF-8 stream into lines with a buffer that grows only up to the longest line allowed, so memory stays
/// flat however long the stream. A line longer than the limit is reported as too long as soon as the limit is
/// passed, and reading ends there: the end of such a line may never come (an endless stream, <c>/dev/zero</c>).
/// Each byte is scanned for a line break once, however the stream delivers its bytes (a pipe gives a few KiB a
/// read, a file much more).
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private readonly long _maxLine;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _scanned;
    private int _end;
    private bool _eof;
    private bool _stopped;

    public Utf8LineReader(Stream stream, long maxLine)
    {
        _stream = stream;
        _maxLine = maxLine;
    }

    /// <summary>Whether the next result is at hand without reading the stream (a whole line is buffered, or the end or the stop is reached).</summary>
    public bool NextIsBuffered => _stopped || _eof || Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned) >= 0;

    /// <summary>The next line without its line break; <see cref="Line.TooLong"/> (and then no more lines) when it exceeded the limit. Null at the end.</summary>
    public async ValueTask<Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (!_stopped)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned);
            if (newline >= 0 ? newline - _start > _maxLine : _end - _start > _maxLine)
            {
                // Longer than the limit, with or without its end in sight: nothing after it is read.
                _stopped = true;
                return new Line(ReadOnlyMemory<byte>.Empty, TooLong: true);
            }

            if (newline >= 0)
            {
                var line = new Line(new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(newline) - _start), TooLong: false);
                _start = _scanned = newline + 1;
                return line;
            }

            _scanned = _end;
            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = new Line(new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(_end) - _start), TooLong: false);
                _start = _scanned = _end;
                return last;
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

        return null;
    }

    private int TrimCr(int end) => end > _start && _buffer[end - 1] == (byte)'\r' ? end - 1 : end;

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }
    }

    /// <summary>A line: its bytes (valid until the next read), and whether it exceeded the limit (the last line then).</summary>
    internal readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);
}
