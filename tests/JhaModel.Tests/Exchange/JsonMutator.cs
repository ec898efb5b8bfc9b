using System.Text;
using System.Text.Json;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// Structure-aware mutations of a JSON document for fuzzing: delete, duplicate, swap and retype members and list
/// items, add unknown members, then (on the bytes) flip bits and cut. The tree keeps duplicate keys, which
/// System.Text.Json.Nodes cannot, so a duplicated member reaches the reader as two members of the same name.
/// </summary>
internal static class JsonMutator
{
    /// <summary>The mutation operators, by name, for the statistics a fuzz run reports.</summary>
    public static readonly string[] Operators = ["delete", "duplicate", "swap", "retype", "unknown-member", "move", "flip-bytes", "cut"];

    /// <summary>Applies one to three random mutations to <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">A well-formed JSON document.</param>
    /// <param name="random">The source of choices; the same seed gives the same mutation.</param>
    /// <param name="applied">The operators applied, in order.</param>
    /// <returns>The mutated bytes.</returns>
    public static byte[] Mutate(byte[] utf8Json, Random random, List<string> applied)
    {
        Node root;
        using (var document = JsonDocument.Parse(utf8Json))
        {
            root = Node.From(document.RootElement);
        }

        int structural = random.Next(1, 4);
        bool bytesLevel = false;
        for (int i = 0; i < structural; i++)
        {
            string op = Operators[random.Next(Operators.Length)];
            applied.Add(op);
            if (op is "flip-bytes" or "cut")
            {
                bytesLevel = true;
                break;
            }

            MutateTree(root, op, random);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(root.ToJson());
        if (!bytesLevel || bytes.Length == 0)
        {
            return bytes;
        }

        if (applied[^1] == "cut")
        {
            return bytes[..random.Next(bytes.Length)];
        }

        int flips = random.Next(1, 4);
        for (int i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    private static void MutateTree(Node root, string op, Random random)
    {
        var containers = new List<Node>();
        root.CollectContainers(containers);
        var withChildren = containers.Where(c => c.Children.Count > 0).ToList();
        if (withChildren.Count == 0)
        {
            return;
        }

        var parent = withChildren[random.Next(withChildren.Count)];
        int index = random.Next(parent.Children.Count);
        var (name, child) = parent.Children[index];
        switch (op)
        {
            case "delete":
                parent.Children.RemoveAt(index);
                break;
            case "duplicate":
                parent.Children.Insert(index + 1, (name, random.Next(2) == 0 ? child.Clone() : Retyped(child, random)));
                break;
            case "swap" when parent.Children.Count > 1:
                int other = random.Next(parent.Children.Count);
                if (parent.IsObject)
                {
                    // Swap the values of two members: each name keeps its place, the values change places.
                    (parent.Children[index], parent.Children[other]) = ((name, parent.Children[other].Value), (parent.Children[other].Name, child));
                }
                else
                {
                    (parent.Children[index], parent.Children[other]) = (parent.Children[other], parent.Children[index]);
                }

                break;
            case "retype":
                parent.Children[index] = (name, Retyped(child, random));
                break;
            case "unknown-member":
                var objects = containers.Where(c => c.IsObject).ToList();
                objects[random.Next(objects.Count)].Children.Add((UnknownNames[random.Next(UnknownNames.Length)], Retyped(Node.Leaf("0"), random)));
                break;
            case "move":
                var target = containers[random.Next(containers.Count)];
                if (!child.Contains(target))
                {
                    parent.Children.RemoveAt(index);
                    target.Children.Insert(random.Next(target.Children.Count + 1), (target.IsObject ? name ?? "moved" : null, child));
                }

                break;
        }
    }

    private static readonly string[] UnknownNames = ["extra", "id", "kind", "$type", "", "date", "source", "formatVersion"];

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e400", "9223372036854775808", "2147483648", "-0", "\"\"", "\" \"", "\"x\"",
        "\"2021-02-29\"", "\"2020-13-01\"", "\"2026-11-30T24:00:00Z\"", "\"../2020\"", "\"AL\"", "\"CS\"", "\"eu\"", "\"\\uD800\"",
        "[]", "[null]", "[1,2]", "{}", "{\"a\":1}", "\"" + new string('a', 300) + "\"",
    ];

    private static Node Retyped(Node node, Random random) =>
        random.Next(4) == 0 && node.Children.Count > 0
            ? node.Children[random.Next(node.Children.Count)].Value.Clone()
            : Node.Leaf(Replacements[random.Next(Replacements.Length)]);

    /// <summary>A JSON value: an object (a list of members, duplicates allowed), an array, or a leaf kept as raw JSON text.</summary>
    private sealed class Node
    {
        private Node(bool isObject, bool isArray, string? raw)
        {
            IsObject = isObject;
            IsArray = isArray;
            Raw = raw;
        }

        public bool IsObject { get; }

        public bool IsArray { get; }

        public string? Raw { get; }

        public List<(string? Name, Node Value)> Children { get; } = [];

        public static Node Leaf(string raw) => new(false, false, raw);

        public static Node From(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var obj = new Node(true, false, null);
                    foreach (var member in element.EnumerateObject())
                    {
                        obj.Children.Add((member.Name, From(member.Value)));
                    }

                    return obj;
                case JsonValueKind.Array:
                    var array = new Node(false, true, null);
                    foreach (var item in element.EnumerateArray())
                    {
                        array.Children.Add((null, From(item)));
                    }

                    return array;
                default:
                    return Leaf(element.GetRawText());
            }
        }

        public Node Clone()
        {
            var copy = new Node(IsObject, IsArray, Raw);
            copy.Children.AddRange(Children.Select(c => (c.Name, c.Value.Clone())));
            return copy;
        }

        public void CollectContainers(List<Node> into)
        {
            if (IsObject || IsArray)
            {
                into.Add(this);
                foreach (var (_, value) in Children)
                {
                    value.CollectContainers(into);
                }
            }
        }

        public bool Contains(Node other) => ReferenceEquals(this, other) || Children.Exists(c => c.Value.Contains(other));

        public string ToJson()
        {
            var builder = new StringBuilder();
            Write(builder);
            return builder.ToString();
        }

        private void Write(StringBuilder builder)
        {
            if (Raw is not null)
            {
                builder.Append(Raw);
                return;
            }

            builder.Append(IsObject ? '{' : '[');
            for (int i = 0; i < Children.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                if (IsObject)
                {
                    builder.Append('"').Append(JsonEncodedText.Encode(Children[i].Name ?? string.Empty).Value).Append("\":");
                }

                Children[i].Value.Write(builder);
            }

            builder.Append(IsObject ? '}' : ']');
        }
    }
}
