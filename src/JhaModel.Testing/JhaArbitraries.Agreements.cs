using FsCheck;
using FsCheck.Fluent;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Arbitraries of the agreements and exchange areas, and of the parts of countries and cycles.</content>
public static partial class JhaArbitraries
{
    /// <summary>
    /// Valid agreements (bilateral, multilateral, protocols), shrinking to valid agreements only: by dropping the
    /// identifiers, the predecessor, the statements and the ineligible parties.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Agreement> Agreement() => Arb.From(JhaGenerators.Agreement, ShrinkAgreement);

    /// <summary>Valid agreement-level events.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AgreementEvent> AgreementEvent() => Arb.From(JhaGenerators.AgreementEvent);

    /// <summary>Valid party events.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartyEvent> PartyEvent() => Arb.From(JhaGenerators.PartyEvent);

    /// <summary>Valid reservations and declarations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartyStatement> PartyStatement() => Arb.From(JhaGenerators.PartyStatement);

    /// <summary>Valid official identifiers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AgreementIdentifiers> AgreementIdentifiers() => Arb.From(JhaGenerators.AgreementIdentifiers);

    /// <summary>Valid EU-relationship events (of every kind but withdrawal), shrinking by simplifying their details and date.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EuRelationEvent> EuRelationEvent() => Arb.From(JhaGenerators.EuRelationEvent, ShrinkEuRelationEvent);

    /// <summary>Valid former names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FormerCountryName> FormerCountryName() => Arb.From(JhaGenerators.FormerName);

    /// <summary>Valid designations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryDesignation> CountryDesignation() => Arb.From(JhaGenerators.CountryDesignation);

    /// <summary>Valid designation footnotes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DesignationFootnote> DesignationFootnote() => Arb.From(JhaGenerators.DesignationFootnote);

    /// <summary>Valid threat assessments.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ThreatAssessment> ThreatAssessment() => Arb.From(JhaGenerators.ThreatAssessment);

    /// <summary>Instants from 2000 to 2035, to the millisecond.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> Instant() => Arb.From(JhaGenerators.Instant);

    /// <summary>
    /// Valid exchange documents, shrinking to valid documents only: by emptying the rankings, statistics, plans,
    /// cycles, agreements and countries in turn.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExchangeDocument> ExchangeDocument() => Arb.From(JhaGenerators.ExchangeDocument, ShrinkDocument);

    private static IEnumerable<Agreement> ShrinkAgreement(Agreement agreement) =>
        AgreementCandidates(agreement).Where(a => AgreementValidator.Instance.Validate(a).IsValid);

    private static IEnumerable<Agreement> AgreementCandidates(Agreement agreement)
    {
        if (agreement.Identifiers is not null)
        {
            yield return agreement with { Identifiers = null };
        }

        if (agreement.Predecessor is not null)
        {
            yield return agreement with { Predecessor = null };
        }

        if (agreement.Statements.Count > 0)
        {
            yield return agreement with { Statements = [] };
        }

        if (agreement.IneligibleParties.Count > 0)
        {
            yield return agreement with { IneligibleParties = [] };
        }
    }

    private static IEnumerable<ExchangeDocument> ShrinkDocument(ExchangeDocument document) =>
        DocumentCandidates(document).Where(d => ExchangeDocumentValidator.Instance.Validate(d).IsValid);

    private static IEnumerable<ExchangeDocument> DocumentCandidates(ExchangeDocument document)
    {
        if (document.Rankings.Count > 0)
        {
            yield return document with { Rankings = [] };
        }

        if (document.Statistics.Count > 0)
        {
            yield return document with { Statistics = [] };
        }

        if (document.ActionPlans.Count > 0)
        {
            yield return document with { ActionPlans = [] };
        }

        if (document.PolicyCycles.Count > 0)
        {
            yield return document with { PolicyCycles = [] };
        }

        if (document.Agreements.Count > 0)
        {
            yield return document with { Agreements = [] };
        }

        if (document.Countries.Count > 0)
        {
            yield return document with { Countries = [] };
        }
    }
}
