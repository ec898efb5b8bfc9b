using JhaModel.Collections;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Empact;

/// <summary>
/// An EMPACT policy cycle (e.g. 2022–2025): when and by whom its priorities were adopted, the threat assessment
/// they rest on, the priorities, and the results published for the cycle.
/// </summary>
/// <remarks>The embedded cycles are in <see cref="EmpactRegistry"/>.</remarks>
public sealed record PolicyCycle : ISourcedFact
{
    private readonly ValueList<CrimePriority> _priorities = ValueList<CrimePriority>.Empty;
    private readonly ValueList<CycleResult> _results = ValueList<CycleResult>.Empty;

    /// <summary>The cycle's years, e.g. <c>2022-2025</c>; the cycle covers <see cref="PolicyCycleId.Period"/>.</summary>
    public required PolicyCycleId Id { get; init; }

    /// <summary>When the priorities were adopted, as precisely as the source says.</summary>
    public required EventDate AdoptedOn { get; init; }

    /// <summary>The body that adopted the priorities, e.g. <c>Justice and Home Affairs Council</c>.</summary>
    public required string AdoptedBy { get; init; }

    /// <summary>The threat assessment the priorities rest on, e.g. EU SOCTA 2021.</summary>
    public required ThreatAssessment ThreatAssessment { get; init; }

    /// <summary>
    /// Every priority of the cycle, crime priorities and horizontal ones, in the order the source lists them,
    /// horizontal ones last; empty when none are recorded. Count them apart with <see cref="CrimePriorities"/> and
    /// <see cref="HorizontalPriorities"/>: the 2022–2025 cycle has 10 crime priorities and 1 horizontal one.
    /// </summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<CrimePriority> Priorities
    {
        get => _priorities;
        init => _priorities = ValueList<CrimePriority>.From(value ?? []);
    }

    /// <summary>The crime priorities, derived from <see cref="Priorities"/>: those that are not horizontal, in their listed order.</summary>
    /// <returns>For example the 10 crime priorities of 2022–2025.</returns>
    public IReadOnlyList<CrimePriority> CrimePriorities() => [.. _priorities.Where(p => p is { IsHorizontal: false })];

    /// <summary>The horizontal priorities, derived from <see cref="Priorities"/>: those that cut across the crime priorities, in their listed order.</summary>
    /// <returns>For example document fraud in 2022–2025.</returns>
    public IReadOnlyList<CrimePriority> HorizontalPriorities() => [.. _priorities.Where(p => p is { IsHorizontal: true })];

    /// <summary>The results published for the whole cycle; empty when none are recorded.</summary>
    /// <remarks><see langword="null"/> is taken as empty, so that a member absent from JSON reads as an empty list.</remarks>
    public IReadOnlyList<CycleResult> Results
    {
        get => _results;
        init => _results = ValueList<CycleResult>.From(value ?? []);
    }

    /// <summary>A short note on the cycle, e.g. a discrepancy between sources; <see langword="null"/> when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <summary>Whether the cycle is in force on <paramref name="date"/>: the date lies within the cycle's years.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> when <see cref="PolicyCycleId.Period"/> contains the date.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Id"/> is the default value.</exception>
    public bool IsInForceOn(LocalDate date) => Id.Period.Contains(date);

    /// <summary>Counts the priorities as a reader says them: crime priorities and horizontal ones apart.</summary>
    /// <returns>For example <c>10 priorities and 1 horizontal</c> (2022–2025), <c>7 priorities</c> (2026–2029) or <c>no priorities</c>.</returns>
    public string DescribePriorities()
    {
        int crime = _priorities.Count(p => p is { IsHorizontal: false });
        int horizontal = _priorities.Count(p => p is { IsHorizontal: true });
        string main = crime switch
        {
            0 => "no priorities",
            1 => "1 priority",
            _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{crime} priorities"),
        };
        return horizontal == 0 ? main : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{main} and {horizontal} horizontal");
    }

    /// <summary>Finds a priority of the cycle by its slug, ordinally.</summary>
    /// <param name="slug">The slug, e.g. <c>migrant-smuggling</c>.</param>
    /// <returns>The priority, or <see langword="null"/> when the cycle has none with that slug.</returns>
    public CrimePriority? FindPriority(string slug) =>
        _priorities.FirstOrDefault(p => p is not null && !p.Key.IsDefault && string.Equals(p.Key.Slug, slug, StringComparison.Ordinal));
}
