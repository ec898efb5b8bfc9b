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
                ? $"The input is {length:N0} bytes{(length > 10L << 20 ? $" ({length / (1024.0 * 1024):N1} MiB)" : string.Empty)}; expected at most {options.MaxDocumentBytes:N0} bytes (ExchangeReaderOptions.MaxDocumentBytes)."
                : $"The input is more than {options.MaxDocumentBytes:N0} bytes (reading stopped there); expected at most {options.MaxDocumentBytes:N0} bytes (ExchangeReaderOptions.MaxDocumentBytes).",
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
            problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", Describe(e), line: firstLine + (e.LineNumber ?? 0), column: (e.BytePositionInLine ?? 0) + 1);
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
                        problems.Add(JhaErrorCodes.LimitExceeded, "$", $"The nesting is deeper than {options.MaxDepth} levels; expected at most {options.MaxDepth} (ExchangeReaderOptions.MaxDepth).", firstLine + line, column);
                        return false;
                    case JsonTokenType.PropertyName when (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > options.MaxStringLength:
                        Locate(utf8, reader.TokenStartIndex, out long nameLine, out long nameColumn);
                        problems.Add(JhaErrorCodes.LimitExceeded, "$", $"A member name is longer than {options.MaxStringLength:N0} bytes; expected at most {options.MaxStringLength:N0} (ExchangeReaderOptions.MaxStringLength).", firstLine + nameLine, nameColumn);
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
            problems.Add(JhaErrorCodes.JsonSyntaxInvalid, "$", Describe(e), line: firstLine + (e.LineNumber ?? 0), column: (e.BytePositionInLine ?? 0) + 1);
            return false;
        }
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
            problems.Add(JhaErrorCodes.JsonTypeMismatch, path, $"Found {Kind(element)}; expected an object ({typeInfo.Type.Name}).");
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
                problems.Add(
                    JhaErrorCodes.UnknownMember,
                    memberPath,
                    $"Found the member {JsonErrors.Quote(member.Name)}, which {typeInfo.Type.Name} does not define; expected one of: {string.Join(", ", typeInfo.Properties.Where(p => p.Set is not null).Select(p => p.Name))}.",
                    severity: unknownMembersAreWarnings ? ProblemSeverity.Warning : ProblemSeverity.Error);
                continue;
            }

            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                if (!AllowsNull(property))
                {
                    problems.Add(JhaErrorCodes.NullNotAllowed, memberPath, $"Found null for {JsonErrors.Quote(member.Name)}; expected {Expected(property.PropertyType)}.");
                }

                continue;
            }

            CheckShape(member.Value, typeInfo.Options.GetTypeInfo(property.PropertyType), memberPath, options, problems, unknownMembersAreWarnings);
        }

        foreach (var property in typeInfo.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            problems.Add(JhaErrorCodes.RequiredMemberMissing, path, $"The required member '{property.Name}' is missing from {typeInfo.Type.Name}; expected {Expected(property.PropertyType)}.");
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
            problems.Add(JhaErrorCodes.LimitExceeded, path, $"The array has {length:N0} elements; expected at most {options.MaxCollectionLength:N0} (ExchangeReaderOptions.MaxCollectionLength).");
            return;
        }

        var elementInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
        int index = 0;
        foreach (var item in element.EnumerateArray())
        {
            string itemPath = $"{path}[{index++}]";
            if (item.ValueKind == JsonValueKind.Null && !(Nullable.GetUnderlyingType(elementInfo.Type) is not null))
            {
                problems.Add(JhaErrorCodes.NullNotAllowed, itemPath, $"Found null in the list; expected {Expected(elementInfo.Type)}.");
                continue;
            }

            CheckShape(item, elementInfo, itemPath, options, problems, unknownMembersAreWarnings);
        }
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo typeInfo, string path, ExchangeReaderOptions options, ProblemList problems)
    {
        if (element.ValueKind == JsonValueKind.String && IsLongerThan(element, options.MaxStringLength))
        {
            problems.Add(JhaErrorCodes.LimitExceeded, path, $"The string is longer than {options.MaxStringLength:N0} bytes; expected at most {options.MaxStringLength:N0} (ExchangeReaderOptions.MaxStringLength).");
            return;
        }

        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        string? mismatch = type == typeof(string) ? (element.ValueKind == JsonValueKind.String ? null : "a string")
            : type == typeof(bool) ? (element.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "true or false")
            : type == typeof(int) || type == typeof(long) ? (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long n) && (type == typeof(long) || n is >= int.MinValue and <= int.MaxValue) ? null : $"a whole number within the range of {(type == typeof(int) ? "a 32-bit" : "a 64-bit")} integer")
            : type == typeof(decimal) ? (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out _) ? null : "a decimal number")
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

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "a string"
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? $"a list of {type.GetGenericArguments()[0].Name}"
            : $"a {type.Name} value";
    }

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
