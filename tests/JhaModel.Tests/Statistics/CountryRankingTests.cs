using FluentValidation.Results;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Statistics;

public sealed class CountryRankingTests
{
    private static CountryRanking MostInvolved2020 => CaseStatisticRegistry.All.ForMetric(StatisticMetric.CasesInvolving).Rankings.Single();

    private static CountryRanking Requests2023 => CaseStatisticRegistry.All.ForMetric(StatisticMetric.ParticipationRequests).Rankings.Single();

    [Property]
    public bool Every_generated_ranking_is_valid(CountryRanking ranking) => CountryRankingValidator.Instance.Validate(ranking).IsValid;

    [Property]
    public bool Every_generated_entry_is_valid(RankingEntry entry) => RankingEntryValidator.Instance.Validate(entry).IsValid;

    [Fact]
    public void Serbia_Albania_and_North_Macedonia_were_among_the_ten_third_States_most_involved_in_October_2020_in_no_stated_order()
    {
        var ranking = MostInvolved2020;

        Assert.Equal([CountryCode.Serbia, CountryCode.Albania, CountryCode.NorthMacedonia], ranking.Entries.Select(e => e.Country));
        Assert.All(ranking.Entries, e => Assert.Null(e.Rank));
        Assert.All(ranking.Entries, e => Assert.Equal(10, e.Within));
        Assert.True(ranking.EntryOf(CountryCode.Albania)!.IsCertainlyInTop(10));
        Assert.False(ranking.EntryOf(CountryCode.Albania)!.IsCertainlyInTop(3));
        Assert.Null(ranking.EntryOf(CountryCode.Montenegro));
        Assert.Equal(StatisticScope.ThirdCountries, ranking.Population);
        Assert.Null(ranking.Period);
        Assert.Equal(new LocalDate(2020, 10, 22), ranking.AsOf());
    }

    [Fact]
    public void In_2023_the_United_Kingdom_was_requested_most_followed_by_Switzerland_Albania_Serbia_and_Ukraine()
    {
        var ranking = Requests2023;

        Assert.Equal(["GB", "CH", "AL", "RS", "UA"], ranking.Entries.Select(e => e.Country.ToString()));
        Assert.Equal([1, 2, 3, 4, 5], ranking.Entries.Select(e => e.Rank!.Value));
        Assert.Equal(275, ranking.Entries[0].Value);
        Assert.All(ranking.Entries.Skip(1), e => Assert.Null(e.Value));
        Assert.Equal(StatisticPeriods.Year(2023), ranking.Period);
    }

    [Fact]
    public void The_embedded_rankings_are_valid()
    {
        Assert.All(CaseStatisticRegistry.All.Rankings, r => Assert.True(CountryRankingValidator.Instance.Validate(r).IsValid));
    }

    [Fact]
    public void A_ranking_without_a_period_or_publication_date_is_reported()
    {
        AssertOnly(Validate(MostInvolved2020 with { Published = null }), JhaErrorCodes.RankingDateMissing, "Period");
    }

    [Fact]
    public void A_ranking_without_entries_is_reported()
    {
        AssertOnly(Validate(MostInvolved2020 with { Entries = [] }), JhaErrorCodes.RankingEmpty, "Entries");
    }

    [Fact]
    public void An_entry_with_neither_or_both_positions_is_reported()
    {
        AssertOnly(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia }), JhaErrorCodes.RankingPositionInvalid, "Rank");
        AssertOnly(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia, Rank = 1, Within = 10 }), JhaErrorCodes.RankingPositionInvalid, "Rank");
        AssertOnly(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia, Rank = 0 }), JhaErrorCodes.RankingPositionInvalid, "Rank");
        AssertOnly(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia, Within = 10, Value = -1 }), JhaErrorCodes.ValueNegative, "Value");
        AssertOnly(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = default, Within = 10 }), JhaErrorCodes.CountryCodeMissing, "Country");
    }

    [Fact]
    public void A_country_named_twice_is_reported()
    {
        AssertOnly(Validate(MostInvolved2020 with { Entries = [.. MostInvolved2020.Entries, MostInvolved2020.Entries[0]] }), JhaErrorCodes.RankingCountryDuplicate, "Entries");
    }

    [Fact]
    public void Entries_out_of_rank_order_are_reported()
    {
        var entries = Requests2023.Entries;

        AssertOnly(Validate(Requests2023 with { Entries = [entries[1], entries[0], .. entries.Skip(2)] }), JhaErrorCodes.RankingOrderInvalid, "Entries");
        AssertOnly(Validate(Requests2023 with { Entries = [entries[0] with { Value = 10 }, entries[1] with { Value = 20 }] }), JhaErrorCodes.RankingOrderInvalid, "Entries");
        AssertOnly(Validate(Requests2023 with { Entries = [entries[0] with { Rank = null, Within = 10 }, entries[1]] }), JhaErrorCodes.RankingOrderInvalid, "Entries");
    }

    [Fact]
    public void A_member_state_among_the_third_States_is_reported()
    {
        var result = Validate(MostInvolved2020 with { Entries = [.. MostInvolved2020.Entries, new RankingEntry { Country = CountryCode.Parse("HR"), Within = 10 }] });

        AssertOnly(result, JhaErrorCodes.RankingCountryOutsidePopulation, "Entries");
        Assert.Contains("HR, which is not in the population 'outside eu' on 2020-10-22", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_United_Kingdom_is_a_third_country_only_after_it_left()
    {
        var ranking = Requests2023;

        Assert.True(Validate(ranking).IsValid);
        AssertOnly(Validate(ranking with { Period = StatisticPeriods.Year(2019) }), JhaErrorCodes.RankingCountryOutsidePopulation, "Entries");
    }

    [Fact]
    public void A_publication_before_the_ranked_period_ends_is_reported()
    {
        AssertOnly(Validate(Requests2023 with { Published = new LocalDate(2023, 6, 1) }), JhaErrorCodes.PublishedBeforePeriodEnd, "Published");
    }

    private static ValidationResult Validate(CountryRanking ranking) => CountryRankingValidator.Instance.Validate(ranking);

    private static void AssertOnly(ValidationResult result, string code, string property)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(property, error.PropertyName);
    }
}
