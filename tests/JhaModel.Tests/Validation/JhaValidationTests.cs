using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Tests.Validation;

/// <summary>One set of rules, two runners: the fast path and the FluentValidation validator agree.</summary>
public sealed class JhaValidationTests
{
    private const int Cases = 1000;

    [Property(MaxTest = Cases)]
    public bool The_runners_agree_on_generated_countries(Country value) => Agree(value);

    [Property(MaxTest = Cases)]
    public bool The_runners_agree_on_generated_agreements(Agreement value) => Agree(value);

    [Property(MaxTest = Cases)]
    public bool The_runners_agree_on_generated_sources(Source value) => Agree(value);

    [Property(MaxTest = Cases)]
    public bool The_runners_agree_on_generated_timelines(EuRelationshipTimeline value) => Agree(value);

    [Property(MaxTest = Cases)]
    public bool The_runners_agree_on_generated_organisations(Organisation value) => Agree(value);

    [Property(MaxTest = Cases)]
    public Property The_runners_agree_on_the_parts_of_agreements_and_countries() =>
        Prop.ForAll(JhaGenerators.AgreementEvent.ToArbitrary(), Agree)
            .And(Prop.ForAll(JhaGenerators.PartyEvent.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.PartyStatement.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.AgreementIdentifiers.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.EuRelationEvent.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.FormerName.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.DesignationFootnote.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.CountryDesignation.ToArbitrary(), Agree));

    [Property(MaxTest = Cases)]
    public Property The_runners_agree_on_EMPACT_and_statistics() =>
        Prop.ForAll(JhaGenerators.PolicyCycle.ToArbitrary(), Agree)
            .And(Prop.ForAll(JhaGenerators.OperationalActionPlan.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.CaseStatisticSet.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.CountryRanking.ToArbitrary(), Agree));

    [Property(MaxTest = Cases)]
    public Property The_runners_agree_on_the_parts_of_EMPACT_records_and_statistics() =>
        Prop.ForAll(JhaGenerators.Quantity.ToArbitrary(), Agree)
            .And(Prop.ForAll(JhaGenerators.ActionResult.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.CycleResult.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.ThreatAssessment.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.CrimePriority.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.OperationalAction.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.CaseStatistic.ToArbitrary(), Agree))
            .And(Prop.ForAll(JhaGenerators.RankingEntry.ToArbitrary(), Agree));

    public static TheoryData<string> FastPathCodes() =>
        [.. Invalid.ErrorCodes.Where(code => (bool)typeof(JhaValidation).GetMethod(nameof(JhaValidation.HasFastPath))!.MakeGenericMethod(Invalid.TargetOf(code)).Invoke(null, null)!)];

    [Theory]
    [MemberData(nameof(FastPathCodes))]
    public void The_fast_path_rejects_every_value_a_rule_rejects(string code)
    {
        var isValid = typeof(JhaValidation).GetMethod(nameof(JhaValidation.IsValid))!.MakeGenericMethod(Invalid.TargetOf(code));
        foreach (var value in Invalid.For(code).Sample(300, 20))
        {
            Assert.False((bool)isValid.Invoke(null, [value])!, $"{code}: the fast path accepts {value}, which the validator rejects");
        }
    }

    [Fact]
    public void Validate_reports_the_same_failures_as_the_validator()
    {
        var broken = AgreementRegistry.Get("eu-al-readmission") with { Title = " ", Parties = [Party.Parse("AL")] };

        Assert.Equal(
            AgreementValidator.Instance.Validate(broken).Errors.Select(e => (e.ErrorCode, e.PropertyName)),
            JhaValidation.Validate(broken).Errors.Select(e => (e.ErrorCode, e.PropertyName)));
        Assert.True(JhaValidation.Validate(AgreementRegistry.Get("eu-al-readmission")).IsValid);
        Assert.Same(AgreementValidator.Instance, JhaValidation.ValidatorFor<Agreement>());
        Assert.Throws<NotSupportedException>(() => JhaValidation.IsValid(new object()));
    }

    private static bool Agree<T>(T value)
        where T : class => JhaValidation.IsValid(value) == JhaValidation.ValidatorFor<T>().Validate(value).IsValid && JhaValidation.IsValid(value);
}
