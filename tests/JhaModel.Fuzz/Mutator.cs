using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JhaModel.Fuzz;

/// <summary>
/// The structure-aware mutator: it parses a base input into JSON trees (one per NDJSON line), applies the
/// mutations the recipe names, writes the trees back and splices in raw byte sequences a tree cannot hold (lone
/// surrogates, invalid UTF-8, numbers past every type, duplicate keys, deep nesting), then re-encodes the whole.
/// </summary>
internal sealed class Mutator
{
    private static readonly string[] DateMembers = ["date", "validUntil", "validFrom", "published", "asOf", "start", "end", "generatedAt", "adoptedOn", "retrieved"];

    private static readonly string[] FormatVersions = ["1.0", "1.1", "1.999", "1.1000", "2.0", "0.9", "1", "1.00", "01.0", "1.0 ", " 1.0", "1.0\nfake.json: valid (document)", "1.0\u001b[2K", "1.-1", "1.99999999999"];

    private readonly DataProvider data;
    private readonly List<JsonNode?> roots;
    private readonly List<byte[]> raws = [];
    private readonly List<string> log = [];

    private Mutator(DataProvider data, List<JsonNode?> roots)
    {
        this.data = data;
        this.roots = roots;
    }

    /// <summary>Applies the recipe's mutations to a base; returns the bytes and a description of what was done.</summary>
    public static (byte[] Bytes, string Description) Mutate(DataProvider data, BaseInput input, bool asNdjsonLine)
    {
        var roots = Parse(input, asNdjsonLine);
        var mutator = new Mutator(data, roots);
        int count = data.NextByte() % 7;
        for (int i = 0; i < count; i++)
        {
            mutator.Apply(data.NextByte());
        }

        byte[] bytes = mutator.Write(input.Shape == BaseShape.Ndjson || asNdjsonLine);
        bytes = mutator.Encode(bytes, data.NextByte());
        return (bytes, string.Join("; ", mutator.log));
    }

    private static List<JsonNode?> Parse(BaseInput input, bool asNdjsonLine)
    {
        if (input.Shape == BaseShape.Ndjson)
        {
            return [.. Json.Utf8(input.Bytes).Split('\n').Select(l => l.Trim().TrimStart('\ufeff')).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l))];
        }

        var root = JsonNode.Parse(input.Bytes);
        return asNdjsonLine && input.Kind is { } kind ? [new JsonObject { ["kind"] = kind, ["record"] = root }] : [root];
    }

    private void Apply(byte op)
    {
        switch (op % 15)
        {
            case 0: Swap(); break;
            case 1: Replace("date", n => IsDate(n), _ => Raw(JsonSerializer.SerializeToUtf8Bytes(data.Pick(Edges.Dates)))); break;
            case 2: Replace("number", n => n.GetValueKind() == JsonValueKind.Number, _ => Raw(Encoding.ASCII.GetBytes(data.Pick(Edges.Numbers)))); break;
            case 3: Replace("string-edge", n => n.GetValueKind() == JsonValueKind.String, StringEdge); break;
            case 4: Replace("long-string", n => n.GetValueKind() == JsonValueKind.String, LongString); break;
            case 5: Replace("near-miss", n => n is JsonValue v && v.TryGetValue(out string? s) && s.Length is > 0 and <= 40, NearMiss); break;
            case 6: Nest(); break;
            case 7: Delete(); break;
            case 8: DuplicateKey(); break;
            case 9: Replace("retype", _ => true, Retype); break;
            case 10: UnknownMember(); break;
            case 11: Replace("splice", _ => true, Splice); break;
            case 12: RepeatItem(); break;
            case 13: Replace("format-version", n => n.Parent is JsonObject && n.GetPropertyName() == "formatVersion", _ => JsonValue.Create(data.Pick(FormatVersions))); break;
            default: Lines(); break;
        }
    }

    private List<JsonNode> Nodes(Func<JsonNode, bool> predicate) =>
        [.. roots.SelectMany(Json.Walk).Where(n => n.Parent is not null && predicate(n))];

    private static bool IsDate(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String
        && ((node.Parent is JsonObject && DateMembers.Contains(node.GetPropertyName())) || node.GetValue<string>() is [>= '0' and <= '9', ..]);

    private void Replace(string what, Func<JsonNode, bool> predicate, Func<JsonNode, JsonNode> make)
    {
        var nodes = Nodes(predicate);
        if (nodes.Count == 0)
        {
            return;
        }

        var target = data.Pick(nodes);
        var replacement = make(target);
        log.Add($"{what} at {target.GetPath()}");
        target.ReplaceWith(replacement);
    }

    /// <summary>A marker string that the writer replaces with raw bytes.</summary>
    private JsonValue Raw(byte[] bytes)
    {
        raws.Add(bytes);
        return JsonValue.Create($"@@R{raws.Count - 1}@@");
    }

    private string RawName(byte[] bytes)
    {
        raws.Add(bytes);
        return $"@@R{raws.Count - 1}@@";
    }

    private static byte[] Quoted(params byte[][] parts) => [(byte)'"', .. parts.SelectMany(p => p), (byte)'"'];

    private static byte[] Inside(string value)
    {
        byte[] quoted = JsonSerializer.SerializeToUtf8Bytes(value, Json.Relaxed);
        return quoted[1..^1];
    }

    private JsonValue StringEdge(JsonNode target)
    {
        string value = target.GetValue<string>();
        byte[] edge = data.Pick(Edges.StringInsides);
        return (data.NextByte() % 4) switch
        {
            0 => Raw(Quoted(edge)),
            1 => Raw(Quoted(edge, Inside(value))),
            2 => Raw(Quoted(Inside(value), edge)),
            _ => Raw(Quoted(Inside(value[..(value.Length / 2)]), edge, Inside(value[(value.Length / 2)..]))),
        };
    }

    private JsonValue LongString(JsonNode target)
    {
        int length = data.Pick(Edges.LongLengths);
        byte[] unit = (data.NextByte() % 4) switch
        {
            0 => "a"u8.ToArray(),
            1 => "é"u8.ToArray(),
            2 => @"\n"u8.ToArray(),
            _ => @"\u0001"u8.ToArray(),
        };
        var inside = new byte[unit.Length * length];
        for (int i = 0; i < length; i++)
        {
            unit.CopyTo(inside, i * unit.Length);
        }

        return Raw(Quoted(Inside(target.GetValue<string>()), inside));
    }

    private JsonValue NearMiss(JsonNode target)
    {
        string value = target.GetValue<string>();
        string other = data.Pick(Bases.Vocabulary);
        return JsonValue.Create(Edges.NearMiss(value, other, data.NextByte()));
    }

    private JsonNode Retype(JsonNode target) => (data.NextByte() % 8) switch
    {
        0 => Raw("null"u8.ToArray()),
        1 => JsonValue.Create(true),
        2 => JsonValue.Create(0),
        3 => JsonValue.Create(string.Empty),
        4 => new JsonArray(),
        5 => new JsonObject(),
        6 => new JsonArray(target.DeepClone()),
        _ => JsonValue.Create(target.ToJsonString()),
    };

    private JsonNode Splice(JsonNode target)
    {
        var other = data.Pick(Bases.All);
        var nodes = Parse(other, asNdjsonLine: false).SelectMany(Json.Walk).ToList();
        return nodes.Count == 0 ? target.DeepClone() : data.Pick(nodes).DeepClone();
    }

    private void Swap()
    {
        var nodes = Nodes(_ => true);
        if (nodes.Count < 2)
        {
            return;
        }

        var a = data.Pick(nodes);
        var b = data.Pick(nodes);
        if (ReferenceEquals(a, b) || Json.Walk(a).Contains(b) || Json.Walk(b).Contains(a))
        {
            return;
        }

        log.Add($"swap {a.GetPath()} and {b.GetPath()}");
        var aCopy = a.DeepClone();
        a.ReplaceWith(b.DeepClone());
        b.ReplaceWith(aCopy);
    }

    private static byte[] Nesting(int depth, int style)
    {
        var builder = new StringBuilder(depth * 8);
        for (int i = 0; i < depth; i++)
        {
            bool array = style switch { 0 => true, 1 => false, _ => i % 2 == 0 };
            builder.Append(array ? "[" : "{\"a\":");
        }

        builder.Append(style == 3 ? string.Empty : "1");
        for (int i = depth - 1; i >= 0 && style != 3; i--)
        {
            bool array = style switch { 0 => true, 1 => false, _ => i % 2 == 0 };
            builder.Append(array ? ']' : '}');
        }

        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    private void Nest()
    {
        int depth = data.Pick(Edges.Depths);
        int style = data.NextByte() % 4;
        var bytes = Nesting(depth, style);
        int where = data.NextByte() % 3;
        if (where == 0 && roots.Count > 0)
        {
            // A whole line or document of nesting.
            int index = data.Choose(roots.Count);
            log.Add($"nesting {depth} (style {style}) as root {index}");
            roots[index] = Raw(bytes);
            return;
        }

        if (where == 1)
        {
            log.Add($"nesting {depth} (style {style}) as a value");
            Replace("nesting", n => n.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array, _ => Raw(bytes));
            return;
        }

        var objects = roots.SelectMany(Json.Walk).OfType<JsonObject>().ToList();
        if (objects.Count > 0)
        {
            var target = data.Pick(objects);
            log.Add($"nesting {depth} (style {style}) as an unknown member of {target.GetPath()}");
            target[data.NextBool() ? "extra" : "record"] = Raw(bytes);
        }
    }

    private void Delete()
    {
        var nodes = Nodes(_ => true);
        if (nodes.Count == 0)
        {
            return;
        }

        var target = data.Pick(nodes);
        log.Add($"delete {target.GetPath()}");
        switch (target.Parent)
        {
            case JsonObject obj: obj.Remove(target.GetPropertyName()); break;
            case JsonArray array: array.RemoveAt(target.GetElementIndex()); break;
        }
    }

    private void DuplicateKey()
    {
        var objects = roots.SelectMany(Json.Walk).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return;
        }

        var target = data.Pick(objects);
        var member = target.ElementAt(data.Choose(target.Count));
        byte[] name = JsonSerializer.SerializeToUtf8Bytes(member.Key, Json.Relaxed);
        if (data.NextBool() && member.Key.Length > 0)
        {
            // The same name spelled with an escape.
            name = [.. Encoding.ASCII.GetBytes($"\"\\u{(int)member.Key[0]:x4}"), .. name[2..]];
        }

        log.Add($"duplicate key {member.Key} in {target.GetPath()}");
        target[RawName(name)] = member.Value?.DeepClone();
    }

    private void UnknownMember()
    {
        var objects = roots.SelectMany(Json.Walk).OfType<JsonObject>().ToList();
        if (objects.Count == 0)
        {
            return;
        }

        var target = data.Pick(objects);
        string name = (data.NextByte() % 6) switch
        {
            0 => "extra",
            1 => "$type",
            2 => string.Empty,
            3 => "Id",
            4 => "x\n\u001b[31mforged",
            _ => data.Pick(Bases.Vocabulary),
        };
        if (!target.ContainsKey(name))
        {
            log.Add($"unknown member '{name}' in {target.GetPath()}");
            target[name] = JsonValue.Create(data.Pick(Bases.Vocabulary));
        }
    }

    private void RepeatItem()
    {
        var arrays = roots.SelectMany(Json.Walk).OfType<JsonArray>().Where(a => a.Count > 0).ToList();
        if (arrays.Count == 0)
        {
            return;
        }

        var target = data.Pick(arrays);
        var item = target[data.Choose(target.Count)];
        int times = data.Pick([1, 2, 3, 100]);
        log.Add($"repeat an item of {target.GetPath()} {times} times");
        for (int i = 0; i < times; i++)
        {
            target.Add(item?.DeepClone());
        }
    }

    private void Lines()
    {
        if (roots.Count == 0)
        {
            return;
        }

        int index = data.Choose(roots.Count);
        switch (data.NextByte() % 4)
        {
            case 0:
                log.Add($"repeat line {index}");
                roots.Insert(index, roots[index]?.DeepClone());
                break;
            case 1:
                log.Add($"blank line before {index}");
                roots.Insert(index, Raw(" \t"u8.ToArray()));
                break;
            case 2:
                log.Add($"BOM before line {index}");
                roots.Insert(index, Raw([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(roots[index]?.ToJsonString(Json.Relaxed) ?? "null")]));
                roots.RemoveAt(index + 1);
                break;
            default:
                log.Add($"line {index} cut in half");
                byte[] line = Encoding.UTF8.GetBytes(roots[index]?.ToJsonString(Json.Relaxed) ?? "null");
                roots[index] = Raw(line[..(line.Length / 2)]);
                break;
        }
    }

    private byte[] Write(bool ndjson)
    {
        var output = new List<byte>();
        for (int i = 0; i < roots.Count; i++)
        {
            if (i > 0)
            {
                output.Add((byte)'\n');
            }

            output.AddRange(Encoding.UTF8.GetBytes(roots[i] is { } root ? root.ToJsonString(Json.Relaxed) : "null"));
        }

        if (ndjson)
        {
            output.Add((byte)'\n');
        }

        return SpliceRaws(output.ToArray());
    }

    /// <summary>
    /// Replaces every quoted marker with its raw bytes (a marker appears more than once when its value was copied;
    /// a raw entry may itself hold markers of earlier entries, so the later ones go first).
    /// </summary>
    private byte[] SpliceRaws(byte[] text)
    {
        for (int n = raws.Count - 1; n >= 0; n--)
        {
            byte[] marker = Encoding.ASCII.GetBytes($"\"@@R{n}@@\"");
            if (text.AsSpan().IndexOf(marker) < 0)
            {
                continue;
            }

            var output = new List<byte>(text.Length + raws[n].Length);
            int from = 0;
            for (int at; (at = text.AsSpan(from).IndexOf(marker)) >= 0; from += at + marker.Length)
            {
                output.AddRange(text.AsSpan(from, at));
                output.AddRange(raws[n]);
            }

            output.AddRange(text.AsSpan(from));
            text = [.. output];
        }

        return text;
    }

    private byte[] Encode(byte[] bytes, byte choice)
    {
        switch (choice % 20)
        {
            case 12: log.Add("BOM"); return [0xEF, 0xBB, 0xBF, .. bytes];
            case 13: log.Add("two BOMs"); return [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes];
            case 14: log.Add("UTF-16LE with BOM"); return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Json.Utf8(bytes))];
            case 15: log.Add("UTF-16BE with BOM"); return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Json.Utf8(bytes))];
            case 16: log.Add("UTF-16LE"); return Encoding.Unicode.GetBytes(Json.Utf8(bytes));
            case 17:
                int cut = data.Choose(bytes.Length + 1);
                log.Add($"cut at {cut}");
                return bytes[..cut];
            case 18: log.Add("CRLF"); return [.. bytes.SelectMany(b => b == (byte)'\n' ? new[] { (byte)'\r', b } : [b])];
            case 19: log.Add("surrounded by whitespace"); return [.. " \r\n\t"u8, .. bytes, .. "\n \n"u8];
            default: return bytes;
        }
    }
}
