using System.Text.Json;
using JhaModel.Serialization;

namespace JhaModel.ReferenceData;

/// <content>Comparing two datasets.</content>
public sealed partial class JhaDataset
{
    /// <summary>The arrays of facts that are compared fact by fact, each with the members that identify a fact within it.</summary>
    private static readonly Dictionary<string, string[]> FactKeys = new(StringComparer.Ordinal)
    {
        ["events"] = ["kind", "decidedBy"],
        ["partyEvents"] = ["party", "kind"],
        ["statements"] = ["party", "kind"],
        ["ineligibleParties"] = ["party"],
        ["formerNames"] = ["name"],
        ["footnotes"] = ["issuer"],
        ["priorities"] = ["key"],
        ["results"] = ["metric"],
        ["entries"] = ["country"],
    };

    /// <summary>
    /// The entries that differ between two datasets: added, removed, and changed with each fact that changed (an
    /// event added or removed; an event's date, confidence, source or note changed; another member changed).
    /// </summary>
    /// <param name="old">The earlier dataset.</param>
    /// <param name="new">The later dataset.</param>
    /// <returns>The changes, collection by collection in the exchange format's order, entries in identifier order; empty when the datasets hold the same data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="old"/> or <paramref name="new"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DatasetChange> Compare(JhaDataset old, JhaDataset @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var changes = new List<DatasetChange>();
        Collection(changes, "organisations", old.Organisations.All, @new.Organisations.All, o => o.Id.ToString(), o => o.Name);
        Collection(changes, "countries", old.Countries.Recorded, @new.Countries.Recorded, c => c.Code.ToString(), c => c.ShortName);
        Collection(changes, "agreements", old.Agreements.All, @new.Agreements.All, a => a.Id.ToString(), a => a.Title);
        Collection(changes, "policyCycles", old.Empact.Cycles, @new.Empact.Cycles, c => c.Id.ToString(), _ => null);
        Collection(changes, "statistics", old.Statistics.Statistics, @new.Statistics.Statistics, s => s.Id.ToString(), s => s.MetricWording);
        Collection(changes, "rankings", old.Statistics.Rankings, @new.Statistics.Rankings, r => $"{r.ReportingBody} {r.Metric} {r.Population} {r.AsOf()?.ToString("yyyy-MM-dd", null)}", r => r.MetricWording);
        return changes;
    }

    private static void Collection<T>(List<DatasetChange> changes, string collection, IReadOnlyList<T> old, IReadOnlyList<T> @new, Func<T, string> id, Func<T, string?> name)
        where T : class
    {
        var before = old.ToDictionary(id, StringComparer.Ordinal);
        var after = @new.ToDictionary(id, StringComparer.Ordinal);
        foreach (string key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            bool wasThere = before.TryGetValue(key, out var was);
            bool isThere = after.TryGetValue(key, out var now);
            if (!isThere)
            {
                changes.Add(new DatasetChange { Kind = DatasetChangeKind.Removed, Collection = collection, Id = key, Name = name(was!) });
            }
            else if (!wasThere)
            {
                changes.Add(new DatasetChange { Kind = DatasetChangeKind.Added, Collection = collection, Id = key, Name = name(now!) });
            }
            else if (!EqualityComparer<T>.Default.Equals(was, now))
            {
                using var a = JsonDocument.Parse(JhaModelJson.SerializeToUtf8Bytes(was!));
                using var b = JsonDocument.Parse(JhaModelJson.SerializeToUtf8Bytes(now!));
                var facts = new List<DatasetFactChange>();
                Members(facts, string.Empty, a.RootElement, b.RootElement);
                changes.Add(new DatasetChange { Kind = DatasetChangeKind.Changed, Collection = collection, Id = key, Name = name(now!), Facts = facts });
            }
        }
    }

    private static void Members(List<DatasetFactChange> facts, string prefix, JsonElement old, JsonElement @new)
    {
        var names = old.EnumerateObject().Select(p => p.Name).Union(@new.EnumerateObject().Select(p => p.Name)).ToList();
        foreach (string name in names)
        {
            bool inOld = old.TryGetProperty(name, out var a);
            bool inNew = @new.TryGetProperty(name, out var b);
            string member = prefix + name;
            if (inOld && inNew && JsonElement.DeepEquals(a, b))
            {
                continue;
            }

            if (inOld && inNew && a.ValueKind == JsonValueKind.Array && b.ValueKind == JsonValueKind.Array && FactKeys.TryGetValue(name, out var keys))
            {
                CompareFacts(facts, member, keys, a, b);
            }
            else if (inOld && inNew && a.ValueKind == JsonValueKind.Object && b.ValueKind == JsonValueKind.Object && name != "source")
            {
                Members(facts, member + ".", a, b);
            }
            else
            {
                facts.Add(new DatasetFactChange
                {
                    Kind = !inOld ? DatasetChangeKind.Added : !inNew ? DatasetChangeKind.Removed : DatasetChangeKind.Changed,
                    Member = member,
                    Old = inOld ? Words(a) : null,
                    New = inNew ? Words(b) : null,
                });
            }
        }
    }

    private static void CompareFacts(List<DatasetFactChange> facts, string member, string[] keys, JsonElement old, JsonElement @new)
    {
        var before = Keyed(old, keys);
        var after = Keyed(@new, keys);
        foreach (var (key, was) in before)
        {
            if (!after.TryGetValue(key, out var now))
            {
                facts.Add(new DatasetFactChange { Kind = DatasetChangeKind.Removed, Member = member, Key = key, Old = Fact(was, keys) });
            }
            else if (!JsonElement.DeepEquals(was, now))
            {
                foreach (string field in was.EnumerateObject().Select(p => p.Name).Union(now.EnumerateObject().Select(p => p.Name)))
                {
                    bool inOld = was.TryGetProperty(field, out var a);
                    bool inNew = now.TryGetProperty(field, out var b);
                    if (!(inOld && inNew && JsonElement.DeepEquals(a, b)))
                    {
                        facts.Add(new DatasetFactChange
                        {
                            Kind = DatasetChangeKind.Changed,
                            Member = member,
                            Key = key,
                            Field = field,
                            Old = inOld ? Words(a) : "(none)",
                            New = inNew ? Words(b) : "(none)",
                        });
                    }
                }
            }
        }

        foreach (var (key, now) in after)
        {
            if (!before.ContainsKey(key))
            {
                facts.Add(new DatasetFactChange { Kind = DatasetChangeKind.Added, Member = member, Key = key, New = Fact(now, keys) });
            }
        }
    }

    /// <summary>The facts of an array by their identifying members; a second fact with the same members is numbered.</summary>
    private static List<(string Key, JsonElement Fact)> KeyedList(JsonElement array, string[] keys)
    {
        var list = new List<(string, JsonElement)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            string key = item.ValueKind == JsonValueKind.Object
                ? string.Join(" ", keys.Select(k => item.TryGetProperty(k, out var v) ? Words(v) : null).OfType<string>())
                : Words(item);
            int n = seen[key] = seen.GetValueOrDefault(key) + 1;
            list.Add((n == 1 ? key : $"{key} #{n}", item));
        }

        return list;
    }

    private static Dictionary<string, JsonElement> Keyed(JsonElement array, string[] keys) =>
        KeyedList(array, keys).ToDictionary(e => e.Key, e => e.Fact, StringComparer.Ordinal);

    /// <summary>A fact in words: its date, the members that do not identify it, its confidence and source.</summary>
    private static string Fact(JsonElement fact, string[] keys)
    {
        if (fact.ValueKind != JsonValueKind.Object)
        {
            return Words(fact);
        }

        var parts = new List<string>();
        if (fact.TryGetProperty("date", out var date))
        {
            parts.Add("on " + Words(date));
        }

        foreach (var member in fact.EnumerateObject())
        {
            if (member.Name is not ("date" or "source" or "confidence") && Array.IndexOf(keys, member.Name) < 0)
            {
                parts.Add($"{member.Name} {Words(member.Value)}");
            }
        }

        if (fact.TryGetProperty("confidence", out var confidence))
        {
            parts.Add(Words(confidence));
        }

        if (fact.TryGetProperty("source", out var source))
        {
            parts.Add("source: " + Words(source));
        }

        return string.Join("; ", parts);
    }

    /// <summary>A value in words: a string as it is, a source by its title, anything else as compact JSON.</summary>
    private static string Words(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Object when value.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String => title.GetString()!,
        _ => value.GetRawText(),
    };
}
