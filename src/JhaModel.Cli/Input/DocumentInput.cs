using System.Globalization;
using System.Text.Json;
using JhaModel.Exchange;
using JhaModel.Validation;

namespace JhaModel.Cli.Input;

/// <summary>
/// Reads an exchange document from a stream so that an input that will be refused costs little: a document over
/// <see cref="ExchangeReaderOptions.MaxDocumentBytes"/> is refused from its length when the length is known, before a
/// byte is read; and the JSON syntax is checked while the bytes arrive, so that reading stops at the first syntax
/// error instead of holding the rest of the input in memory. The library then reads what was read and reports exactly
/// what it would report for the whole input (a syntax error is found at the same byte whatever follows it).
/// </summary>
internal static class DocumentInput
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>Nesting deeper than this stops the syntax check; the library reports its own, lower, depth limit on what was read.</summary>
    private const int SyntaxCheckMaxDepth = 1 << 20;

    /// <summary>Reads and validates a document.</summary>
    /// <param name="stream">The input, read from its current position.</param>
    /// <param name="length">The input's length when known (a regular file), else <see langword="null"/>.</param>
    /// <param name="options">The reader's limits.</param>
    /// <returns>What <see cref="JhaExchange.Read(ReadOnlySpan{byte}, ExchangeReaderOptions?)"/> returns for the input.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static DocumentRead Read(Stream stream, long? length, ExchangeReaderOptions options)
    {
        if (length > options.MaxDocumentBytes)
        {
            return new DocumentRead(null, [TooLarge(length.Value, options)]);
        }

        // One byte past the limit is enough for the library to refuse the input.
        long cap = options.MaxDocumentBytes + 1;
        var buffer = new byte[(int)Math.Min(Math.Min(cap, Array.MaxLength), Math.Max(ChunkBytes, (length ?? 0) + 1))];
        int filled = 0;
        int checkedUpTo = 0;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = SyntaxCheckMaxDepth });
        bool syntaxError = false;
        while (!syntaxError && filled < cap)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(Math.Min(cap, Array.MaxLength), buffer.Length * 2L));
                if (filled == buffer.Length)
                {
                    break;
                }
            }

            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
            syntaxError = !CheckSyntax(buffer.AsSpan(0, filled), ref checkedUpTo, ref state);
        }

        var result = JhaExchange.Read(buffer.AsSpan(0, filled), options);
        return new DocumentRead(result.Value, result.Problems);
    }

    /// <summary>The library's own refusal of an input over the size limit (<c>JHA-DOC-007</c>), from its length alone.</summary>
    public static ExchangeProblem TooLarge(long length, ExchangeReaderOptions options) => new()
    {
        Code = JhaErrorCodes.LimitExceeded,
        Path = "$",
        Line = 1,
        Message = string.Create(CultureInfo.InvariantCulture, $"The input is {length:N0} bytes; expected at most {options.MaxDocumentBytes:N0} bytes (ExchangeReaderOptions.MaxDocumentBytes)."),
        Severity = ProblemSeverity.Error,
    };

    /// <summary>Advances the syntax check over the bytes that have arrived; false at a syntax error.</summary>
    private static bool CheckSyntax(ReadOnlySpan<byte> input, ref int checkedUpTo, ref JsonReaderState state)
    {
        if (checkedUpTo == 0)
        {
            if (input.Length < 3 && Utf8Bom[..input.Length].SequenceEqual(input))
            {
                return true; // perhaps the start of a byte-order mark: wait for more
            }

            if (input.StartsWith(Utf8Bom))
            {
                checkedUpTo = Utf8Bom.Length;
            }
        }

        try
        {
            var reader = new Utf8JsonReader(input[checkedUpTo..], isFinalBlock: false, state);
            while (reader.Read())
            {
                // Only the syntax is checked here; the library reads the values.
            }

            checkedUpTo += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}

/// <summary>A document read by <see cref="DocumentInput"/>: the document, or <see langword="null"/> with its problems.</summary>
internal sealed record DocumentRead(ExchangeDocument? Value, IReadOnlyList<ExchangeProblem> Problems)
{
    public bool IsSuccess => Value is not null;
}
