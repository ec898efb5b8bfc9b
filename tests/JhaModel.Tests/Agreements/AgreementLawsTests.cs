using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Agreements;
using JhaModel.Serialization;
using JhaModel.Testing;
using NodaTime;

namespace JhaModel.Tests.Agreements;

public sealed class AgreementLawsTests
{
    private static readonly Arbitrary<Agreement> Agreements = JhaGenerators.Agreement.ToArbitrary();

    [Property]
    public Property Generated_agreements_are_valid() =>
        Prop.ForAll(Agreements, a => AgreementValidator.Instance.Validate(a).IsValid);

    [Property]
    public Property Agreements_round_trip_through_json() =>
        Prop.ForAll(Agreements, a => JhaModelJson.Deserialize<Agreement>(JhaModelJson.Serialize(a)) == a);

    [Property]
    public Property A_party_in_force_stays_in_force_until_denunciation_or_termination() =>
        Prop.ForAll(Agreements, a =>
        {
            var days = a.Events.Select(e => e.Date.Latest).Concat(a.PartyEvents.Select(e => e.Date.Latest)).Order().ToList();
            var probes = days.SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) }).Order().ToList();
            foreach (var party in a.Parties)
            {
                bool wasInForce = false;
                foreach (var date in probes)
                {
                    var status = a.StatusOn(party, date);
                    if (wasInForce && status is not (AgreementStatus.InForce or AgreementStatus.Denounced or AgreementStatus.Terminated))
                    {
                        return false;
                    }

                    wasInForce |= status == AgreementStatus.InForce;
                }
            }

            return true;
        });

    [Property]
    public Property The_rule_gives_the_first_day_of_a_month_after_the_waiting_period() =>
        Prop.ForAll(JhaArbitraries.LocalDate(), Gen.Choose(1, 24).ToArbitrary(), (consent, months) =>
        {
            var entry = new EntryIntoForceRule { MonthsAfterConsent = months }.EntryIntoForceFor(consent, null);
            return entry.Day == 1 && entry > consent.PlusMonths(months) && entry <= consent.PlusMonths(months + 1).PlusDays(1);
        });

    [Property]
    public Property The_rule_never_precedes_the_agreement_s_own_entry_into_force() =>
        Prop.ForAll(JhaArbitraries.LocalDate(), JhaArbitraries.LocalDate(), (consent, own) =>
            EntryIntoForceRule.CouncilOfEuropeThreeMonths.EntryIntoForceFor(consent, own) >= own);

    [Fact]
    public void The_rule_applies_from_the_first_day_of_the_following_month()
    {
        var rule = EntryIntoForceRule.CouncilOfEuropeThreeMonths;

        Assert.Equal(new LocalDate(2010, 7, 1), rule.EntryIntoForceFor(new LocalDate(2010, 3, 31), null));
        Assert.Equal(new LocalDate(2010, 7, 1), rule.EntryIntoForceFor(new LocalDate(2010, 3, 1), null));
    }
}
