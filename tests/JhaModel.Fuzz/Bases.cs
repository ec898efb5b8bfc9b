using System.Reflection;
using System.Text.Json.Nodes;

namespace JhaModel.Fuzz;

/// <summary>What a base input is, which decides the entry points a recipe can send it to.</summary>
internal enum BaseShape
{
    Document,
    Ndjson,
    Record,
}

/// <summary>A valid input a recipe starts from: a document, an NDJSON stream, or one record of a known kind.</summary>
internal sealed record BaseInput(string Name, BaseShape Shape, string? Kind, byte[] Bytes);

/// <summary>
/// The valid inputs of the checked-in corpus (tests/JhaModel.Tests/Corpus/valid and the valid NDJSON streams) and
/// docs/examples/records.ndjson, embedded in the harness; and each record they hold, extracted as its own base.
/// </summary>
internal static class Bases
{
    /// <summary>The NDJSON kind of each member of a document.</summary>
    public static readonly IReadOnlyDictionary<string, string> KindOfDocumentMember = new Dictionary<string, string>
    {
        ["organisations"] = "organisation",
        ["countries"] = "country",
        ["agreements"] = "agreement",
        ["policyCycles"] = "policy-cycle",
        ["actionPlans"] = "action-plan",
        ["statistics"] = "statistic",
        ["rankings"] = "ranking",
    };

    public static readonly IReadOnlyList<BaseInput> All = Load();

    /// <summary>Every string value of every base: the vocabulary the near misses and flag lists are made of.</summary>
    public static readonly IReadOnlyList<string> Vocabulary = CollectVocabulary();

    private static List<BaseInput> Load()
    {
        var assembly = typeof(Bases).Assembly;
        var list = new List<BaseInput>();
        foreach (string name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            byte[] bytes = Read(assembly, name);
            list.Add(new BaseInput(name, name.EndsWith(".ndjson", StringComparison.Ordinal) ? BaseShape.Ndjson : BaseShape.Document, null, bytes));
        }

        // Each record, once per distinct text, as a base for Deserialize<T> and for a one-line NDJSON stream.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in list.ToArray())
        {
            foreach (var (kind, record) in Records(input))
            {
                string text = record.ToJsonString();
                if (seen.Add(text))
                {
                    list.Add(new BaseInput($"{input.Name}#{kind}{seen.Count}", BaseShape.Record, kind, System.Text.Encoding.UTF8.GetBytes(text)));
                }
            }
        }

        return list;
    }

    private static IEnumerable<(string Kind, JsonNode Record)> Records(BaseInput input)
    {
        if (input.Shape == BaseShape.Document && JsonNode.Parse(input.Bytes) is JsonObject document)
        {
            foreach (var (member, kind) in KindOfDocumentMember)
            {
                if (document[member] is JsonArray items)
                {
                    foreach (var item in items.OfType<JsonObject>())
                    {
                        yield return (kind, item.DeepClone());
                    }
                }
            }
        }
        else if (input.Shape == BaseShape.Ndjson)
        {
            foreach (string line in Json.Utf8(input.Bytes).Split('\n'))
            {
                string trimmed = line.Trim().TrimStart('\ufeff');
                if (trimmed.Length > 0 && JsonNode.Parse(trimmed) is JsonObject { } wrapper
                    && wrapper["kind"]?.GetValue<string>() is { } kind && wrapper["record"] is JsonObject record)
                {
                    yield return (kind, record.DeepClone());
                }
            }
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"No resource {name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static List<string> CollectVocabulary()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in All.Where(b => b.Shape == BaseShape.Record))
        {
            foreach (var node in Json.Walk(JsonNode.Parse(input.Bytes)))
            {
                if (node is JsonValue value && value.TryGetValue(out string? text) && text.Length is > 0 and <= 40)
                {
                    words.Add(text);
                }
            }
        }

        return [.. words];
    }
}
