using FsCheck;
using FsCheck.Fluent;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Generators of the agreements area.</content>
public static partial class JhaGenerators
{
    private static readonly string[] MultilateralCountries = ["AL", "BA", "ME", "MK", "RS", "AT", "BE", "DE", "FR", "HR", "IT", "NL", "SI"];

    private static readonly AgreementKind[] BilateralKinds =
    [
        AgreementKind.Readmission, AgreementKind.VisaFacilitation, AgreementKind.StabilisationAndAssociation,
        AgreementKind.OperationalAndStrategicCooperation, AgreementKind.StrategicCooperation, AgreementKind.WorkingArrangement,
        AgreementKind.CooperationAgreement, AgreementKind.StatusAgreement, AgreementKind.JointActionPlan,
        AgreementKind.Parse("memorandum-of-understanding"),
    ];

    /// <summary>A valid agreement: bilateral, multilateral with the Council of Europe entry-into-force rule, or a protocol of CETS 185.</summary>
    public static Gen<Agreement> Agreement => Gen.Frequency(
        (3, BilateralAgreement),
        (2, MultilateralAgreement),
        (1, ProtocolOfCets185));

    /// <summary>
    /// A valid bilateral agreement between an EU body and a Western Balkan country: both sign on one exact day;
    /// Council decisions, entry into force and termination follow in order when present.
    /// </summary>
    public static Gen<Agreement> BilateralAgreement =>
        from number in Gen.Choose(1, 9999)
        from kind in Gen.Elements(BilateralKinds)
        from body in Gen.Elements<Party>(Organisations.OrganisationId.EuropeanUnion, Organisations.OrganisationId.Europol, Organisations.OrganisationId.Eurojust, Organisations.OrganisationId.Frontex)
        from country in WesternBalkansCountry
        from signed in Gen.Choose(0, 9000).Select(d => new LocalDate(1995, 1, 1).PlusDays(d))
        from decisionOnSigning in Gen.Elements(true, false)
        from concludedAfter in Gen.Choose(1, 400)
        from inForceAfter in Gen.Choose(0, 400)
        from steps in Gen.Choose(0, 3)
        from terminatedAfter in Gen.Choose(1, 3000)
        from predecessor in Gen.Elements<AgreementId?>(null, null, null, AgreementId.Parse("eu-al-frontex-status"))
        from details in AgreementDetails
        select new Agreement
        {
            Id = AgreementId.Parse($"gen-{kind}-{number}"),
            Kind = kind,
            Title = $"Agreement on {kind.ToString().Replace('-', ' ')} between {body} and {country}",
            Form = AgreementForm.Bilateral,
            Parties = [body, country],
            Predecessor = predecessor,
            Identifiers = details.Identifiers,
            Events =
            [
                .. decisionOnSigning ? [AgreementEventOf(AgreementEventKind.CouncilDecisionOnSigning, Provenance.EventDate.On(signed.PlusDays(-concludedAfter)), details, "2005/371/EC")] : Array.Empty<AgreementEvent>(),
                .. steps >= 1 ? [AgreementEventOf(AgreementEventKind.CouncilDecisionOnConclusion, Provenance.EventDate.On(signed.PlusDays(concludedAfter)), details, "(EU) 2023/2760")] : Array.Empty<AgreementEvent>(),
                .. steps >= 2 ? [AgreementEventOf(AgreementEventKind.EntryIntoForce, Provenance.EventDate.On(signed.PlusDays(concludedAfter + inForceAfter)), details)] : Array.Empty<AgreementEvent>(),
                .. steps >= 3 ? [AgreementEventOf(AgreementEventKind.Terminated, Provenance.EventDate.On(signed.PlusDays(concludedAfter + inForceAfter + terminatedAfter)), details)] : Array.Empty<AgreementEvent>(),
            ],
            PartyEvents =
            [
                PartyEventOf(body, PartyEventKind.Signature, Provenance.EventDate.On(signed), details),
                PartyEventOf(country, PartyEventKind.Signature, Provenance.EventDate.On(signed), details),
            ],
        };

    /// <summary>
    /// A valid multilateral convention under the Council of Europe with the three-month entry-into-force rule: opened
    /// on an exact day; each party signs, consents and enters into force as the rule computes; Kosovo* is not eligible.
    /// </summary>
    public static Gen<Agreement> MultilateralAgreement =>
        from number in Gen.Choose(1, 9999)
        from opened in Gen.Choose(0, 7000).Select(d => new LocalDate(1995, 1, 1).PlusDays(d))
        from inForceAfter in Gen.Choose(100, 1500)
        from count in Gen.Choose(2, 6)
        from parties in Gen.Shuffle(MultilateralCountries).Select(p => p.Take(count).Select(Organisations.Party.Parse).ToArray())
        from signedAfter in Gen.ArrayOf(Gen.Choose(0, 2000), parties.Length)
        from consentAfter in Gen.ArrayOf(Gen.Choose(1, 2000), parties.Length)
        from denounce in Gen.Elements(true, false, false, false)
        from details in AgreementDetails
        let own = opened.PlusDays(inForceAfter)
        let rule = EntryIntoForceRule.CouncilOfEuropeThreeMonths
        select new Agreement
        {
            Id = AgreementId.Parse($"gen-convention-{number}"),
            Kind = AgreementKind.Convention,
            Title = $"Council of Europe Convention No. {number}",
            Form = AgreementForm.Multilateral,
            Framework = Organisations.OrganisationId.CouncilOfEurope,
            Parties = parties,
            Identifiers = details.Identifiers,
            EntryIntoForceRule = rule,
            IneligibleParties = [new IneligibleParty { Party = Countries.CountryCode.Kosovo, Reason = "Not a member state of the Council of Europe.", Source = details.Source, Confidence = details.Confidence }],
            Events =
            [
                AgreementEventOf(AgreementEventKind.OpenedForSignature, Provenance.EventDate.On(opened), details),
                AgreementEventOf(AgreementEventKind.EntryIntoForce, Provenance.EventDate.On(own), details),
            ],
            PartyEvents =
            [
                .. parties.SelectMany((party, i) =>
                {
                    var signed = opened.PlusDays(signedAfter[i]);
                    var consent = signed.PlusDays(consentAfter[i]);
                    var entry = rule.EntryIntoForceFor(consent, own);
                    var events = new List<PartyEvent>
                    {
                        PartyEventOf(party, PartyEventKind.Signature, Provenance.EventDate.On(signed), details),
                        PartyEventOf(party, PartyEventKind.ConsentToBeBound, Provenance.EventDate.On(consent), details) with { ConsentForm = ConsentForm.Ratification },
                        PartyEventOf(party, PartyEventKind.EntryIntoForce, Provenance.EventDate.On(entry), details),
                    };
                    if (denounce && i == 0)
                    {
                        events.Add(PartyEventOf(party, PartyEventKind.Denunciation, Provenance.EventDate.On(entry.PlusDays(30 + signedAfter[i])), details));
                    }

                    return events;
                }),
            ],
            Statements =
            [
                new PartyStatement
                {
                    Party = parties[0],
                    Kind = StatementKind.Declaration,
                    Summary = "Designates the central authority for mutual assistance requests.",
                    ValidFrom = Provenance.EventDate.On(opened.PlusDays(signedAfter[0] + consentAfter[0])),
                    Source = details.Source,
                    Confidence = details.Confidence,
                },
            ],
        };

    /// <summary>A valid additional protocol of the embedded CETS 185, whose parties are among the convention's.</summary>
    public static Gen<Agreement> ProtocolOfCets185 =>
        from number in Gen.Choose(1, 9999)
        from opened in Gen.Choose(0, 6000).Select(d => new LocalDate(2005, 1, 1).PlusDays(d))
        from count in Gen.Choose(1, 5)
        from parties in Gen.Shuffle(AgreementRegistry.Get("coe-cets-185").Parties.ToArray()).Select(p => p.Take(count).ToArray())
        from signedAfter in Gen.ArrayOf(Gen.Choose(0, 1000), parties.Length)
        from details in AgreementDetails
        select new Agreement
        {
            Id = AgreementId.Parse($"gen-protocol-{number}"),
            Kind = AgreementKind.AdditionalProtocol,
            Title = $"Additional Protocol No. {number} to the Convention on Cybercrime",
            Form = AgreementForm.Multilateral,
            Framework = Organisations.OrganisationId.CouncilOfEurope,
            Parent = AgreementId.Parse("coe-cets-185"),
            Parties = parties,
            Events = [AgreementEventOf(AgreementEventKind.OpenedForSignature, Provenance.EventDate.On(opened), details)],
            PartyEvents = [.. parties.Select((p, i) => PartyEventOf(p, PartyEventKind.Signature, Provenance.EventDate.On(opened.PlusDays(signedAfter[i])), details))],
        };

    /// <summary>A valid agreement-level event on its own.</summary>
    public static Gen<AgreementEvent> AgreementEvent =>
        from kind in Gen.Elements(Enum.GetValues<AgreementEventKind>())
        from date in EventDate
        from details in AgreementDetails
        from decision in Gen.Elements("2005/809/EC", "(EU) 2015/1988", "2007/819/EC").OrNull()
        select AgreementEventOf(kind, date, details, decision);

    /// <summary>A valid party event on its own (a consent carries its form).</summary>
    public static Gen<PartyEvent> PartyEvent =>
        from party in Party
        from kind in Gen.Elements(Enum.GetValues<PartyEventKind>())
        from form in Gen.Elements(Enum.GetValues<ConsentForm>())
        from date in EventDate
        from details in AgreementDetails
        select PartyEventOf(party, kind, date, details) with { ConsentForm = kind == PartyEventKind.ConsentToBeBound ? form : null };

    /// <summary>A valid reservation or declaration on its own.</summary>
    public static Gen<PartyStatement> PartyStatement =>
        from party in Party
        from kind in Gen.Elements(Enum.GetValues<StatementKind>())
        from day in Date
        from until in Gen.Choose(0, 3000).Select(n => (int?)n).OrNone()
        from details in AgreementDetails
        select new PartyStatement
        {
            Party = party,
            Kind = kind,
            Summary = kind == StatementKind.Reservation ? "Reserves the right not to apply Article 6, paragraph 1." : "Designates the central authority.",
            ValidFrom = Provenance.EventDate.On(day),
            ValidUntil = until is { } n ? Provenance.EventDate.On(day.PlusDays(n)) : null,
            Source = details.Source,
            Confidence = details.Confidence,
        };

    /// <summary>Valid, realistic identifiers: a CETS number, a CELEX number, an ELI and an Official Journal reference, each optional.</summary>
    public static Gen<AgreementIdentifiers> AgreementIdentifiers =>
        from cets in Gen.Choose(1, 250).Select(n => (CoeTreatyNumber?)CoeTreatyNumber.Of(n)).OrNone()
        from celex in Gen.Elements("32005D0809", "22007A1219(01)", "22005A0517(01)").OrNull()
        from eli in Gen.Elements("http://data.europa.eu/eli/dec/2005/809/oj", "https://data.europa.eu/eli/agree_internation/2007/819/oj").OrNull()
        from oj in Gen.Elements("OJ L 334, 19.12.2007, p. 46", "OJ L 124, 17.5.2005", "OJ L, 2023/2105, 20.10.2023").OrNull()
        select new AgreementIdentifiers { Cets = cets, Celex = celex, Eli = eli, OfficialJournal = oj };

    private static Gen<(AgreementIdentifiers? Identifiers, Source Source, Confidence Confidence)> AgreementDetails =>
        from identifiers in AgreementIdentifiers.OrNull()
        from source in Source
        from confidence in Confidence
        select (identifiers, source, confidence);

    private static AgreementEvent AgreementEventOf(AgreementEventKind kind, EventDate date, (AgreementIdentifiers? Identifiers, Source Source, Confidence Confidence) details, string? decision = null) => new()
    {
        Kind = kind,
        Date = date,
        DecisionReference = kind is AgreementEventKind.CouncilDecisionOnSigning or AgreementEventKind.CouncilDecisionOnConclusion ? decision : null,
        Source = details.Source,
        Confidence = details.Confidence,
    };

    private static PartyEvent PartyEventOf(Party party, PartyEventKind kind, EventDate date, (AgreementIdentifiers? Identifiers, Source Source, Confidence Confidence) details) => new()
    {
        Party = party,
        Kind = kind,
        Date = date,
        Source = details.Source,
        Confidence = details.Confidence,
    };
}
