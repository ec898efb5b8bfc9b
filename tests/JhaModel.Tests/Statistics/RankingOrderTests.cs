using FluentValidation.Results;
using JhaModel.Countries;
using JhaModel.Statistics;
using JhaModel.Validation;

namespace JhaModel.Tests.Statistics;

/// <summary>
/// The order of a ranking's entries: ranked entries first, by rank, ties sharing a rank, no worse rank with a greater
/// value; entries known only to be within the top N after the ranked ones.
/// </summary>
public sealed class RankingOrderTests
{
    private static CountryRanking Requests2023 => CaseStatisticRegistry.All.ForMetric(StatisticMetric.ParticipationRequests).Rankings.Single();

    private static RankingEntry Ranked(string country, int rank, long? value = null) => new() { Country = CountryCode.Parse(country), Rank = rank, Value = value };

    [Fact]
    public void Entries_sharing_a_rank_are_in_order()
    {
        var tied = Requests2023 with { Entries = [Ranked("GB", 1), Ranked("CH", 2), Ranked("AL", 2), Ranked("RS", 4)] };

        Assert.True(Validate(tied).IsValid);
        Assert.True(JhaValidation.IsValid(tied));
    }

    [Fact]
    public void Entries_sharing_a_rank_may_come_in_any_order_of_their_values()
    {
        var ascending = Requests2023 with { Entries = [Ranked("GB", 1, 275), Ranked("CH", 2, 100), Ranked("AL", 2, 120)] };

        Assert.True(Validate(ascending).IsValid);
        Assert.True(JhaValidation.IsValid(ascending));
    }

    [Fact]
    public void A_worse_rank_with_the_same_value_is_in_order_and_with_a_greater_value_is_not()
    {
        var same = Requests2023 with { Entries = [Ranked("GB", 1, 275), Ranked("CH", 2, 275)] };
        var greater = Requests2023 with { Entries = [Ranked("GB", 1, 275), Ranked("CH", 2, 276)] };

        Assert.True(Validate(same).IsValid);
        Assert.True(JhaValidation.IsValid(same));
        AssertOnly(Validate(greater), JhaErrorCodes.RankingOrderInvalid, "Entries");
        Assert.False(JhaValidation.IsValid(greater));
    }

    [Fact]
    public void The_values_of_a_ranking_are_compared_only_where_both_entries_have_one()
    {
        var gaps = Requests2023 with { Entries = [Ranked("GB", 1, 275), Ranked("CH", 2), Ranked("AL", 3, 300)] };

        Assert.True(Validate(gaps).IsValid);
        Assert.True(JhaValidation.IsValid(gaps));
    }

    [Fact]
    public void Entries_within_the_top_n_come_after_the_ranked_ones()
    {
        var within = new RankingEntry { Country = CountryCode.Parse("UA"), Within = 10 };
        var after = Requests2023 with { Entries = [Ranked("GB", 1), Ranked("CH", 2), within] };
        var before = Requests2023 with { Entries = [within, Ranked("GB", 1), Ranked("CH", 2)] };

        Assert.True(Validate(after).IsValid);
        Assert.True(JhaValidation.IsValid(after));
        AssertOnly(Validate(before), JhaErrorCodes.RankingOrderInvalid, "Entries");
        Assert.False(JhaValidation.IsValid(before));
    }

    [Fact]
    public void The_first_entry_out_of_order_is_named_by_its_index()
    {
        var ranking = Requests2023 with { Entries = [Ranked("GB", 1), Ranked("CH", 3), Ranked("AL", 2), Ranked("RS", 1)] };

        Assert.Equal(2, StatisticsRules.FirstOutOfOrder(ranking.Entries));
        Assert.Equal(-1, StatisticsRules.FirstOutOfOrder(ranking.Entries.Take(2).ToArray()));
    }

    [Fact]
    public void An_invalid_position_does_not_take_part_in_the_order()
    {
        var unplaced = new RankingEntry { Country = CountryCode.Parse("UA") };
        var ranking = Requests2023 with { Entries = [Ranked("GB", 1), unplaced, Ranked("CH", 2)] };

        var error = Assert.Single(Validate(ranking).Errors);

        Assert.Equal(JhaErrorCodes.RankingPositionInvalid, error.ErrorCode);
    }

    [Fact]
    public void Rank_one_and_within_one_are_the_first_positions_and_zero_values_count()
    {
        Assert.True(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia, Rank = 1, Value = 0 }).IsValid);
        Assert.True(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia, Within = 1, Value = 0 }).IsValid);
        AssertOnly(RankingEntryValidator.Instance.Validate(new RankingEntry { Country = CountryCode.Serbia, Within = 0 }), JhaErrorCodes.RankingPositionInvalid, "Rank");
        Assert.True(JhaValidation.IsValid(new RankingEntry { Country = CountryCode.Serbia, Within = 1, Value = 0 }));
        Assert.False(JhaValidation.IsValid(new RankingEntry { Country = CountryCode.Serbia, Within = 0 }));
    }

    [Fact]
    public void Entries_without_a_country_are_missing_not_duplicates()
    {
        var entries = new[] { new RankingEntry { Country = default, Rank = 1 }, new RankingEntry { Country = default, Rank = 2 } };

        var codes = Validate(Requests2023 with { Entries = entries }).Errors.Select(e => e.ErrorCode).ToList();

        Assert.Equal([JhaErrorCodes.CountryCodeMissing, JhaErrorCodes.CountryCodeMissing], codes);
    }

    private static ValidationResult Validate(CountryRanking ranking) => CountryRankingValidator.Instance.Validate(ranking);

    private static void AssertOnly(ValidationResult result, string code, string property)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(property, error.PropertyName);
    }
}
