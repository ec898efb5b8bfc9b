using System.Globalization;

namespace JhaModel.Provenance;

/// <summary>One fact an answer rests on: what it is, when it happened as precisely as known, its source and confidence.</summary>
public sealed record Evidence : ISourcedFact
{
    /// <summary>The fact in the words of the wire, e.g. <c>signature by AL</c> or <c>entry-into-force</c>.</summary>
    public required string Fact { get; init; }

    /// <summary>When it happened, as precisely as the source says; <see langword="null"/> for a fact without a date (an ineligibility).</summary>
    public EventDate? Date { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <summary>The evidence of a dated, sourced fact.</summary>
    /// <param name="fact">The fact in the words of the wire.</param>
    /// <param name="date">When it happened.</param>
    /// <param name="sourced">Where the source and confidence come from.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> or <paramref name="sourced"/> is <see langword="null"/>.</exception>
    public static Evidence Of(string fact, EventDate? date, ISourcedFact sourced)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(sourced);
        return new Evidence { Fact = fact, Date = date, Source = sourced.Source, Confidence = sourced.Confidence };
    }

    /// <summary>The fact, its date, confidence and source title.</summary>
    /// <returns>For example <c>signature by AL on 2001-11-23 (verified; Council of Europe, Chart of signatures and ratifications of Treaty 185)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Fact}{When(Date)} ({ConfidenceName(Confidence)}; {Source?.Title})");

    // "on 2006-05-01", "on 2005-12-15/2005-12-17", "on or before 2018-06-13".
    private static string When(EventDate? date) => date switch
    {
        null or { IsDefault: true } => string.Empty,
        { Kind: EventDateKind.OnOrBefore } d => " on or before " + IsoDate.Format(d.Latest),
        { } d => " on " + d,
    };

    internal static string ConfidenceName(Confidence confidence) => Serialization.StrictEnumConverter<Confidence>.NameOf(confidence);
}
