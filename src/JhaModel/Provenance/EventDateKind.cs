namespace JhaModel.Provenance;

/// <summary>How precisely an <see cref="EventDate"/> is known. The numeric values never change.</summary>
public enum EventDateKind
{
    /// <summary>The exact day is known, e.g. <c>2010-12-17</c>.</summary>
    Day = 1,

    /// <summary>Only the month is known, e.g. <c>2005-12</c>.</summary>
    Month = 2,

    /// <summary>Only the year is known, e.g. <c>2000</c>.</summary>
    Year = 3,

    /// <summary>The day lies between two known days, inclusive, e.g. <c>2005-12-15/2005-12-16</c>.</summary>
    Range = 4,

    /// <summary>Only a day on or before which it happened is known, e.g. <c>../2025-01-01</c>.</summary>
    OnOrBefore = 5,
}
