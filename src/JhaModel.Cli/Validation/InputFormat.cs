using System.Text.Json;

namespace JhaModel.Cli.Validation;

/// <summary>What an input holds: one exchange document, or an NDJSON stream of records.</summary>
internal enum InputFormat
{
    Document = 1,
    Ndjson = 2,
}

/// <summary>
/// Decides whether an input is a document or NDJSON: by the file extension (<c>.json</c>; <c>.ndjson</c>,
/// <c>.jsonl</c>), otherwise from its first bytes — NDJSON when the first JSON value has a top-level
/// <c>kind</c> member or is followed by another value; a document otherwise (and then a syntax error is reported
/// as a document's).
/// </summary>
internal static class InputFormatDetector
{
    /// <summary>How many bytes are read to decide.</summary>
    public const int SniffBytes = 64 * 1024;

    public static InputFormat? FromExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => InputFormat.Document,
        ".NDJSON" or ".JSONL" => InputFormat.Ndjson,
        _ => null,
    };

    public static InputFormat Sniff(ReadOnlySpan<byte> prefix, bool isWholeInput)
    {
        // The UTF-8 byte-order mark: the bytes EF BB BF (a u8 literal "\xEF\xBB\xBF" would be the UTF-8 encoding of "ï»¿").
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (prefix.StartsWith(bom))
        {
            prefix = prefix[bom.Length..];
        }

        try
        {
            var reader = new Utf8JsonReader(prefix, isWholeInput, default);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    if (reader.ValueTextEquals("kind"u8))
                    {
                        return InputFormat.Ndjson;
                    }

                    if (reader.ValueTextEquals("formatVersion"u8))
                    {
                        return InputFormat.Document;
                    }
                }

                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    return prefix[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8).IsEmpty ? InputFormat.Document : InputFormat.Ndjson;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON, or not a single JSON value: a second value after the first means NDJSON only when the first
            // was complete, which the loop above has already seen. Anything else is reported as a document's syntax error.
        }

        return InputFormat.Document;
    }
}
