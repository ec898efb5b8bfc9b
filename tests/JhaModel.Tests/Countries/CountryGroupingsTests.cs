using JhaModel.Countries;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Countries;

public sealed class CountryGroupingsTests
{
    [Fact]
    public void The_Western_Balkans_six_are_the_six_partners()
    {
        var members = CountryGroupings.WesternBalkansSix.MembersOn(D("2020-10-22"));

        Assert.Equal(["AL", "BA", "ME", "MK", "RS", "XK"], members.Select(c => c.Alpha2));
    }

    [Theory]
    [InlineData("2013-06-30", 27)]
    [InlineData("2013-07-01", 28)]
    [InlineData("2020-01-30", 28)]
    [InlineData("2020-02-01", 27)]
    [InlineData("2025-01-01", 27)]
    public void The_EU_has_the_number_of_member_states_of_each_enlargement(string date, int expected)
    {
        Assert.Equal(expected, CountryGroupings.EuMemberStates.MembersOn(D(date)).Count);
    }

    [Fact]
    public void The_candidate_countries_on_2025_01_01_are_five_of_the_Western_Balkans()
    {
        var candidates = CountryGroupings.CandidateCountries.MembersOn(D("2025-01-01"));

        Assert.Equal(["AL", "BA", "ME", "MK", "RS"], candidates.Select(c => c.Alpha2));
    }

    [Fact]
    public void The_Schengen_area_has_29_members_on_2025_01_01_and_leaves_uncertain_dates_unknown()
    {
        var grouping = CountryGroupings.SchengenArea;

        Assert.Equal(29, grouping.MembersOn(D("2025-01-01")).Count);
        Assert.Empty(grouping.UncertainOn(D("2025-01-01")));
        Assert.Equal(GroupingMembership.Member, grouping.MembershipOn(CountryCode.Parse("BG"), D("2024-06-01")));
        Assert.Equal(GroupingMembership.Unknown, grouping.MembershipOn(CountryCode.Parse("AT"), D("2010-01-01")));
        Assert.Equal(GroupingMembership.NotMember, grouping.MembershipOn(CountryCode.Parse("IE"), D("2025-01-01")));
        Assert.Equal(26, grouping.UncertainOn(D("2010-01-01")).Count);
    }

    [Fact]
    public void Groupings_are_found_by_identifier()
    {
        Assert.True(CountryGroupings.TryGet("wb6", out var wb6));
        Assert.Same(CountryGroupings.WesternBalkansSix, wb6);
        Assert.False(CountryGroupings.TryGet("WB6", out _));
        Assert.Equal(["eu", "schengen", "eu-candidates", "wb6"], CountryGroupings.All.Select(g => g.Id));
    }
}
