using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.ReferenceData;
using JhaModel.Testing;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Empact;

/// <summary>Who may lead an EMPACT action is decided by the dataset given, and the embedded one is left as it is.</summary>
public sealed class EmpactDatasetTests
{
    private static readonly Instant Generated = Instant.FromUtc(2026, 12, 3, 12, 0);

    /// <summary>The embedded dataset with Croatia's entry replaced by one that records no EU relationship.</summary>
    private static JhaDataset WithoutCroatiasMembership()
    {
        var croatia = JhaDataset.Default.Countries.Get(CountryCode.Parse("HR"));
        var layer = new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "test layer",
            GeneratedAt = Generated,
            Countries = [croatia with { EuRelationship = EuRelationshipTimeline.Empty }],
        };
        var result = JhaDataset.Default.Layer(layer);
        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        return result.Value;
    }

    [Fact]
    public void The_validators_judge_leaders_against_the_dataset_given()
    {
        var croatianLed = JhaModelFactory.OperationalAction();
        var layered = WithoutCroatiasMembership();

        var against = new OperationalActionValidator(ActionLeadership.MemberStatesAndAgencies, layered).Validate(croatianLed);
        var plan = new OperationalActionPlanValidator(ActionLeadership.MemberStatesAndAgencies, layered).Validate(JhaModelFactory.OperationalActionPlan(actions: [croatianLed]));

        EmpactAssert.Only(against, JhaErrorCodes.LeaderNotEligible, "Leader");
        EmpactAssert.Only(plan, JhaErrorCodes.LeaderNotEligible, "Actions[0].Leader");
        Assert.False(EmpactRules.IsValid(croatianLed, layered));
        Assert.True(OperationalActionValidator.Instance.Validate(croatianLed).IsValid);
        Assert.True(new OperationalActionValidator(ActionLeadership.MemberStatesAndAgencies, JhaDataset.Default).Validate(croatianLed).IsValid);
        Assert.True(EmpactRules.IsValid(croatianLed, JhaDataset.Default));
        Assert.True(new OperationalActionValidator(ActionLeadership.AnyParticipant, layered).Validate(croatianLed).IsValid);
        Assert.Equal(GroupingMembership.Member, CountryGroupings.EuMemberStates.MembershipOn(CountryCode.Parse("HR"), new LocalDate(2023, 3, 1)));
    }

    [Fact]
    public void A_document_read_against_a_dataset_has_its_leaders_judged_by_it()
    {
        byte[] document = JhaExchange.Write(new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "test",
            GeneratedAt = Generated,
            ActionPlans = [JhaModelFactory.OperationalActionPlan()],
        });

        var embedded = JhaExchange.Read(document);
        var layered = JhaExchange.Read(document, ExchangeReaderOptions.Default with { ReferenceData = WithoutCroatiasMembership() });
        var again = JhaExchange.Read(document, ExchangeReaderOptions.Default with { ReferenceData = JhaDataset.Default });

        Assert.True(embedded.IsSuccess, string.Join("\n", embedded.Problems));
        Assert.True(again.IsSuccess, string.Join("\n", again.Problems));
        var problem = Assert.Single(layered.Problems);
        Assert.Equal(JhaErrorCodes.LeaderNotEligible, problem.Code);
        Assert.StartsWith("$.actionPlans[0].actions[0]", problem.Path, StringComparison.Ordinal);
        Assert.Contains("HR", problem.Message, StringComparison.Ordinal);
    }
}
