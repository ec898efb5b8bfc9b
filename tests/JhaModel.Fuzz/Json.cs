using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JhaModel.Fuzz;

/// <summary>Small JSON helpers of the harness.</summary>
internal static class Json
{
    /// <summary>Writes a tree with minimal escaping, so non-ASCII text stays raw UTF-8, as in the format.</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every node of a tree, the root first.</summary>
    public static IEnumerable<JsonNode> Walk(JsonNode? root)
    {
        if (root is null)
        {
            yield break;
        }

        var stack = new Stack<JsonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (node is JsonObject obj)
            {
                foreach (var member in obj.Reverse())
                {
                    if (member.Value is { } child)
                    {
                        stack.Push(child);
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is { } child)
                    {
                        stack.Push(child);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Decodes UTF-8 the way a lenient producer would build a .NET string from it: well-formed sequences as usual,
    /// an encoded surrogate (ED A0 80 … ED BF BF) as that lone surrogate char, and anything else as U+FFFD. This is
    /// how the harness gets strings holding lone surrogates to <c>Read(string)</c> and <c>Deserialize(string)</c>.
    /// </summary>
    public static string Utf8(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b == 0xED && i + 2 < bytes.Length && bytes[i + 1] is >= 0xA0 and <= 0xBF && bytes[i + 2] is >= 0x80 and <= 0xBF)
            {
                builder.Append((char)(0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
                i += 3;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed);
            builder.Append(status == System.Buffers.OperationStatus.Done ? rune.ToString() : "\ufffd");
            i += Math.Max(1, consumed);
        }

        return builder.ToString();
    }

    /// <summary>A JSON number as an exact decimal (mantissa, exponent of ten), trailing zeros removed; zero is (0, 0).</summary>
    public static (BigInteger Mantissa, long Exponent) Number(string text)
    {
        int e = text.IndexOfAny(['e', 'E']);
        long exponent = e < 0 ? 0 : long.Parse(text.AsSpan(e + 1), System.Globalization.CultureInfo.InvariantCulture);
        string digits = e < 0 ? text : text[..e];
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= digits.Length - dot - 1;
            digits = digits.Remove(dot, 1);
        }

        var mantissa = BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (mantissa.IsZero)
        {
            return (BigInteger.Zero, 0);
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return (mantissa, exponent);
    }

    /// <summary>Whether a number is non-zero but smaller in magnitude than the smallest non-zero decimal (1e-28).</summary>
    public static bool BelowDecimalPrecision((BigInteger Mantissa, long Exponent) number) =>
        !number.Mantissa.IsZero && BigInteger.Abs(number.Mantissa).ToString(System.Globalization.CultureInfo.InvariantCulture).Length + number.Exponent <= -28;
}
