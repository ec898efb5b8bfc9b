using JhaModel.Collections;

namespace JhaModel.ReferenceData;

/// <summary>How an entry or a fact differs between two datasets.</summary>
public enum DatasetChangeKind
{
    /// <summary>In the new dataset only.</summary>
    Added = 1,

    /// <summary>In the old dataset only.</summary>
    Removed = 2,

    /// <summary>In both, with different content.</summary>
    Changed = 3,
}

/// <summary>
/// One entry that differs between two datasets (<see cref="JhaDataset.Compare"/>): an organisation, country,
/// agreement, policy cycle, statistic or ranking, with what changed in it.
/// </summary>
public sealed record DatasetChange
{
    private readonly ValueList<DatasetFactChange> _facts = ValueList<DatasetFactChange>.Empty;

    /// <summary>Added, removed or changed.</summary>
    public required DatasetChangeKind Kind { get; init; }

    /// <summary>The exchange-format collection the entry belongs to, e.g. <c>agreements</c>.</summary>
    public required string Collection { get; init; }

    /// <summary>The entry's identifier, e.g. <c>coe-cets-224</c>; for a ranking, its reporting body, metric and date.</summary>
    public required string Id { get; init; }

    /// <summary>The entry's name or title, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>For a changed entry, each fact or member that differs, in the order of the entry; empty for an added or removed entry.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<DatasetFactChange> Facts
    {
        get => _facts;
        init => _facts = ValueList<DatasetFactChange>.From(value);
    }
}

/// <summary>One fact or member of an entry that differs between two datasets, e.g. a party event added, or an event's date changed.</summary>
public sealed record DatasetFactChange
{
    /// <summary>Added, removed or changed.</summary>
    public required DatasetChangeKind Kind { get; init; }

    /// <summary>The member of the entry, in wire spelling, e.g. <c>partyEvents</c>, <c>euRelationship.events</c> or <c>title</c>.</summary>
    public required string Member { get; init; }

    /// <summary>What identifies the fact within the member, e.g. <c>AL consent-to-be-bound</c>; <see langword="null"/> for a plain member.</summary>
    public string? Key { get; init; }

    /// <summary>The old value in wire form (for a changed fact, of the one field that changed, e.g. <c>date</c>); <see langword="null"/> when added.</summary>
    public string? Old { get; init; }

    /// <summary>The new value in wire form; <see langword="null"/> when removed.</summary>
    public string? New { get; init; }

    /// <summary>For a changed fact, the field that changed (<c>date</c>, <c>confidence</c>, <c>source</c>, <c>note</c>, ...); otherwise <see langword="null"/>.</summary>
    public string? Field { get; init; }

    /// <summary>The change in words, e.g. <c>partyEvents AL consent-to-be-bound: date 2026-06-01 → 2026-06-02</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Kind switch
    {
        DatasetChangeKind.Added => $"added {Member}{(Key is null ? string.Empty : " " + Key)}: {New}",
        DatasetChangeKind.Removed => $"removed {Member}{(Key is null ? string.Empty : " " + Key)}: {Old}",
        _ => $"changed {Member}{(Key is null ? string.Empty : " " + Key)}{(Field is null ? string.Empty : " " + Field)}: {Old} → {New}",
    };
}
