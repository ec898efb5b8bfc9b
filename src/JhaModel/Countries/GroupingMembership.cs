namespace JhaModel.Countries;

/// <summary>Whether a country belonged to a <see cref="CountryGrouping"/> on a date. The numeric values never change.</summary>
public enum GroupingMembership
{
    /// <summary>Not a member on that date.</summary>
    NotMember = 1,

    /// <summary>A member on that date.</summary>
    Member = 2,

    /// <summary>The sources do not say (e.g. a Schengen member known only to have joined on or before 2025-01-01).</summary>
    Unknown = 3,
}
