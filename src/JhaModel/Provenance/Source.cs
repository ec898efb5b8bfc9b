using NodaTime;

namespace JhaModel.Provenance;

/// <summary>
/// Where a fact comes from: a title or citation, an optional URL and the date the source speaks as of.
/// </summary>
public sealed record Source
{
    /// <summary>The title of the source, or a full citation when there is no URL. Never blank.</summary>
    public required string Title { get; init; }

    /// <summary>An absolute <c>http</c> or <c>https</c> URL of the source, or <see langword="null"/> when the citation stands alone.</summary>
    public string? Url { get; init; }

    /// <summary>The date the source speaks as of (its publication or status date), when known.</summary>
    public LocalDate? AsOf { get; init; }
}
