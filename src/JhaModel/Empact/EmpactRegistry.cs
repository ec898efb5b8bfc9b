using System.Diagnostics.CodeAnalysis;
using JhaModel.ReferenceData;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>
/// The embedded EMPACT policy cycles — 2018–2021, 2022–2025 and 2026–2029 — with their priorities, the lineage
/// between priorities of consecutive cycles and the published 2018–2021 results; and the queries over them.
/// Shorthand for <see cref="JhaDataset.Default"/>'s <see cref="JhaDataset.Empact"/>.
/// </summary>
/// <remarks>All members are thread-safe; the dataset is loaded once, on first use.</remarks>
public static class EmpactRegistry
{
    private static EmpactCatalogue Entries => JhaDataset.Default.Empact;

    /// <summary>Every embedded cycle, oldest first.</summary>
    public static IReadOnlyList<PolicyCycle> Cycles => Entries.Cycles;

    /// <summary>Every priority of every embedded cycle, oldest cycle first, each cycle's in its listed order.</summary>
    public static IReadOnlyList<CrimePriority> Priorities => Entries.Priorities;

    /// <summary>Finds an embedded cycle. Never throws.</summary>
    /// <param name="id">The cycle's years.</param>
    /// <param name="cycle">The cycle, or <see langword="null"/> when none is embedded for <paramref name="id"/>.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGetCycle(PolicyCycleId id, [NotNullWhen(true)] out PolicyCycle? cycle) => Entries.TryGetCycle(id, out cycle);

    /// <summary>Gets an embedded cycle.</summary>
    /// <param name="id">The cycle's years, e.g. <see cref="PolicyCycleId.Cycle2022To2025"/>.</param>
    /// <returns>The cycle.</returns>
    /// <exception cref="KeyNotFoundException">No cycle is embedded for <paramref name="id"/>.</exception>
    public static PolicyCycle GetCycle(PolicyCycleId id) => Entries.GetCycle(id);

    /// <summary>The embedded cycle in force on <paramref name="date"/>: the one whose years contain it.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The cycle, or <see langword="null"/> when no embedded cycle covers the date (before 2018 or after 2029).</returns>
    public static PolicyCycle? CycleOn(LocalDate date) => Entries.CycleOn(date);

    /// <summary>The priorities of the cycle in force on <paramref name="date"/>, horizontal ones included.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The priorities in their listed order; empty when no embedded cycle covers the date.</returns>
    public static IReadOnlyList<CrimePriority> PrioritiesOn(LocalDate date) => Entries.PrioritiesOn(date);

    /// <summary>Finds an embedded priority by key. Never throws.</summary>
    /// <param name="key">The key, e.g. <c>2022-2025/migrant-smuggling</c>.</param>
    /// <param name="priority">The priority, or <see langword="null"/> when none is embedded with that key.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGetPriority(CrimePriorityKey key, [NotNullWhen(true)] out CrimePriority? priority) => Entries.TryGetPriority(key, out priority);

    /// <summary>Gets an embedded priority by key.</summary>
    /// <param name="key">The key, e.g. <c>2022-2025/migrant-smuggling</c>.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="KeyNotFoundException">No priority is embedded with that key.</exception>
    public static CrimePriority GetPriority(CrimePriorityKey key) => Entries.GetPriority(key);

    /// <summary>The embedded priorities of the previous cycle that a priority continues.</summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The predecessors in the order its links list them; empty for a new priority or an unknown key.</returns>
    public static IReadOnlyList<CrimePriority> PredecessorsOf(CrimePriorityKey key) => Entries.PredecessorsOf(key);

    /// <summary>The embedded priorities of the next cycle that continue a priority.</summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The successors in their listed order; empty when the priority was not continued or the key is unknown.</returns>
    public static IReadOnlyList<CrimePriority> SuccessorsOf(CrimePriorityKey key) => Entries.SuccessorsOf(key);

    /// <summary>
    /// The priority's lineage back through the cycles: its predecessors, their predecessors, and so on, nearest cycle
    /// first, each priority once.
    /// </summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The ancestors; empty for a new priority or an unknown key.</returns>
    public static IReadOnlyList<CrimePriority> AncestorsOf(CrimePriorityKey key) => Entries.AncestorsOf(key);

    /// <summary>The priorities that continue a priority in later cycles, nearest cycle first, each once.</summary>
    /// <param name="key">The priority's key.</param>
    /// <returns>The descendants; empty when the priority was not continued or the key is unknown.</returns>
    public static IReadOnlyList<CrimePriority> DescendantsOf(CrimePriorityKey key) => Entries.DescendantsOf(key);
}
