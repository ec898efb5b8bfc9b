using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Serialization;

/// <summary>
/// The JSON entry point: strict, source-generated (AOT- and trim-safe) reading and writing of every model type,
/// and the JSON Schema of each.
/// </summary>
/// <remarks>
/// <para>
/// The wire format: camelCase members; enum values as lower-case kebab strings; country codes as alpha-2
/// strings; dates as ISO 8601; absent optional members omitted. Reading is strict: unknown members, duplicate
/// keys, missing required members, nulls where none are allowed, numbers for enums and non-canonical codes
/// are errors, reported as <see cref="JsonException"/> with the JSON path.
/// </para>
/// <para>
/// To use the model types inside your own types, chain <see cref="Resolver"/> into your options:
/// <c>options.TypeInfoResolverChain.Add(JhaModelJson.Resolver)</c>. All members are thread-safe.
/// </para>
/// </remarks>
public static class JhaModelJson
{
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    /// <summary>The type-info resolver of every model type, to chain into other options.</summary>
    public static IJsonTypeInfoResolver Resolver => JhaModelJsonContext.Default;

    /// <summary>
    /// The read-only options used by this class (compact output). Text is escaped minimally (quotes, control
    /// characters), so names such as <c>Türkiye</c> stay readable; escape the output yourself before embedding
    /// it in HTML.
    /// </summary>
    public static JsonSerializerOptions Options => Compact;

    /// <summary>Serializes a model value to a JSON string.</summary>
    /// <typeparam name="T">A model type, e.g. <see cref="Country"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent the output (two spaces, <c>\n</c> line ends); compact by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    /// <exception cref="JsonException">The value holds a default (invalid) code or date that has no JSON form.</exception>
    public static string Serialize<T>(T value, bool indented = false) => JsonSerializer.Serialize(value, GetTypeInfo<T>(indented));

    /// <summary>Serializes a model value to UTF-8 JSON bytes.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent the output; compact by default.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    /// <exception cref="JsonException">The value holds a default (invalid) code or date that has no JSON form.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value, bool indented = false) => JsonSerializer.SerializeToUtf8Bytes(value, GetTypeInfo<T>(indented));

    /// <summary>Reads a model value from JSON text.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Exchange.JsonInputReader.LoneSurrogate(json) is var index and >= 0)
        {
            // System.Text.Json would throw ArgumentException while transcoding; the text is bad input like any other.
            throw new JsonException($"Found a lone surrogate (U+{(int)json[index]:X4}) at character {index + 1:N0}; expected well-formed text, in which a surrogate is always one of a pair.");
        }

        try
        {
            return NotNull(JsonSerializer.Deserialize(json, GetTypeInfo<T>(false)));
        }
        catch (JsonException e)
        {
            throw Explain<T>(System.Text.Encoding.UTF8.GetBytes(json), e);
        }
    }

    /// <summary>Reads a model value from UTF-8 JSON bytes.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON bytes.</param>
    /// <returns>The value; never <see langword="null"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
    {
        // A byte-order mark is allowed, as the exchange reader allows it.
        var json = utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json;
        try
        {
            return NotNull(JsonSerializer.Deserialize(json, GetTypeInfo<T>(false)));
        }
        catch (JsonException e)
        {
            throw Explain<T>(utf8Json.ToArray(), e);
        }
    }

    /// <summary>Reads a model value from a stream of UTF-8 JSON.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The value; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not match the model; the message names the path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static T Deserialize<T>(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The source-generated contract of a model type.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <returns>The type info, bound to <see cref="Options"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => GetTypeInfo<T>(false);

    /// <summary>
    /// The JSON Schema (draft 2020-12) of a model type, as the reader enforces it: required members, codes as
    /// enumerations or patterns, dates with <c>format: date</c>, no additional members.
    /// </summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <returns>A new schema node; the caller may change it.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    public static JsonNode GetJsonSchema<T>() => GetJsonSchema(typeof(T));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JhaModelJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            NewLine = "\n",
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The JSON Schema of a model type given at run time; see <see cref="GetJsonSchema{T}"/>. The schema of an exchange
    /// document follows the versioning promise: a document of format version 1.0 may hold no member the format does not
    /// define, and one of a later 1.x version may (a reader of 1.0 reads it with a warning for each).
    /// </summary>
    internal static JsonNode GetJsonSchema(Type type)
    {
        var strict = Export(type, unknownMembersAllowed: false);
        if (type != typeof(Exchange.ExchangeDocument))
        {
            strict.AsObject().Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            strict.AsObject().Insert(1, "title", type.Name);
            return strict;
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = type.Name,
            ["description"] = "A document of format version 1.0 holds only the members of 1.0; a document of a later minor version 1.x may hold members that 1.0 does not define, which a 1.0 reader reports as warnings.",
            ["type"] = "object",
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["formatVersion"] = new JsonObject { ["type"] = "string", ["pattern"] = @"^1\.0{1,3}$" } },
            },
            ["then"] = strict,
            ["else"] = Export(type, unknownMembersAllowed: true),
        };
    }

    private static JsonNode Export(Type type, bool unknownMembersAllowed) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(Options.GetTypeInfo(type), new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => TransformSchemaNode(context, schema, unknownMembersAllowed),
        });

    private static JsonTypeInfo<T> GetTypeInfo<T>(bool indented) =>
        (JsonTypeInfo<T>)(indented ? Indented : Options).GetTypeInfo(typeof(T));

    private static T NotNull<T>(T? value) =>
        value ?? throw new JsonException($"Found null; expected {Exchange.JsonInputReader.Expected(typeof(T), Options)}.", "$", 0, 0);

    /// <summary>
    /// The exception for input that failed to read, in the words of the wire: the exchange reader's first problem with
    /// its JSON path (what was found, what was expected, a "did you mean" hint), or the serializer's own message when
    /// that reader finds none.
    /// </summary>
    private static JsonException Explain<T>(byte[] utf8, JsonException failure)
    {
        var problems = new Exchange.ProblemList(8);
        var options = Exchange.ExchangeReaderOptions.Default;
        using (var document = Exchange.JsonInputReader.Parse(utf8, options, 1, problems))
        {
            if (document is not null)
            {
                Exchange.JsonInputReader.CheckShape(document.RootElement, GetTypeInfo<T>(false), "$", options, problems, unknownMembersAreWarnings: false);
            }
        }

        var first = Exchange.JsonInputReader.InStageOrder(problems.ToList()).FirstOrDefault(p => p.Severity == Exchange.ProblemSeverity.Error);
        if (first is null)
        {
            string message = failure.Message;
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            return new JsonException(cut >= 0 ? message[..cut] : message, failure.Path, failure.LineNumber, failure.BytePositionInLine, failure);
        }

        string where = first.Line is { } line ? $"{first.Path} (line {line}, column {first.Column})" : first.Path;
        return new JsonException($"{first.Message} (at {where})", first.Path, first.Line - 1, first.Column - 1, failure);
    }

    private static JsonNode TransformSchemaNode(JsonSchemaExporterContext context, JsonNode schema, bool unknownMembersAllowed)
    {
        var type = context.TypeInfo.Type;
        bool nullable = Nullable.GetUnderlyingType(type) is not null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        JsonObject? replacement = KnownSchema(type);
        if (type.IsEnum && context.TypeInfo.Options.GetTypeInfo(type).Converter is IWireNames vocabulary)
        {
            // A closed vocabulary read by our strict converter, which the exporter does not know.
            var names = new JsonArray([.. vocabulary.WireNames.Select(n => (JsonNode)n)]);
            if (nullable)
            {
                names.Add(null);
            }

            return new JsonObject { ["enum"] = names };
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && schema is JsonObject list && !list.ContainsKey("items")
            && context.TypeInfo.ElementType is { } elementType && KnownSchema(Nullable.GetUnderlyingType(elementType) ?? elementType) is { } items)
        {
            list["items"] = items;
        }

        if (context.PropertyInfo is { Name: "formatVersion" } version && version.DeclaringType == typeof(Exchange.ExchangeDocument) && schema is JsonObject versionSchema)
        {
            versionSchema["pattern"] = @"^1\.[0-9]{1,3}$";
        }

        if (replacement is null)
        {
            if (schema is JsonObject obj && obj.ContainsKey("properties"))
            {
                if (unknownMembersAllowed)
                {
                    obj.Remove("additionalProperties");
                }
                else
                {
                    obj["additionalProperties"] = false;
                }
            }

            return schema;
        }

        if (nullable || (context.PropertyInfo is { } property && !property.PropertyType.IsValueType && property.IsGetNullable))
        {
            replacement["type"] = new JsonArray(replacement["type"]!.GetValue<string>(), "null");
        }

        return replacement;
    }

    private static JsonObject DateSchema() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };

    private const string KebabPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    private static JsonObject ScopeSchema()
    {
        static JsonObject CountryCodes() => StringSchema(enumValues: CountryCode.All.Select(c => c.Alpha2));
        static JsonObject OneMember(string name, JsonNode schema) => new()
        {
            ["properties"] = new JsonObject { [name] = schema },
            ["required"] = new JsonArray(name),
            ["additionalProperties"] = false,
        };

        return new JsonObject
        {
            ["type"] = "object",
            ["oneOf"] = new JsonArray(
                OneMember("country", CountryCodes()),
                OneMember("countries", new JsonObject { ["type"] = "array", ["items"] = CountryCodes(), ["minItems"] = 2, ["uniqueItems"] = true }),
                OneMember("grouping", StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64)),
                OneMember("outside", StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64))),
        };
    }

    /// <summary>The schema of a type written by a converter of ours (the exporter knows nothing of them), or null.</summary>
    private static JsonObject? KnownSchema(Type type) =>
        type == typeof(CountryCode) ? StringSchema(enumValues: CountryCode.All.Select(c => c.Alpha2))
            : type == typeof(LocalDate) ? DateSchema()
            : type == typeof(decimal) ? new JsonObject { ["type"] = "number" }
            : type == typeof(Instant) ? new JsonObject { ["type"] = "string", ["format"] = "date-time", ["pattern"] = InstantJsonConverter.WirePattern }
            : type == typeof(long) ? new JsonObject { ["type"] = "integer", ["minimum"] = long.MinValue, ["maximum"] = long.MaxValue }
            : type == typeof(int) ? new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue }
            : type == typeof(DateInterval) ? new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["start"] = DateSchema(),
                    ["end"] = DateSchema(),
                },
                ["required"] = new JsonArray("start", "end"),
                ["additionalProperties"] = false,
            }
            : type == typeof(EventDate) ? StringSchema(pattern: @"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}|\.\./\d{4}-\d{2}-\d{2})$")
            : type == typeof(OrganisationId) ? StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64)
            : type == typeof(Party) ? new JsonObject
            {
                ["type"] = "string",
                ["anyOf"] = new JsonArray(
                    StringSchema(enumValues: CountryCode.All.Select(c => c.Alpha2)),
                    StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64)),
            }
            : type == typeof(PolicyCycleId) ? StringSchema(pattern: @"^\d{4}-\d{4}$")
            : type == typeof(CrimePriorityKey) ? StringSchema(pattern: @"^\d{4}-\d{4}/[a-z][a-z0-9]*(-[a-z0-9]+)*$", minLength: 12, maxLength: 74)
            : type == typeof(ActionCode) ? StringSchema(pattern: @"^OA [1-9]\d{0,2}(\.[1-9]\d{0,2}){0,3}$")
            : type == typeof(ResultMetric) || type == typeof(QuantityUnit) ? StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64)
            : type == typeof(StatisticMetric) || type == typeof(CaseStatisticId) ? StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64)
            : type == typeof(StatisticScope) ? ScopeSchema()
            : type == typeof(Agreements.AgreementId) || type == typeof(Agreements.AgreementKind) ? StringSchema(pattern: KebabPattern, minLength: 2, maxLength: 64)
            : type == typeof(Agreements.CoeTreatyNumber) ? StringSchema(pattern: "^CETS [1-9][0-9]{0,3}$")
            : null;

    private static JsonObject StringSchema(IEnumerable<string>? enumValues = null, string? pattern = null, int? minLength = null, int? maxLength = null)
    {
        var node = new JsonObject { ["type"] = "string" };
        if (enumValues is not null)
        {
            node["enum"] = new JsonArray([.. enumValues.Select(v => (JsonNode)v)]);
        }

        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        if (minLength is { } min)
        {
            node["minLength"] = min;
        }

        if (maxLength is { } max)
        {
            node["maxLength"] = max;
        }

        return node;
    }
}
