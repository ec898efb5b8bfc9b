using FluentValidation.Results;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Statistics;

public sealed class CaseStatisticValidatorTests
{
    private static CaseStatistic Valid => CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020);

    [Property]
    public bool Every_generated_statistic_is_valid(CaseStatistic statistic) => CaseStatisticValidator.Instance.Validate(statistic).IsValid;

    [Property]
    public bool Every_generated_set_is_valid(CaseStatisticSet set) => CaseStatisticSetValidator.Instance.Validate(set).IsValid;

    [Fact]
    public void The_seed_statistic_is_valid()
    {
        Assert.True(CaseStatisticValidator.Instance.Validate(Valid).IsValid);
    }

    [Fact]
    public void A_missing_identifier_metric_or_reporting_body_is_reported()
    {
        AssertOnly(Validate(Valid with { Id = default }), JhaErrorCodes.StatisticIdMissing, "Id");
        AssertOnly(Validate(Valid with { Metric = default }), JhaErrorCodes.MetricMissing, "Metric");
        AssertOnly(Validate(Valid with { ReportingBody = default }), JhaErrorCodes.ReportingBodyMissing, "ReportingBody");
    }

    [Fact]
    public void A_blank_metric_wording_is_reported_but_an_absent_one_is_not()
    {
        AssertOnly(Validate(Valid with { MetricWording = "  " }), JhaErrorCodes.MetricWordingBlank, "MetricWording");
        Assert.True(Validate(Valid with { MetricWording = null }).IsValid);
    }

    [Fact]
    public void A_missing_scope_or_period_is_reported()
    {
        AssertOnly(Validate(Valid with { Scope = null! }), JhaErrorCodes.ScopeMissing, "Scope");
        AssertOnly(Validate(Valid with { Period = null! }), JhaErrorCodes.StatisticPeriodMissing, "Period");
    }

    [Fact]
    public void A_period_cannot_start_after_it_ends()
    {
        Assert.Throws<ArgumentException>(() => new DateInterval(new LocalDate(2020, 9, 30), new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void An_unknown_grouping_is_reported()
    {
        var result = Validate(Valid with { Scope = StatisticScope.Grouping("western-balkans") });

        AssertOnly(result, JhaErrorCodes.ScopeGroupingUnknown, "Scope");
        Assert.Contains("'western-balkans'", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Serbia_or_Montenegro_before_Serbia_and_Montenegro_was_withdrawn_is_reported()
    {
        var result = Validate(Valid with { Scope = StatisticScope.Of(CountryCode.Albania, CountryCode.Serbia), Period = StatisticPeriods.Year(2005), Published = null });

        AssertOnly(result, JhaErrorCodes.ScopeCountryNotExisting, "Scope");
        Assert.Contains("RS, which did not exist on 2005-12-31", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.True(Validate(Valid with { Scope = StatisticScope.Of(CountryCode.Serbia), Period = StatisticPeriods.Year(2007), Published = null }).IsValid);
    }

    [Fact]
    public void A_grouping_without_members_as_of_the_period_is_reported()
    {
        var candidates = Valid with { Scope = StatisticScope.Grouping("eu-candidates"), Published = null };

        AssertOnly(Validate(candidates with { Period = StatisticPeriods.Year(1998) }), JhaErrorCodes.ScopeEmpty, "Scope");
        Assert.True(Validate(candidates with { Period = StatisticPeriods.Year(2000) }).IsValid);
    }

    [Fact]
    public void A_negative_value_is_reported_and_zero_is_valid()
    {
        AssertOnly(Validate(Valid with { Value = -1 }), JhaErrorCodes.ValueNegative, "Value");
        Assert.True(Validate(Valid with { Value = 0 }).IsValid);
    }

    [Fact]
    public void A_publication_before_the_end_of_the_period_is_reported_and_on_its_last_day_is_valid()
    {
        var result = Validate(Valid with { Published = new LocalDate(2020, 9, 29) });

        AssertOnly(result, JhaErrorCodes.PublishedBeforePeriodEnd, "Published");
        Assert.Contains("2020-09-29 is before the period's last day 2020-09-30", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.True(Validate(Valid with { Published = new LocalDate(2020, 9, 30) }).IsValid);
    }

    [Fact]
    public void A_statistic_revising_itself_is_reported()
    {
        AssertOnly(Validate(Valid with { Revises = Valid.Id }), JhaErrorCodes.RevisesSelf, "Revises");
    }

    [Fact]
    public void A_missing_source_is_reported()
    {
        AssertOnly(Validate(Valid with { Source = null! }), JhaErrorCodes.SourceMissing, "Source");
    }

    [Fact]
    public void A_set_with_a_null_statistic_is_reported_with_its_index()
    {
        AssertOnly(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, null!] }), JhaErrorCodes.NullElement, "Statistics[1]");
    }

    [Fact]
    public void An_invalid_statistic_in_a_set_is_reported_with_its_path()
    {
        AssertOnly(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid with { Value = -5 }] }), JhaErrorCodes.ValueNegative, "Statistics[0].Value");
    }

    [Fact]
    public void Two_statistics_with_one_identifier_are_reported()
    {
        var other = Valid with { Metric = StatisticMetric.CasesOwnedBy };

        AssertOnly(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, other] }), JhaErrorCodes.StatisticIdDuplicate, "Statistics");
    }

    [Fact]
    public void A_revision_of_an_unknown_statistic_is_reported()
    {
        var revision = Valid with { Id = CaseStatisticId.Parse("revised"), Revises = CaseStatisticId.Parse("missing"), Metric = StatisticMetric.CasesOwnedBy };

        AssertOnly(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, revision] }), JhaErrorCodes.RevisedStatisticUnknown, "Statistics");
    }

    [Fact]
    public void A_revision_of_another_metric_is_reported()
    {
        var revision = Valid with { Id = CaseStatisticId.Parse("revised"), Revises = Valid.Id, Metric = StatisticMetric.CasesOwnedBy };

        AssertOnly(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, revision] }), JhaErrorCodes.RevisionMismatch, "Statistics");
    }

    [Fact]
    public void Overlapping_like_statistics_are_reported_unless_one_revises_the_other()
    {
        var year2020 = Valid with { Id = CaseStatisticId.Parse("wb6-2020"), Period = StatisticPeriods.Year(2020), Value = 150, Published = null };

        var result = CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, year2020] });

        AssertOnly(result, JhaErrorCodes.StatisticsOverlap, "Statistics");
        Assert.Contains("Statistic 1 ('wb6-2020'", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.True(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, year2020 with { Revises = Valid.Id }] }).IsValid);
    }

    [Fact]
    public void Overlap_is_judged_on_the_countries_so_a_grouping_and_its_members_clash()
    {
        var asSet = Valid with { Id = CaseStatisticId.Parse("six"), Scope = StatisticScope.Of(CountryGroupings.WesternBalkansSix.MembersOn(Valid.Period.End)) };

        AssertOnly(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, asSet] }), JhaErrorCodes.StatisticsOverlap, "Statistics");
        Assert.True(CaseStatisticSetValidator.Instance.Validate(new CaseStatisticSet { Statistics = [Valid, asSet with { Scope = StatisticScope.Of(CountryCode.Serbia) }] }).IsValid);
    }

    private static ValidationResult Validate(CaseStatistic statistic) => CaseStatisticValidator.Instance.Validate(statistic);

    private static void AssertOnly(ValidationResult result, string code, string property)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(property, error.PropertyName);
    }
}
