using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// The country groupings, resolved as of a date against the embedded reference dataset
/// (<see cref="ReferenceData.JhaDataset.Default"/>); <see cref="CountryGroupingCatalogue"/> resolves the same rules
/// against another dataset.
/// </summary>
public static class CountryGroupings
{
    private static readonly CountryCode[] WesternBalkans =
        [CountryCode.Albania, CountryCode.BosniaAndHerzegovina, CountryCode.Kosovo, CountryCode.Montenegro, CountryCode.NorthMacedonia, CountryCode.Serbia];

    /// <summary>The EU member states on a date (<c>eu</c>): countries whose <see cref="Country.EuStatusOn"/> is <see cref="EuStatus.Member"/>.</summary>
    public static CountryGrouping EuMemberStates { get; } = new(
        "eu",
        "EU member states",
        "Countries whose status towards the EU on the date is 'member'.",
        (country, date) => Membership(country.EuStatusOn(date) == EuStatus.Member),
        null);

    /// <summary>
    /// The Schengen area on a date (<c>schengen</c>): countries with checks lifted at least at internal air and sea
    /// borders (Bulgaria and Romania from 2024-03-31, fully from 2025-01-01); <see cref="GroupingMembership.Unknown"/>
    /// where the sources give only an upper bound for the day a country joined.
    /// </summary>
    public static CountryGrouping SchengenArea { get; } = new(
        "schengen",
        "Schengen area",
        "Countries whose internal air and sea border checks (at least) were lifted by the date; unknown where only an upper bound of the joining day is sourced.",
        (country, date) => country.SchengenStatusOn(date) switch
        {
            SchengenStatus.Full or SchengenStatus.AirAndSeaBorders => GroupingMembership.Member,
            SchengenStatus.Unknown => GroupingMembership.Unknown,
            _ => GroupingMembership.NotMember,
        },
        null);

    /// <summary>
    /// The candidate countries on a date (<c>eu-candidates</c>): countries whose <see cref="Country.EuStatusOn"/> is
    /// <see cref="EuStatus.Candidate"/>. The reference dataset records the EU relationships of the Western Balkans six,
    /// the EU-27 and the United Kingdom only.
    /// </summary>
    public static CountryGrouping CandidateCountries { get; } = new(
        "eu-candidates",
        "EU candidate countries",
        "Countries whose status towards the EU on the date is 'candidate', among those whose EU relationship the dataset records (the Western Balkans six, the EU-27 and the United Kingdom).",
        (country, date) => Membership(country.EuStatusOn(date) == EuStatus.Candidate),
        null);

    /// <summary>The Western Balkans six (<c>wb6</c>): Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and Serbia, on every date.</summary>
    public static CountryGrouping WesternBalkansSix { get; } = new(
        "wb6",
        "Western Balkans six",
        "Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and Serbia.",
        (country, _) => Membership(Array.IndexOf(WesternBalkans, country.Code) >= 0),
        null);

    /// <summary>Every embedded grouping.</summary>
    public static IReadOnlyList<CountryGrouping> All { get; } = [EuMemberStates, SchengenArea, CandidateCountries, WesternBalkansSix];

    /// <summary>Finds a grouping by identifier (<c>eu</c>, <c>schengen</c>, <c>eu-candidates</c>, <c>wb6</c>), ordinally. Never throws.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="grouping">The grouping, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out CountryGrouping? grouping)
    {
        grouping = All.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));
        return grouping is not null;
    }

    private static GroupingMembership Membership(bool isMember) => isMember ? GroupingMembership.Member : GroupingMembership.NotMember;
}
