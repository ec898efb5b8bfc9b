using JhaModel.Agreements;
using JhaModel.Organisations;
using JhaModel.Validation;

namespace JhaModel.Tests.Agreements;

/// <summary>Messages name the dates involved; the resolver decides which parents exist.</summary>
public sealed class AgreementValidatorTests
{
    private static Agreement Readmission => AgreementRegistry.Get("eu-al-readmission");

    [Fact]
    public void A_consent_before_the_signature_names_both_dates()
    {
        var convention = AgreementRegistry.Get("coe-cets-185");
        var albania = Party.Parse("AL");
        var events = convention.PartyEvents.Select(e => e.Party == albania && e.Kind == PartyEventKind.Signature
            ? e with { Date = JhaModel.Provenance.EventDate.Parse("2002-07-01") }
            : e).ToList();

        var failure = Assert.Single(AgreementValidator.Instance.Validate(convention with { PartyEvents = events }).Errors);

        Assert.Equal(JhaErrorCodes.PartyEventsOutOfOrder, failure.ErrorCode);
        Assert.Equal($"PartyEvents[{events.FindIndex(e => e.Party == albania && e.Kind == PartyEventKind.ConsentToBeBound)}]", ElementAt.PropertyPath(failure));
        Assert.Contains("2002-06-20", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("2002-07-01", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_entry_into_force_names_the_computed_date()
    {
        var convention = AgreementRegistry.Get("coe-cets-185");
        var events = convention.PartyEvents.Select(e => e.Party == Party.Parse("BA") && e.Kind == PartyEventKind.EntryIntoForce
            ? e with { Date = JhaModel.Provenance.EventDate.Parse("2006-08-01") }
            : e).ToList();

        var failure = Assert.Single(AgreementValidator.Instance.Validate(convention with { PartyEvents = events }).Errors);

        Assert.Equal(JhaErrorCodes.EntryIntoForceRuleMismatch, failure.ErrorCode);
        Assert.Equal($"PartyEvents[{events.FindIndex(e => e.Party == Party.Parse("BA") && e.Kind == PartyEventKind.EntryIntoForce)}]", ElementAt.PropertyPath(failure));
        Assert.Contains("gives 2006-09-01", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_is_checked_against_the_parents_the_resolver_knows()
    {
        var protocol = AgreementRegistry.Get("coe-cets-189");
        var validator = new AgreementValidator(_ => null);

        var failure = Assert.Single(validator.Validate(protocol).Errors);

        Assert.Equal(JhaErrorCodes.ParentMissing, failure.ErrorCode);
        Assert.True(new AgreementValidator(id => AgreementRegistry.TryGet(id, out var a) ? a : null).Validate(protocol).IsValid);
    }

    [Fact]
    public void Acting_as_Serbia_and_Montenegro_after_its_withdrawal_is_reported()
    {
        var signature = AgreementRegistry.Get("coe-cets-185").PartyEvents.First(e => e.ActingAs == "CS");

        Assert.True(PartyEventValidator.Instance.Validate(signature).IsValid);
        var late = signature with { Date = JhaModel.Provenance.EventDate.Parse("2006-09-26") };
        Assert.Equal(JhaErrorCodes.ActingAsInvalid, Assert.Single(PartyEventValidator.Instance.Validate(late).Errors).ErrorCode);
        var unrelated = signature with { Party = Party.Parse("AL") };
        Assert.Equal(JhaErrorCodes.ActingAsInvalid, Assert.Single(PartyEventValidator.Instance.Validate(unrelated).Errors).ErrorCode);
    }

    [Fact]
    public void A_listed_ineligible_party_is_reported()
    {
        var convention = AgreementRegistry.Get("coe-cets-185");

        var failure = Assert.Single(AgreementValidator.Instance.Validate(convention with { Parties = [.. convention.Parties, Party.Parse("XK")] }).Errors);

        Assert.Equal(JhaErrorCodes.PartyNotListed, failure.ErrorCode);
    }

    [Theory]
    [InlineData("32005D0809", true)]
    [InlineData("22007A1219(01)", true)]
    [InlineData("32005D080", false)]
    public void CELEX_numbers_are_checked(string celex, bool valid)
    {
        Assert.Equal(valid, AgreementIdentifiersValidator.Instance.Validate(new AgreementIdentifiers { Celex = celex }).IsValid);
    }

    [Theory]
    [InlineData("OJ L 124, 17.5.2005", true)]
    [InlineData("OJ L 304, 23.11.2005, p. 14", true)]
    [InlineData("OJ L, 2023/2105, 20.10.2023", true)]
    [InlineData("OJ L 304, 29.2.2005, p. 14", false)]
    public void Official_Journal_references_are_checked(string reference, bool valid)
    {
        Assert.Equal(valid, AgreementIdentifiersValidator.Instance.Validate(new AgreementIdentifiers { OfficialJournal = reference }).IsValid);
    }

    [Fact]
    public void A_bilateral_agreement_with_three_parties_is_reported()
    {
        var failure = Assert.Single(AgreementValidator.Instance.Validate(Readmission with { Parties = [.. Readmission.Parties, Party.Parse("RS")] }).Errors);

        Assert.Equal(JhaErrorCodes.BilateralPartyCount, failure.ErrorCode);
        Assert.Contains("3 parties", failure.ErrorMessage, StringComparison.Ordinal);
    }
}
