using JhaModel.Countries;
using JhaModel.Provenance;
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
    [InlineData("eu")]
    [InlineData("schengen")]
    [InlineData("eu-candidates")]
    [InlineData("wb6")]
    public void The_membership_shorthand_is_the_value_of_the_evidence_form(string id)
    {
        Assert.True(CountryGroupings.TryGet(id, out var grouping));
        foreach (var date in new[] { "1991-09-10", "1995-03-26", "2000-02-01", "2006-06-04", "2020-01-01", "2023-03-25", "2025-01-01" })
        {
            foreach (var country in CountryRegistry.All)
            {
                Assert.Equal(grouping.ExplainMembershipOn(country.Code, D(date)).Value, grouping.MembershipOn(country.Code, D(date)));
            }
        }
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
    public void The_candidate_countries_on_2025_01_01_are_five_of_the_Western_Balkans_and_Georgia_Moldova_Turkiye_Ukraine()
    {
        var candidates = CountryGroupings.CandidateCountries.MembersOn(D("2025-01-01"));

        Assert.Equal(["AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA"], candidates.Select(c => c.Alpha2));
    }

    [Theory]
    [InlineData("1999-12-09", new string[0])]
    [InlineData("2000-01-01", new[] { "TR" })]
    [InlineData("2020-01-01", new[] { "AL", "ME", "MK", "RS", "TR" })]
    [InlineData("2022-06-23", new[] { "AL", "ME", "MK", "MD", "RS", "TR", "UA" })]
    [InlineData("2023-12-14", new[] { "AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA" })]
    public void The_candidate_countries_follow_the_European_Council_decisions(string date, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), CountryGroupings.CandidateCountries.MembersOn(D(date)).Select(c => c.Alpha2));
        Assert.Empty(CountryGroupings.CandidateCountries.UncertainOn(D(date)));
    }

    [Fact]
    public void Turkiye_is_a_candidate_on_2020_01_01_from_the_Helsinki_European_Council()
    {
        var answer = CountryGroupings.CandidateCountries.ExplainMembershipOn(CountryCode.Parse("TR"), D("2020-01-01"));

        Assert.Equal(GroupingMembership.Member, answer.Value);
        var basis = Assert.Single(answer.Basis);
        Assert.Equal("candidate-status (European Council)", basis.Fact);
        Assert.Equal("1999-12-10/1999-12-11", basis.Date.ToString());
        Assert.Equal("https://www.ikv.org.tr/ikv.asp?lng=en&ust_id=36&id=446", basis.Source.Url);
        Assert.Equal(GroupingMembership.Unknown, CountryGroupings.CandidateCountries.MembershipOn(CountryCode.Parse("TR"), D("1999-12-10")));
    }

    [Fact]
    public void The_Schengen_area_has_29_members_on_2025_01_01_and_leaves_uncertain_dates_unknown()
    {
        var grouping = CountryGroupings.SchengenArea;

        Assert.Equal(29, grouping.MembersOn(D("2025-01-01")).Count);
        Assert.Empty(grouping.UncertainOn(D("2025-01-01")));
        Assert.Equal(GroupingMembership.Member, grouping.MembershipOn(CountryCode.Parse("BG"), D("2024-06-01")));
        Assert.Equal(GroupingMembership.Member, grouping.MembershipOn(CountryCode.Parse("AT"), D("2010-01-01")));
        Assert.Equal(GroupingMembership.Member, grouping.MembershipOn(CountryCode.Parse("HR"), D("2023-02-01")));
        Assert.Equal(GroupingMembership.NotMember, grouping.MembershipOn(CountryCode.Parse("IE"), D("2025-01-01")));
        Assert.Equal(["GR"], grouping.UncertainOn(D("2000-02-01")).Select(c => c.Alpha2));
        Assert.Empty(grouping.UncertainOn(D("2010-01-01")));
    }

    [Theory]
    [InlineData("1995-03-26", 7)]
    [InlineData("1997-10-26", 8)]
    [InlineData("1997-12-01", 9)]
    [InlineData("2000-03-26", 10)]
    [InlineData("2001-03-25", 15)]
    [InlineData("2007-12-21", 24)]
    [InlineData("2008-12-12", 25)]
    [InlineData("2011-12-19", 26)]
    [InlineData("2023-01-01", 27)]
    [InlineData("2024-03-31", 29)]
    public void The_Schengen_area_grows_with_each_enlargement(string date, int expected)
    {
        Assert.Equal(expected, CountryGroupings.SchengenArea.MembersOn(D(date)).Count);
        Assert.Empty(CountryGroupings.SchengenArea.UncertainOn(D(date)));
    }

    [Fact]
    public void Germany_is_a_Schengen_member_on_2020_01_01_from_the_day_the_convention_was_put_into_force()
    {
        var answer = CountryGroupings.SchengenArea.ExplainMembershipOn(CountryCode.Parse("DE"), D("2020-01-01"));

        Assert.Equal(GroupingMembership.Member, answer.Value);
        Assert.Equal(AnswerKind.Known, answer.Kind);
        var basis = Assert.Single(answer.Basis);
        Assert.Equal("schengen-full", basis.Fact);
        Assert.Equal("1995-03-26", basis.Date.ToString());
        Assert.StartsWith("https://austria-forum.org/", basis.Source.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1991-01-01", new[] { "AL" })]
    [InlineData("1991-09-10", new[] { "AL" })]
    [InlineData("1992-03-03", new[] { "AL", "BA", "MK" })]
    [InlineData("2005-06-01", new[] { "AL", "BA", "MK", "XK" })]
    [InlineData("2006-06-03", new[] { "AL", "BA", "ME", "MK", "XK" })]
    [InlineData("2006-06-05", new[] { "AL", "BA", "ME", "MK", "RS", "XK" })]
    public void The_Western_Balkans_six_follow_the_states_existence(string date, string[] expected)
    {
        Assert.Equal(expected, CountryGroupings.WesternBalkansSix.MembersOn(D(date)).Select(c => c.Alpha2));
    }

    [Fact]
    public void Montenegro_and_Serbia_are_not_in_the_Western_Balkans_six_before_they_were_separate_states()
    {
        var wb6 = CountryGroupings.WesternBalkansSix;

        var montenegro = wb6.ExplainMembershipOn(CountryCode.Montenegro, D("2005-12-31"));
        Assert.Equal(GroupingMembership.NotMember, montenegro.Value);
        Assert.Equal(AnswerKind.Known, montenegro.Kind);
        Assert.Equal("2006-06-03", Assert.Single(montenegro.Basis).Date.ToString());
        Assert.Equal(GroupingMembership.NotMember, wb6.MembershipOn(CountryCode.Serbia, D("2006-06-04")));
        Assert.Equal(GroupingMembership.Member, wb6.MembershipOn(CountryCode.Serbia, D("2006-06-05")));
        Assert.Equal(GroupingMembership.Unknown, wb6.MembershipOn(CountryCode.NorthMacedonia, D("1991-09-10")));
        Assert.Equal(["MK"], wb6.UncertainOn(D("1991-09-10")).Select(c => c.Alpha2));
        Assert.Equal(GroupingMembership.NotMember, wb6.MembershipOn(CountryCode.Parse("HR"), D("2010-01-01")));
    }

    [Fact]
    public void The_verified_only_membership_never_rests_on_a_fact_that_is_not_verified()
    {
        var answer = CountryGroupings.WesternBalkansSix.ExplainMembershipOn(CountryCode.NorthMacedonia, D("2020-01-01"), FactFilter.VerifiedOnly);

        Assert.Equal(GroupingMembership.Unknown, answer.Value);
        Assert.Empty(answer.Basis);
        var all = CountryGroupings.WesternBalkansSix.ExplainMembershipOn(CountryCode.NorthMacedonia, D("2020-01-01"));
        Assert.Equal(GroupingMembership.Member, all.Value);
        Assert.Equal(AnswerKind.Inferred, all.Kind);
        Assert.Equal(Confidence.Partial, Assert.Single(all.Basis).Confidence);
    }

    [Fact]
    public void A_country_without_a_recorded_EU_relationship_is_an_inferred_non_member()
    {
        var answer = CountryGroupings.EuMemberStates.ExplainMembershipOn(CountryCode.Parse("US"), D("2020-01-01"));

        Assert.Equal(GroupingMembership.NotMember, answer.Value);
        Assert.Equal(AnswerKind.Inferred, answer.Kind);
        Assert.Equal("no EU-relationship event is recorded for US, so it is taken as a third country", answer.Reason);
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
