using FluentValidation.Results;
using JhaModel.Countries;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Statistics;

/// <summary>
/// What a set of statistics must agree on across its members: one statistic per identifier, revisions of statistics it
/// holds and of like ones, no two like figures for overlapping periods; and the countries a scope names existing as of
/// its period.
/// </summary>
public sealed class StatisticSetConsistencyTests
{
    private static CaseStatistic Valid => CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020);

    private static CaseStatistic Year2020 => Valid with { Id = CaseStatisticId.Parse("wb6-2020"), Period = StatisticPeriods.Year(2020), Value = 150, Published = null };

    private static CaseStatistic OwnedBy => Valid with { Id = CaseStatisticId.Parse("owned-by"), Metric = StatisticMetric.CasesOwnedBy };

    [Fact]
    public void Serbia_exists_from_the_day_the_code_of_Serbia_and_Montenegro_was_withdrawn()
    {
        var serbia = Valid with { Scope = StatisticScope.Of(CountryCode.Serbia), Published = null };
        var onTheDay = serbia with { Period = new DateInterval(new LocalDate(2006, 1, 1), new LocalDate(2006, 9, 26)) };
        var theDayBefore = serbia with { Period = new DateInterval(new LocalDate(2006, 1, 1), new LocalDate(2006, 9, 25)) };

        Assert.True(StatisticsRules.ExistsOn(CountryCode.Serbia, new LocalDate(2006, 9, 26)));
        Assert.False(StatisticsRules.ExistsOn(CountryCode.Serbia, new LocalDate(2006, 9, 25)));
        Assert.True(StatisticsRules.ExistsOn(CountryCode.Albania, new LocalDate(2006, 9, 25)));
        Assert.True(Validate(onTheDay).IsValid);
        Assert.True(JhaValidation.IsValid(onTheDay));
        AssertOnly(Validate(theDayBefore), JhaErrorCodes.ScopeCountryNotExisting, "Scope");
        Assert.False(JhaValidation.IsValid(theDayBefore));
    }

    [Fact]
    public void The_first_country_of_a_scope_that_did_not_exist_is_named()
    {
        var scope = StatisticScope.Of(CountryCode.Albania, CountryCode.Montenegro, CountryCode.Serbia);

        Assert.Equal(CountryCode.Montenegro, StatisticsRules.FirstNotExisting(Valid with { Scope = scope, Period = StatisticPeriods.Year(2005) }));
        Assert.True(StatisticsRules.FirstNotExisting(Valid with { Scope = scope, Period = StatisticPeriods.Year(2007) }).IsDefault);
    }

    [Fact]
    public void Statistics_without_an_identifier_are_missing_it_not_duplicates()
    {
        var set = new CaseStatisticSet { Statistics = [Valid with { Id = default }, OwnedBy with { Id = default }] };

        Assert.Equal([JhaErrorCodes.StatisticIdMissing, JhaErrorCodes.StatisticIdMissing], Validate(set).Errors.Select(e => e.ErrorCode));
        Assert.Equal(-1, StatisticsRules.FirstDuplicateId(set.Statistics));
    }

    [Fact]
    public void The_first_repeated_identifier_is_named_at_its_second_place()
    {
        var other = OwnedBy;

        Assert.Equal(-1, StatisticsRules.FirstDuplicateId([Valid, other]));
        Assert.Equal(2, StatisticsRules.FirstDuplicateId([Valid, other, Valid]));
        Assert.Equal(1, StatisticsRules.FirstDuplicateId([other, other, Valid, Valid]));
    }

    [Fact]
    public void A_revision_is_known_wherever_the_revised_statistic_stands_in_the_set()
    {
        var revision = OwnedBy with { Id = CaseStatisticId.Parse("owned-by-revised"), Revises = OwnedBy.Id };

        Assert.Equal(-1, StatisticsRules.FirstUnknownRevision([OwnedBy, revision]));
        Assert.Equal(-1, StatisticsRules.FirstUnknownRevision([revision, OwnedBy]));
        Assert.Equal(2, StatisticsRules.FirstUnknownRevision([OwnedBy, revision, revision with { Id = CaseStatisticId.Parse("again"), Revises = CaseStatisticId.Parse("missing") }]));
        Assert.True(Validate(new CaseStatisticSet { Statistics = [revision, OwnedBy] }).IsValid);
    }

    [Fact]
    public void A_revision_is_compared_with_the_statistic_it_revises_wherever_that_stands()
    {
        var unlike = Valid with { Id = CaseStatisticId.Parse("revised"), Revises = OwnedBy.Id };
        var like = OwnedBy with { Id = CaseStatisticId.Parse("owned-by-revised"), Revises = OwnedBy.Id };

        Assert.Equal(1, StatisticsRules.FirstRevisionMismatch([OwnedBy, unlike]));
        Assert.Equal(0, StatisticsRules.FirstRevisionMismatch([unlike, OwnedBy]));
        Assert.Equal(-1, StatisticsRules.FirstRevisionMismatch([like, OwnedBy]));
        Assert.Equal(-1, StatisticsRules.FirstRevisionMismatch([OwnedBy, Valid with { Revises = CaseStatisticId.Parse("missing") }]));
    }

    [Fact]
    public void A_revision_overlaps_the_statistic_it_revises_in_either_order()
    {
        var revision = Year2020 with { Revises = Valid.Id };

        Assert.Equal((-1, -1), StatisticsRules.FirstOverlap([Valid, revision]));
        Assert.Equal((-1, -1), StatisticsRules.FirstOverlap([revision, Valid]));
        Assert.Equal((-1, -1), StatisticsRules.FirstOverlap([Valid with { Revises = Year2020.Id }, Year2020]));
        Assert.True(Validate(new CaseStatisticSet { Statistics = [revision, Valid] }).IsValid);
        Assert.True(JhaValidation.IsValid(new CaseStatisticSet { Statistics = [revision, Valid] }));
    }

    [Fact]
    public void The_first_overlap_is_named_later_statistic_first()
    {
        var firstQuarter = Valid with { Id = CaseStatisticId.Parse("wb6-2020-q1"), Period = StatisticPeriods.Quarter(2020, 1), Published = null };

        Assert.Equal((2, 0), StatisticsRules.FirstOverlap([Valid, OwnedBy, firstQuarter]));
        Assert.Equal((1, 0), StatisticsRules.FirstOverlap([Valid, Year2020, firstQuarter]));
        Assert.Equal((-1, -1), StatisticsRules.FirstOverlap([Valid]));
        Assert.False(JhaValidation.IsValid(new CaseStatisticSet { Statistics = [Valid, OwnedBy, firstQuarter] }));
    }

    [Fact]
    public void Statistics_of_adjacent_periods_do_not_overlap()
    {
        var fourthQuarter = Valid with { Id = CaseStatisticId.Parse("wb6-2020-q4"), Period = StatisticPeriods.Quarter(2020, 4), Published = null };
        var set = new CaseStatisticSet { Statistics = [Valid, fourthQuarter] };

        Assert.True(Validate(set).IsValid);
        Assert.True(JhaValidation.IsValid(set));
    }

    private static ValidationResult Validate(CaseStatistic statistic) => CaseStatisticValidator.Instance.Validate(statistic);

    private static ValidationResult Validate(CaseStatisticSet set) => CaseStatisticSetValidator.Instance.Validate(set);

    private static void AssertOnly(ValidationResult result, string code, string property)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(property, error.PropertyName);
    }
}
