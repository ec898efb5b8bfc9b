namespace JhaModel.Exchange;

/// <summary>
/// The limits a reader enforces, with safe defaults; exceeding one is a <c>JHA-DOC-007</c> problem, never a crash.
/// Every limit is checked when it is set, so a reader never fails because of its options.
/// </summary>
public sealed record ExchangeReaderOptions
{
    /// <summary>The highest <see cref="MaxDepth"/>: 100,000 levels.</summary>
    public const int MaxDepthLimit = 100_000;

    private readonly long _maxDocumentBytes = 256L * 1024 * 1024;
    private readonly int _maxDepth = 64;
    private readonly int _maxStringLength = 64 * 1024;
    private readonly int _maxCollectionLength = 1_000_000;
    private readonly int _maxProblems = 1_000;

    /// <summary>The default limits.</summary>
    public static ExchangeReaderOptions Default { get; } = new();

    /// <summary>The largest document, or NDJSON line, in bytes: 1 to <see cref="Array.MaxLength"/>. Default: 256 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = InRange(value, 1, Array.MaxLength);
    }

    /// <summary>The deepest nesting of arrays and objects: 1 to <see cref="MaxDepthLimit"/>. Default: 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = (int)InRange(value, 1, MaxDepthLimit);
    }

    /// <summary>The longest string value or member name, in UTF-8 bytes (as written, escapes included for names): 1 or more. Default: 64 KiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = (int)InRange(value, 1, int.MaxValue);
    }

    /// <summary>The most elements in one array: 1 or more. Default: 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxCollectionLength
    {
        get => _maxCollectionLength;
        init => _maxCollectionLength = (int)InRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// The most problems reported for one document or NDJSON line, 1 or more; the rest are summarised in one last
    /// problem. Default: 1,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxProblems
    {
        get => _maxProblems;
        init => _maxProblems = (int)InRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// The reference data a document or an NDJSON record read with <see cref="JhaExchange"/> is checked against: what
    /// its references resolve to (an agreement's parent and predecessor, organisations, priorities), who is an EU member
    /// state or agency and may lead an EMPACT action, and the groupings that resolve the scopes and populations of
    /// statistics; the embedded reference dataset (<see cref="ReferenceData.JhaDataset.Default"/>) when
    /// <see langword="null"/>, the default.
    /// </summary>
    public ReferenceData.JhaDataset? ReferenceData { get; init; }

    private static long InRange(long value, long min, long max, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"ExchangeReaderOptions.{name} must be from {min:N0} to {max:N0}; found {value:N0}.");
        }

        return value;
    }
}
