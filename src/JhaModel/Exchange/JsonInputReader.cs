using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>
/// Reads one JSON value of a model type and reports every structural problem the data allow, in stage order —
/// syntax and limits, types, unknown members, duplicate keys, missing required members, nulls — before the value is
/// deserialized. Never throws for bad input.
/// </summary>
internal static class JsonInputReader
{
    /// <summary>The length of the UTF-8 byte-order mark a reader skips, which does not count towards the size limit.</summary>
    public const int Utf8BomLength = 3;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The categories of structural problems, in the order they are reported.</summary>
    private static readonly string[] CategoryOrder =
    [
        JhaErrorCodes.JsonSyntaxInvalid, JhaErrorCodes.LimitExceeded, JhaErrorCodes.FormatVersionUnsupported, JhaErrorCodes.RecordKindUnknown,
        JhaErrorCodes.JsonTypeMismatch, JhaErrorCodes.UnknownMember, JhaErrorCodes.DuplicateKey, JhaErrorCodes.RequiredMemberMissing,
        JhaErrorCodes.NullNotAllowed,
    ];

    /// <summary>The one configuration of every <see cref="Utf8JsonReader"/> over input, on the fast and the detailed paths: the depth limit of <paramref name="options"/> plus the enclosing level.</summary>
    public static JsonReaderOptions ReaderOptions(ExchangeReaderOptions options) => new() { MaxDepth = options.MaxDepth + 1 };

    /// <summary>Checks the syntax and limits of <paramref name="utf8"/> and parses it; null with problems when it cannot be parsed.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, ExchangeReaderOptions options, long firstLine, ProblemList problems) =>
        Check(utf8, options, firstLine, problems, out _) is { } checkedInput ? ParseChecked(checkedInput, options, firstLine, problems) : null;

    /// <summary>
    /// Checks size, syntax, depth and UTF-8 of <paramref name="utf8"/> in one pass of the reader, and whether every
    /// string and array stays within its limit; returns the input without its byte-order mark, or null with problems.
    /// </summary>
    public static ReadOnlyMemory<byte>? Check(ReadOnlyMemory<byte> utf8, ExchangeReaderOptions options, long firstLine, ProblemList problems, out bool withinValueLimits, bool lengthIsKnown = true)
    {
        withinValueLimits = false;
        if (utf8.Span.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        if (utf8.Length > options.MaxDocumentBytes)
        {
            AddTooLarge(utf8.Length, lengthIsKnown, options, firstLine, problems);
            return null;
        }

        if (NotUtf8(utf8.Span) is { } encoding)
        {
            problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", $"The input is {encoding}; expected UTF-8. Save or convert it as UTF-8 (for example: iconv -f UTF-16 -t UTF-8).", line: firstLine, column: 1);
            return null;
        }

        if (utf8.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", utf8.IsEmpty ? "The input is empty; expected a JSON object." : "The input holds only white space; expected a JSON object.", line: firstLine, column: 1);
            return null;
        }

        return Prescan(utf8.Span, options, firstLine, problems, out withinValueLimits) ? utf8 : (ReadOnlyMemory<byte>?)null;
    }

    /// <summary>The state a scan of an input starts from.</summary>
    public static JsonReaderState ReaderState(ExchangeReaderOptions options) => new(ReaderOptions(options));

    /// <summary>
    /// Scans the tokens that <paramref name="bytes"/> completes, from <paramref name="state"/>; false at a syntax error
    /// or past the depth limit. <paramref name="consumed"/> and <paramref name="next"/> say where a later scan of more
    /// bytes goes on.
    /// </summary>
    public static bool ScanPrefix(ReadOnlySpan<byte> bytes, JsonReaderState state, out int consumed, out JsonReaderState next)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state);
        consumed = 0;
        next = state;
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return false;
        }

        consumed = (int)reader.BytesConsumed;
        next = reader.CurrentState;
        return true;
    }

    /// <summary>
    /// The problem of an input over <see cref="ExchangeReaderOptions.MaxDocumentBytes"/>: its size, in MiB too when it is
    /// large, or, when only a part of it was read (a stream that cannot seek), that it is larger than the limit.
    /// </summary>
    public static void AddTooLarge(long length, bool lengthIsKnown, ExchangeReaderOptions options, long firstLine, ProblemList problems) =>
        problems.Add(
            JhaErrorCodes.LimitExceeded,
            "$",
            lengthIsKnown
                ? $"The input is {length:N0} bytes{(length > 10L << 20 ? $" ({length / (1024.0 * 1024):N1} MiB)" : string.Empty)}; expected at most {options.MaxDocumentBytes:N0} bytes (the reader's size limit)."
                : $"The input is more than {options.MaxDocumentBytes:N0} bytes (reading stopped there); expected at most {options.MaxDocumentBytes:N0} bytes (the reader's size limit).",
            line: firstLine);

    /// <summary>
    /// The problems of JSON text that is not well-formed UTF-16 (a lone surrogate, which no UTF-8 can encode), or
    /// null when it is: such text is reported, never read with a replacement character.
    /// </summary>
    public static IReadOnlyList<ExchangeProblem>? CheckUtf16(string json, ProblemList problems)
    {
        int index = LoneSurrogate(json);
        if (index < 0)
        {
            return null;
        }

        var before = json.AsSpan(0, index);
        int lineStart = before.LastIndexOf('\n') + 1;
        long line = before.Count('\n') + 1;
        long column = Encoding.UTF8.GetByteCount(before[lineStart..]) + 1;
        problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", $"Found a lone surrogate (U+{(int)json[index]:X4}), which is not Unicode text; expected well-formed text, in which a surrogate is always one of a pair.", line, column);
        return problems.ToList();
    }

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1.</summary>
    public static int LoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>Parses input that <see cref="Check"/> accepted.</summary>
    public static JsonDocument? ParseChecked(ReadOnlyMemory<byte> utf8, ExchangeReaderOptions options, long firstLine, ProblemList problems)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxDepth + 1, AllowDuplicateProperties = true });
        }
        catch (JsonException e)
        {
            AddSyntax(utf8.Span, e, firstLine, problems);
            return null;
        }
    }

    /// <summary>Walks <paramref name="element"/> against the contract of <paramref name="typeInfo"/>, reporting every structural problem.</summary>
    public static void CheckShape(JsonElement element, JsonTypeInfo typeInfo, string path, ExchangeReaderOptions options, ProblemList problems, bool unknownMembersAreWarnings)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo, path, options, problems, unknownMembersAreWarnings);
                break;
            case JsonTypeInfoKind.Enumerable:
                CheckArray(element, typeInfo, path, options, problems, unknownMembersAreWarnings);
                break;
            default:
                CheckValue(element, typeInfo, path, options, problems);
                break;
        }
    }

    /// <summary>Deserializes a value whose shape has been checked; a failure the shape check did not foresee becomes a problem.</summary>
    public static T? Deserialize<T>(JsonElement element, JsonTypeInfo<T> typeInfo, string path, ProblemList problems)
        where T : class
    {
        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (JsonException e)
        {
            problems.Add(JhaErrorCodes.JsonTypeMismatch, path + TrimDollar(e.Path), Describe(e));
            return null;
        }
    }

    /// <summary>Orders structural problems by category (syntax first, nulls last), keeping the document order within each.</summary>
    public static IEnumerable<ExchangeProblem> InStageOrder(IEnumerable<ExchangeProblem> problems) =>
        problems.Select((p, i) => (p, i))
            .OrderBy(x => Array.IndexOf(CategoryOrder, x.p.Code) is var rank and >= 0 ? rank : CategoryOrder.Length)
            .ThenBy(x => x.i)
            .Select(x => x.p);

    /// <summary>A JSON path segment for a member name.</summary>
    public static string Member(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Length > 0 ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static bool Prescan(ReadOnlySpan<byte> utf8, ExchangeReaderOptions options, long firstLine, ProblemList problems, out bool withinValueLimits)
    {
        withinValueLimits = true;
        var reader = new Utf8JsonReader(utf8, ReaderOptions(options));
        int depthSlots = Math.Min(options.MaxDepth + 2, 1024);
        Span<int> counts = depthSlots <= 256 ? stackalloc int[depthSlots] : new int[depthSlots];
        Span<bool> isArray = depthSlots <= 256 ? stackalloc bool[depthSlots] : new bool[depthSlots];
        try
        {
            while (reader.Read())
            {
                int depth = reader.CurrentDepth;
                if (reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName or JsonTokenType.Comment)
                    && depth >= 1 && depth - 1 < depthSlots && isArray[depth - 1] && ++counts[depth - 1] > options.MaxCollectionLength)
                {
                    withinValueLimits = false;
                }

                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject && depth < depthSlots)
                {
                    isArray[depth] = reader.TokenType == JsonTokenType.StartArray;
                    counts[depth] = 0;
                }

                if (reader.TokenType == JsonTokenType.String && (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > options.MaxStringLength)
                {
                    withinValueLimits = false;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= options.MaxDepth:
                        Locate(utf8, reader.TokenStartIndex, out long line, out long column);
                        problems.Add(JhaErrorCodes.LimitExceeded, "$", $"The nesting is deeper than {options.MaxDepth} levels; expected at most {options.MaxDepth} (the reader's depth limit).", firstLine + line, column);
                        return false;
                    case JsonTokenType.PropertyName when (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > options.MaxStringLength:
                        Locate(utf8, reader.TokenStartIndex, out long nameLine, out long nameColumn);
                        problems.Add(JhaErrorCodes.LimitExceeded, "$", $"A member name is longer than {options.MaxStringLength:N0} bytes; expected at most {options.MaxStringLength:N0} (the reader's string limit).", firstLine + nameLine, nameColumn);
                        return false;
                    case JsonTokenType.String or JsonTokenType.PropertyName:
                        if (!IsValidText(ref reader))
                        {
                            Locate(utf8, reader.TokenStartIndex, out long l, out long c);
                            problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", "Found a string that is not valid UTF-8 or holds a lone surrogate escape; expected well-formed Unicode text.", firstLine + l, c);
                            return false;
                        }

                        break;
                }
            }

            return true;
        }
        catch (JsonException e)
        {
            AddSyntax(utf8, e, firstLine, problems);
            return false;
        }
    }

    /// <summary>
    /// The encoding of input that is not UTF-8 but UTF-16 or UTF-32, recognised by its byte-order mark or by the zero
    /// bytes with which those encodings write the ASCII characters a JSON text starts with; or null.
    /// </summary>
    internal static string? NotUtf8(ReadOnlySpan<byte> input)
    {
        if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "UTF-32 (little-endian; it starts with the UTF-32 byte-order mark)";
        }

        if (input.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32 (big-endian; it starts with the UTF-32 byte-order mark)";
        }

        if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian; it starts with the UTF-16 byte-order mark)";
        }

        if (input.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian; it starts with the UTF-16 byte-order mark)";
        }

        if (input.Length >= 4 && input[0] != 0 && input[1] == 0 && input[2] == 0 && input[3] == 0)
        {
            return "UTF-32 (little-endian; its characters are written with zero bytes)";
        }

        if (input.Length >= 4 && input[0] == 0 && input[1] == 0 && input[2] == 0 && input[3] != 0)
        {
            return "UTF-32 (big-endian; its characters are written with zero bytes)";
        }

        if (input.Length >= 2 && input[0] != 0 && input[1] == 0)
        {
            return "UTF-16 (little-endian; its characters are written with zero bytes)";
        }

        return input.Length >= 2 && input[0] == 0 && input[1] != 0 ? "UTF-16 (big-endian; its characters are written with zero bytes)" : null;
    }

    /// <summary>A syntax error of the JSON reader as a problem in plain words, at the place where the input goes wrong.</summary>
    private static void AddSyntax(ReadOnlySpan<byte> utf8, JsonException e, long firstLine, ProblemList problems)
    {
        long line = e.LineNumber ?? 0;
        long column = (e.BytePositionInLine ?? 0) + 1;
        string raw = e.Message;
        string message;
        if (raw.Contains("trailing comma", StringComparison.Ordinal))
        {
            bool inObject = raw.Contains("JSON object", StringComparison.Ordinal);
            // The reader stops at the closing bracket; the comma to remove is before it, perhaps on an earlier line.
            if (Offset(utf8, line, column) is long offset && utf8[..(int)Math.Min(offset, utf8.Length)].TrimEnd(" \t\r\n"u8) is var before && before.Length > 0 && before[^1] == (byte)',')
            {
                Locate(utf8, before.Length - 1, out line, out column);
            }

            message = inObject
                ? "Found a comma after the last member of an object; expected the closing '}' right after the last member. Remove the comma."
                : "Found a comma after the last element of an array; expected the closing ']' right after the last element. Remove the comma.";
        }
        else
        {
            message = PlainSyntax(raw);
        }

        problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", message, line: firstLine + line, column: column);
    }

    /// <summary>The byte offset of a zero-based line and one-based byte column, or null when the input is shorter.</summary>
    private static long? Offset(ReadOnlySpan<byte> utf8, long line, long column)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            start += next + 1;
        }

        return start + column - 1;
    }

    /// <summary>The JSON reader's message in the words of the wire: what was found and what was expected, without the reader's own advice.</summary>
    private static string PlainSyntax(string raw)
    {
        string found = raw.Length > 2 && raw[0] == '\'' && raw.IndexOf('\'', 1) is var end and > 0 ? raw[1..end] : string.Empty;
        string shown = found.Length == 1 ? JsonErrors.Quote(found) : found.StartsWith("0x", StringComparison.Ordinal) ? $"the byte {found}" : "a character";
        return raw switch
        {
            _ when raw.Contains("does not contain any JSON tokens", StringComparison.Ordinal) => "The input holds no JSON value; expected a JSON object.",
            _ when raw.Contains("Expected depth to be zero", StringComparison.Ordinal) => "The input ends before every object and array in it is closed; expected the closing '}' or ']'.",
            _ when raw.Contains("Expected end of string", StringComparison.Ordinal) => "The input ends inside a string; expected its closing double quote.",
            _ when raw.Contains("reached end of data", StringComparison.Ordinal) => "The input ends before the JSON value is complete; expected the rest of the value.",
            _ when raw.Contains("is an invalid start of a property name", StringComparison.Ordinal) => $"Found {shown} where a member name was expected; expected a name in double quotes (\"name\").",
            _ when raw.Contains("is invalid after a property name", StringComparison.Ordinal) => $"Found {shown} after a member name; expected a colon (:).",
            _ when raw.Contains("is invalid after a single JSON value", StringComparison.Ordinal) => $"Found {shown} after the end of the JSON value; expected nothing more (one JSON value per input).",
            _ when raw.Contains("is invalid after a value", StringComparison.Ordinal) || raw.Contains("after a property value", StringComparison.Ordinal) => $"Found {shown} after a value; expected a comma (,) or the closing '}}' or ']'.",
            _ when raw.Contains("invalid start of a value", StringComparison.Ordinal) => $"Found {shown} where a value was expected; expected a JSON value: an object, an array, a string in double quotes, a number, true, false or null.",
            _ when raw.Contains("number", StringComparison.Ordinal) || raw.Contains("Expected a digit", StringComparison.Ordinal) => "Found a malformed number; expected a JSON number: digits with no leading zero, an optional fraction after a point, an optional exponent.",
            _ when raw.Contains("invalid escapable character", StringComparison.Ordinal) || raw.Contains("hex digit", StringComparison.Ordinal) => "Found an invalid escape in a string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.",
            _ when raw.Contains("within a JSON string", StringComparison.Ordinal) => "Found a control character or line break inside a string; expected it escaped (\\n, \\t, \\u0000).",
            _ when raw.Contains("literal", StringComparison.Ordinal) => "Found a word that is no JSON literal; expected true, false or null, in lower case, or a string in double quotes.",
            _ when raw.Contains("depth", StringComparison.Ordinal) => "The nesting is deeper than the reader's depth limit.",
            _ => "The input is not well-formed JSON at this place; expected JSON text (RFC 8259).",
        };
    }

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Locate(ReadOnlySpan<byte> utf8, long index, out long line, out long column)
    {
        var before = utf8[..(int)Math.Min(index, utf8.Length)];
        line = before.Count((byte)'\n');
        int lastBreak = before.LastIndexOf((byte)'\n');
        column = index - lastBreak;
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo typeInfo, string path, ExchangeReaderOptions options, ProblemList problems, bool unknownMembersAreWarnings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(JhaErrorCodes.JsonTypeMismatch, path, $"Found {Kind(element)}; expected an object.");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            string memberPath = Member(path, member.Name);
            if (!seen.Add(member.Name))
            {
                problems.Add(JhaErrorCodes.DuplicateKey, memberPath, $"The member {JsonErrors.Quote(member.Name)} appears more than once; expected each member once.");
                continue;
            }

            var property = FindProperty(typeInfo, member.Name);
            if (property is null)
            {
                var names = typeInfo.Properties.Where(p => p.Set is not null).Select(p => p.Name).ToArray();
                string hint = NearMiss.FindMember(member.Name, names) is { } meant ? $" Did you mean {JsonErrors.Quote(meant)}?" : string.Empty;
                problems.Add(
                    JhaErrorCodes.UnknownMember,
                    memberPath,
                    $"Found the member {JsonErrors.Quote(member.Name)}, which this object does not define.{hint} Expected one of: {string.Join(", ", names)}.",
                    severity: unknownMembersAreWarnings ? ProblemSeverity.Warning : ProblemSeverity.Error);
                continue;
            }

            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                if (!AllowsNull(property))
                {
                    problems.Add(JhaErrorCodes.NullNotAllowed, memberPath, $"Found null for {JsonErrors.Quote(member.Name)}; expected {Expected(property.PropertyType, typeInfo.Options)}. An optional member that has no value is left out, not written as null.");
                }

                continue;
            }

            CheckShape(member.Value, typeInfo.Options.GetTypeInfo(property.PropertyType), memberPath, options, problems, unknownMembersAreWarnings);
        }

        foreach (var property in typeInfo.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            problems.Add(JhaErrorCodes.RequiredMemberMissing, path, $"The required member {JsonErrors.Quote(property.Name)} is missing; expected {Expected(property.PropertyType, typeInfo.Options)}.");
        }
    }

    private static void CheckArray(JsonElement element, JsonTypeInfo typeInfo, string path, ExchangeReaderOptions options, ProblemList problems, bool unknownMembersAreWarnings)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(JhaErrorCodes.JsonTypeMismatch, path, $"Found {Kind(element)}; expected an array.");
            return;
        }

        int length = element.GetArrayLength();
        if (length > options.MaxCollectionLength)
        {
            problems.Add(JhaErrorCodes.LimitExceeded, path, $"The array has {length:N0} elements; expected at most {options.MaxCollectionLength:N0} (the reader's array limit).");
            return;
        }

        var elementInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
        int index = 0;
        foreach (var item in element.EnumerateArray())
        {
            string itemPath = $"{path}[{index++}]";
            if (item.ValueKind == JsonValueKind.Null && !(Nullable.GetUnderlyingType(elementInfo.Type) is not null))
            {
                problems.Add(JhaErrorCodes.NullNotAllowed, itemPath, $"Found null in the list; expected {Expected(elementInfo.Type, typeInfo.Options)}.");
                continue;
            }

            CheckShape(item, elementInfo, itemPath, options, problems, unknownMembersAreWarnings);
        }
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo typeInfo, string path, ExchangeReaderOptions options, ProblemList problems)
    {
        if (element.ValueKind == JsonValueKind.String && IsLongerThan(element, options.MaxStringLength))
        {
            problems.Add(JhaErrorCodes.LimitExceeded, path, $"The string is longer than {options.MaxStringLength:N0} bytes; expected at most {options.MaxStringLength:N0} (the reader's string limit).");
            return;
        }

        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        string? mismatch = type == typeof(string) ? (element.ValueKind == JsonValueKind.String ? null : "a string")
            : type == typeof(bool) ? (element.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "true or false")
            : type == typeof(long) ? (WholeNumber.IsWhole(element, long.MinValue, long.MaxValue) ? null : $"a whole number {Int64JsonConverter.Range}")
            : type == typeof(int) ? (WholeNumber.IsWhole(element, int.MinValue, int.MaxValue) ? null : $"a whole number {Int32JsonConverter.Range}")
            : type == typeof(decimal) ? (element.ValueKind == JsonValueKind.Number ? null : "a number")
            : null;
        if (mismatch is not null)
        {
            problems.Add(JhaErrorCodes.JsonTypeMismatch, path, $"Found {Kind(element)}; expected {mismatch}.");
            return;
        }

        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long))
        {
            // The checks above are all a converter would do for these: no need to convert.
            return;
        }

        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (JsonException e)
        {
            problems.Add(JhaErrorCodes.JsonTypeMismatch, path, Describe(e));
        }
    }

    /// <summary>Whether the UTF-8 text of a string value is longer than <paramref name="max"/> bytes; its escaped form as written is never shorter, so only a long one is decoded.</summary>
    private static bool IsLongerThan(JsonElement element, int max) =>
        System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element).Length - 2 > max && Encoding.UTF8.GetByteCount(element.GetString()!) > max;

    private static JsonPropertyInfo? FindProperty(JsonTypeInfo typeInfo, string name)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal) && property.Set is not null)
            {
                return property;
            }
        }

        return null;
    }

    private static bool AllowsNull(JsonPropertyInfo property) =>
        property.PropertyType.IsValueType ? Nullable.GetUnderlyingType(property.PropertyType) is not null : property.IsSetNullable;

    /// <summary>What a value of <paramref name="type"/> looks like on the wire, for messages.</summary>
    internal static string Expected(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return $"an array, each element {Expected(type.GetGenericArguments()[0], options)}";
        }

        if (type.IsEnum && options.GetTypeInfo(type).Converter is IWireNames vocabulary)
        {
            return $"one of: {string.Join(", ", vocabulary.WireNames)}";
        }

        return WireDescriptions.TryGetValue(type, out string? description) ? description
            : options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object ? "an object"
            : "a string";
    }

    private static readonly Dictionary<Type, string> WireDescriptions = new()
    {
        [typeof(string)] = "a string",
        [typeof(bool)] = "true or false",
        [typeof(int)] = $"a whole number {Int32JsonConverter.Range}",
        [typeof(long)] = $"a whole number {Int64JsonConverter.Range}",
        [typeof(decimal)] = "a number",
        [typeof(NodaTime.LocalDate)] = "a date, YYYY-MM-DD (\"2010-12-17\")",
        [typeof(NodaTime.Instant)] = InstantJsonConverter.Description,
        [typeof(NodaTime.DateInterval)] = "a period, {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}",
        [typeof(Provenance.EventDate)] = "an event date: a day (\"2010-12-17\"), a month (\"2005-12\"), a year (\"2000\"), a range (\"2005-12-15/2005-12-16\") or an upper bound (\"../2025-01-01\")",
        [typeof(Countries.CountryCode)] = "an upper-case ISO 3166-1 alpha-2 country code (\"AL\")",
        [typeof(Organisations.OrganisationId)] = "a lower-case kebab-case organisation identifier (\"eurojust\")",
        [typeof(Organisations.Party)] = "a party: an upper-case alpha-2 country code (\"AL\") or a lower-case organisation identifier (\"europol\")",
        [typeof(Agreements.AgreementId)] = "a lower-case kebab-case agreement identifier (\"eu-al-readmission\")",
        [typeof(Agreements.AgreementKind)] = "a lower-case kebab-case agreement kind (\"readmission\")",
        [typeof(Agreements.CoeTreatyNumber)] = "a Council of Europe treaty number (\"CETS 185\")",
        [typeof(Empact.PolicyCycleId)] = "a policy cycle, YYYY-YYYY (\"2022-2025\")",
        [typeof(Empact.CrimePriorityKey)] = "a priority key, cycle/name (\"2022-2025/cyber-attacks\")",
        [typeof(Empact.ActionCode)] = "an action code (\"OA 1.1\")",
        [typeof(Empact.ResultMetric)] = "a lower-case kebab-case result metric (\"arrests\")",
        [typeof(Empact.QuantityUnit)] = "a lower-case kebab-case unit (\"count\")",
        [typeof(Statistics.StatisticMetric)] = "a lower-case kebab-case metric (\"registered-cases-involving\")",
        [typeof(Statistics.CaseStatisticId)] = "a lower-case kebab-case statistic identifier",
        [typeof(Statistics.StatisticScope)] = "a scope: an object with one member, country, countries, grouping or outside",
    };

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {JsonErrors.Quote(element.GetString())}",
        JsonValueKind.Number => $"the number {Shorten(element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string Describe(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return cut >= 0 ? message[..cut] : message;
    }

    private static string TrimDollar(string? path) => path is null || path == "$" ? string.Empty : path.StartsWith('$') ? path[1..] : path;
}
