namespace JhaModel.Exchange;

/// <summary>The limits a reader enforces, with safe defaults; exceeding one is a <c>JHA-DOC-007</c> problem, never a crash.</summary>
public sealed record ExchangeReaderOptions
{
    /// <summary>The default limits.</summary>
    public static ExchangeReaderOptions Default { get; } = new();

    /// <summary>The largest document, or NDJSON line, in bytes. Default: 256 MiB.</summary>
    public long MaxDocumentBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The deepest nesting of arrays and objects. Default: 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The longest string value or member name, in UTF-8 bytes (as written, escapes included for names). Default: 64 KiB.</summary>
    public int MaxStringLength { get; init; } = 64 * 1024;

    /// <summary>The most elements in one array. Default: 1,000,000.</summary>
    public int MaxCollectionLength { get; init; } = 1_000_000;

    /// <summary>The most problems reported for one document or NDJSON line; the rest are summarised in one last problem. Default: 1,000.</summary>
    public int MaxProblems { get; init; } = 1_000;
}
