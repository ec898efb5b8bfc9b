using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>
/// The EMPACT policy cycles of one <see cref="ReferenceData.JhaDataset"/>, with their priorities, the lineage between
/// priorities of consecutive cycles and the published results; and the queries over them.
/// <see cref="EmpactRegistry"/> answers the same questions from <see cref="ReferenceData.JhaDataset.Default"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EmpactCatalogue
{
    private readonly PolicyCycle[] _entries;

    internal EmpactCatalogue(IEnumerable<PolicyCycle> cycles) => _entries = [.. cycles.OrderBy(c => c.Id)];

    /// <summary>Every cycle of the dataset, oldest first.</summary>
    public IReadOnlyList<PolicyCycle> Cycles => _entries;

    /// <summary>Every priority of every cycle of the dataset, oldest cycle first, each cycle's in its listed order.</summary>
    public IReadOnlyList<CrimePriority> Priorities => [.. _entries.SelectMany(c => c.Priorities)];

    /// <summary>Finds a cycle of the dataset. Never throws.</summary>
    /// <param name="id">The cycle's years.</param>
    /// <param name="cycle">The cycle, or <see langword="null"/> when none is in the dataset for <paramref name="id"/>.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryGetCycle(PolicyCycleId id, [NotNullWhen(true)] out PolicyCycle? cycle)
    {
        foreach (var candidate in _entries)
        {
            if (candidate.Id == id)
            {
                cycle = candidate;
                return true;
            }
        }

        cycle = null;
        return false;
    }

    /// <summary>Gets a cycle of the dataset.</summary>
    /// <param name="id">The cycle's years, e.g. <see cref="PolicyCycleId.Cycle2022To2025"/>.</param>
    /// <returns>The cycle.</returns>
    /// <exception cref="KeyNotFoundException">No cycle is in the dataset for <paramref name="id"/>.</exception>
    public PolicyCycle GetCycle(PolicyCycleId id) =>
        TryGetCycle(id, out var cycle) ? cycle : throw new KeyNotFoundException($"No EMPACT cycle '{id}' is in the dataset; expected one of {string.Join(", ", _entries.Select(c => c.Id))}.");

    /// <summary>The cycle of the dataset in force on <paramref name="date"/>: the one whose years contain it.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The cycle, or <see langword="null"/> when no cycle of the dataset covers the date (before 2018 or after 2029).</returns>
    public PolicyCycle? CycleOn(LocalDate date) => Array.Find(_entries, c => c.IsInForceOn(date));

    /// <summary>The priorities of the cycle in force on <paramref name="date"/>, horizontal ones included.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The priorities in their listed order; empty when no cycle of the dataset covers the date.</returns>
    public IReadOnlyList<CrimePriority> PrioritiesOn(LocalDate date) => CycleOn(date)?.Priorities ?? [];

    /// <summary>Finds a priority by key. Never throws.</summary>
    /// <param name="key">The key, e.g. <c>2022-2025/migrant-smuggling</c>.</param>
    /// <param name="priority">The priority, or <see langword="null"/> when none is in the dataset with that key.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryGetPriority(CrimePriorityKey key, [NotNullWhen(true)] out CrimePriority? priority)
    {
        priority = key.IsDefault || !TryGetCycle(key.Cycle, out var cycle) ? null : cycle.FindPriority(key.Slug);
        return priority is not null;
    }

    /// <summary>Gets a priority by key.</summary>
    /// <param name="key">The key, e.g. <c>2022-2025/migrant-smuggling</c>.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="KeyNotFoundException">No priority is in the dataset with that key.</exception>
    public CrimePriority GetPriority(CrimePriorityKey key) =>
        TryGetPriority(key, out var priority) ? priority : throw new KeyNotFoundException($"No EMPACT priority '{key}' is in the dataset.");

    /// <summary>The priorities of the previous cycle that a priority continues.</summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The predecessors in the order its links list them; empty for a new priority or an unknown key.</returns>
    public IReadOnlyList<CrimePriority> PredecessorsOf(CrimePriorityKey key) =>
        TryGetPriority(key, out var priority)
            ? [.. priority.Predecessors.Select(l => TryGetPriority(l.Priority, out var p) ? p : null).OfType<CrimePriority>()]
            : [];

    /// <summary>The priorities of the next cycle that continue a priority.</summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The successors in their listed order; empty when the priority was not continued or the key is unknown.</returns>
    public IReadOnlyList<CrimePriority> SuccessorsOf(CrimePriorityKey key) =>
        key.IsDefault ? [] : [.. _entries.SelectMany(c => c.Priorities).Where(p => p.Predecessors.Any(l => l.Priority == key))];

    /// <summary>
    /// The priority's lineage back through the cycles: its predecessors, their predecessors, and so on, nearest cycle
    /// first, each priority once.
    /// </summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The ancestors; empty for a new priority or an unknown key.</returns>
    public IReadOnlyList<CrimePriority> AncestorsOf(CrimePriorityKey key) => Walk(key, PredecessorsOf);

    /// <summary>The priorities that continue a priority in later cycles, nearest cycle first, each once.</summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The descendants; empty when the priority was not continued or the key is unknown.</returns>
    public IReadOnlyList<CrimePriority> DescendantsOf(CrimePriorityKey key) => Walk(key, SuccessorsOf);

    private static CrimePriority[] Walk(CrimePriorityKey start, Func<CrimePriorityKey, IReadOnlyList<CrimePriority>> next)
    {
        var seen = new HashSet<CrimePriorityKey> { start };
        var result = new List<CrimePriority>();
        var frontier = new List<CrimePriorityKey> { start };
        while (frontier.Count > 0)
        {
            var following = new List<CrimePriorityKey>();
            foreach (var key in frontier)
            {
                foreach (var p in next(key))
                {
                    if (seen.Add(p.Key))
                    {
                        result.Add(p);
                        following.Add(p.Key);
                    }
                }
            }

            frontier = following;
        }

        return [.. result];
    }
}
