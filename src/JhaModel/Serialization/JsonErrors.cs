using System.Text;
using System.Text.Json;
using JhaModel.Exchange;

namespace JhaModel.Serialization;

/// <summary>
/// Builds the exceptions converters throw for bad input, each saying what was found and what was expected, and
/// the one way a message echoes input: <see cref="Quote"/>.
/// </summary>
internal static class JsonErrors
{
    public static JsonException ExpectedString(JsonTokenType found, string expected) =>
        new($"Found a JSON {DescribeToken(found)}; expected a string holding {expected}.");

    public static JsonException Invalid(string message) => new(message);

    /// <summary>Reads the current token as a string, or throws a <see cref="JsonException"/> naming the token found and what was expected.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw ExpectedString(reader.TokenType, expected);

    /// <summary>
    /// A value of the input as a message shows it: in double quotes, with quotes, backslashes, control characters,
    /// line and paragraph separators and lone surrogates escaped as in JSON, and cut after
    /// <see cref="ExchangeProblem.MaxEchoLength"/> characters with the number of characters left out.
    /// </summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        var text = new StringBuilder(Math.Min(value.Length, ExchangeProblem.MaxEchoLength) + 2).Append('"');
        int shown = Math.Min(value.Length, ExchangeProblem.MaxEchoLength);
        if (shown < value.Length && char.IsHighSurrogate(value[shown - 1]))
        {
            shown--;
        }

        AppendEscaped(text, value[..shown]);
        text.Append('"');
        if (shown < value.Length)
        {
            text.Append("… (").Append((value.Length - shown).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append(" more characters)");
        }

        return text.ToString();
    }

    /// <summary>
    /// A whole message made safe to print: control characters, line and paragraph separators and lone surrogates
    /// escaped, and cut to <see cref="ExchangeProblem.MaxMessageLength"/> characters. Messages quote what they echo
    /// (<see cref="Quote"/>); this is the last guard for text that reaches a message by another way.
    /// </summary>
    public static string SafeMessage(string message)
    {
        if (message.Length <= ExchangeProblem.MaxMessageLength && !NeedsEscape(message))
        {
            return message;
        }

        var text = new StringBuilder(Math.Min(message.Length, ExchangeProblem.MaxMessageLength));
        AppendEscaped(text, message, escapeQuotes: false);
        if (text.Length > ExchangeProblem.MaxMessageLength)
        {
            int cut = ExchangeProblem.MaxMessageLength - 1;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text.Length = cut;
            text.Append('…');
        }

        return text.ToString();
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !IsPairAt(text, i, ref i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPairAt(ReadOnlySpan<char> text, int i, ref int index)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            index = i + 1;
            return true;
        }

        return false;
    }

    private static void AppendEscaped(StringBuilder text, ReadOnlySpan<char> value, bool escapeQuotes = true)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"' or '\\' when escapeQuotes:
                    text.Append('\\').Append(c);
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    int start = i;
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !IsPairAt(value, i, ref i)))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(value[start..(i + 1)]);
                    }

                    break;
            }
        }
    }

    public static string DescribeToken(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        _ => token.ToString(),
    };
}
