using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace JhaModel.Generators;

/// <summary>A JSON value as the generator reads it: an object keeps its members in order, a number keeps its text.</summary>
internal sealed class JsonValue
{
    private JsonValue(JsonKind kind, string? text, List<JsonValue>? items, List<KeyValuePair<string, JsonValue>>? members)
    {
        Kind = kind;
        Text = text;
        Items = items ?? [];
        Members = members ?? [];
    }

    public JsonKind Kind { get; }

    /// <summary>The string's value, the number's text, or <c>true</c>/<c>false</c>.</summary>
    public string? Text { get; }

    public List<JsonValue> Items { get; }

    public List<KeyValuePair<string, JsonValue>> Members { get; }

    public JsonValue? this[string name]
    {
        get
        {
            foreach (var member in Members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The compact text of the value, members in their order: equal for equal values.</summary>
    public string Canonical()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        switch (Kind)
        {
            case JsonKind.Object:
                text.Append('{');
                for (int i = 0; i < Members.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",").Append('"').Append(Members[i].Key.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\":");
                    Members[i].Value.Write(text);
                }

                text.Append('}');
                break;
            case JsonKind.Array:
                text.Append('[');
                for (int i = 0; i < Items.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Items[i].Write(text);
                }

                text.Append(']');
                break;
            case JsonKind.String:
                text.Append('"').Append(Text!.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case JsonKind.Null:
                text.Append("null");
                break;
            default:
                text.Append(Text);
                break;
        }
    }

    /// <summary>Parses RFC 8259 JSON; throws <see cref="FormatException"/> with the offset of the first error.</summary>
    public static JsonValue Parse(string text)
    {
        int position = 0;
        var value = ParseValue(text, ref position, 0);
        SkipWhitespace(text, ref position);
        return position == text.Length ? value : throw Error(position, "expected the end of the input");
    }

    private static JsonValue ParseValue(string s, ref int i, int depth)
    {
        if (depth > 256)
        {
            throw Error(i, "nested more than 256 levels");
        }

        SkipWhitespace(s, ref i);
        if (i >= s.Length)
        {
            throw Error(i, "expected a value");
        }

        switch (s[i])
        {
            case '{':
                i++;
                var members = new List<KeyValuePair<string, JsonValue>>();
                SkipWhitespace(s, ref i);
                if (i < s.Length && s[i] == '}')
                {
                    i++;
                    return new JsonValue(JsonKind.Object, null, null, members);
                }

                while (true)
                {
                    SkipWhitespace(s, ref i);
                    string name = ParseString(s, ref i);
                    SkipWhitespace(s, ref i);
                    Expect(s, ref i, ':');
                    members.Add(new KeyValuePair<string, JsonValue>(name, ParseValue(s, ref i, depth + 1)));
                    SkipWhitespace(s, ref i);
                    if (i < s.Length && s[i] == ',')
                    {
                        i++;
                        continue;
                    }

                    Expect(s, ref i, '}');
                    return new JsonValue(JsonKind.Object, null, null, members);
                }

            case '[':
                i++;
                var items = new List<JsonValue>();
                SkipWhitespace(s, ref i);
                if (i < s.Length && s[i] == ']')
                {
                    i++;
                    return new JsonValue(JsonKind.Array, null, items, null);
                }

                while (true)
                {
                    items.Add(ParseValue(s, ref i, depth + 1));
                    SkipWhitespace(s, ref i);
                    if (i < s.Length && s[i] == ',')
                    {
                        i++;
                        continue;
                    }

                    Expect(s, ref i, ']');
                    return new JsonValue(JsonKind.Array, null, items, null);
                }

            case '"':
                return new JsonValue(JsonKind.String, ParseString(s, ref i), null, null);
            case 't':
                Literal(s, ref i, "true");
                return new JsonValue(JsonKind.True, "true", null, null);
            case 'f':
                Literal(s, ref i, "false");
                return new JsonValue(JsonKind.False, "false", null, null);
            case 'n':
                Literal(s, ref i, "null");
                return new JsonValue(JsonKind.Null, null, null, null);
            default:
                int start = i;
                if (i < s.Length && s[i] == '-')
                {
                    i++;
                }

                while (i < s.Length && (char.IsDigit(s[i]) || s[i] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    i++;
                }

                return i > start && double.TryParse(s.Substring(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? new JsonValue(JsonKind.Number, s.Substring(start, i - start), null, null)
                    : throw Error(start, "expected a value");
        }
    }

    private static string ParseString(string s, ref int i)
    {
        Expect(s, ref i, '"');
        var text = new StringBuilder();
        while (i < s.Length && s[i] != '"')
        {
            char c = s[i++];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (i >= s.Length)
            {
                break;
            }

            char escape = s[i++];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when i + 4 <= s.Length:
                    text.Append((char)int.Parse(s.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw Error(i - 1, "an invalid escape");
            }
        }

        Expect(s, ref i, '"');
        return text.ToString();
    }

    private static void Literal(string s, ref int i, string literal)
    {
        if (string.CompareOrdinal(s, i, literal, 0, literal.Length) != 0)
        {
            throw Error(i, "expected a value");
        }

        i += literal.Length;
    }

    private static void Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c)
        {
            throw Error(i, $"expected '{c}'");
        }

        i++;
    }

    private static void SkipWhitespace(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }
    }

    private static FormatException Error(int offset, string what) => new($"JSON error at offset {offset}: {what}.");
}

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
