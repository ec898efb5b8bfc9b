using FsCheck;
using FsCheck.Fluent;
using JhaModel.Agreements;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Testing;

/// <content>Breaking generators of the agreements rules.</content>
public static partial class Invalid
{
    private static IEnumerable<BreakingCase> AgreementCases() =>
    [
        Case(JhaErrorCodes.AgreementIdMissing, JhaGenerators.Agreement.Select(a => a with { Id = default })),
        Case(JhaErrorCodes.AgreementKindMissing, JhaGenerators.BilateralAgreement.Select(a => a with { Kind = default })),
        Case(JhaErrorCodes.AgreementTitleMissing, from a in JhaGenerators.Agreement from title in Blank select a with { Title = title }),
        Case(JhaErrorCodes.AgreementValueUndefined,
            from a in JhaGenerators.Agreement
            from value in Gen.Elements(0, 3, 99)
            select a with { Form = (AgreementForm)value }),
        Case(JhaErrorCodes.BilateralPartyCount,
            from a in JhaGenerators.BilateralAgreement
            from extra in Gen.Elements<Party>(Countries.CountryCode.Parse("DE"), Countries.CountryCode.Parse("FR"), OrganisationId.Cepol)
            select a with { Parties = [.. a.Parties, extra] }),
        Case(JhaErrorCodes.AgreementPartyMissing, JhaGenerators.MultilateralAgreement.Select(a => a with { Parties = [.. a.Parties, default] })),
        Case(JhaErrorCodes.AgreementPartyDuplicate, JhaGenerators.MultilateralAgreement.Select(a => a with { Parties = [.. a.Parties, a.Parties[0]] })),
        Case(JhaErrorCodes.PartyNotListed,
            from a in JhaGenerators.MultilateralAgreement
            from outsider in Gen.Elements("PT", "ES", "SE", "FI")
            select a with { PartyEvents = [.. a.PartyEvents, a.PartyEvents[0] with { Party = Party.Parse(outsider), ActingAs = null }] }),
        Case(JhaErrorCodes.PartyEventsOutOfOrder,
            from a in JhaGenerators.BilateralAgreement
            from days in Gen.Choose(1, 400)
            let signature = a.PartyEvents[1]
            select a with
            {
                PartyEvents = [.. a.PartyEvents, signature with { Kind = PartyEventKind.Denunciation, Date = EventDate.On(signature.Date.Latest.PlusDays(-days)) }],
            }),
        Case(JhaErrorCodes.AgreementEventsOutOfOrder,
            from a in JhaGenerators.BilateralAgreement
            from days in Gen.Choose(1, 400)
            let signed = a.PartyEvents[0]
            select a with
            {
                Events =
                [
                    new AgreementEvent { Kind = AgreementEventKind.CouncilDecisionOnSigning, Date = signed.Date, Source = signed.Source, Confidence = signed.Confidence },
                    new AgreementEvent { Kind = AgreementEventKind.CouncilDecisionOnConclusion, Date = EventDate.On(signed.Date.Latest.PlusDays(-days)), Source = signed.Source, Confidence = signed.Confidence },
                ],
            }),
        Case(JhaErrorCodes.EventBeforeOpening,
            from a in JhaGenerators.MultilateralAgreement
            from days in Gen.Choose(1, 400)
            let opened = a.Events[0]
            select a with { PartyEvents = [.. a.PartyEvents, a.PartyEvents[0] with { Date = EventDate.On(opened.Date.Latest.PlusDays(-days)) }] }),
        Case(JhaErrorCodes.EventAfterTermination,
            from a in JhaGenerators.MultilateralAgreement
            from days in Gen.Choose(1, 400)
            let last = a.Events.Select(e => e.Date.Latest).Concat(a.PartyEvents.Select(e => e.Date.Latest)).Max()
            let terminated = new AgreementEvent { Kind = AgreementEventKind.Terminated, Date = EventDate.On(last.PlusDays(1)), Source = a.Events[0].Source, Confidence = a.Events[0].Confidence }
            select a with
            {
                Events = [.. a.Events, terminated],
                PartyEvents = [.. a.PartyEvents, a.PartyEvents[^1] with { Kind = PartyEventKind.Denunciation, Date = EventDate.On(last.PlusDays(1 + days)) }],
            }),
        Case(JhaErrorCodes.EntryIntoForceRuleMismatch,
            from a in JhaGenerators.MultilateralAgreement
            let entry = a.PartyEvents.Last(e => e.Kind == PartyEventKind.EntryIntoForce)
            select a with { PartyEvents = [.. a.PartyEvents.Select(e => ReferenceEquals(e, entry) ? e with { Date = EventDate.On(e.Date.Latest.PlusDays(1)) } : e)] }),
        Case(JhaErrorCodes.EntryIntoForceRuleInvalid,
            from a in JhaGenerators.MultilateralAgreement
            from months in Gen.Elements(0, -3, 25, 120)
            select a with { EntryIntoForceRule = new EntryIntoForceRule { MonthsAfterConsent = months } }),
        Case(JhaErrorCodes.ParentMissing,
            from a in JhaGenerators.ProtocolOfCets185
            from parent in Gen.Elements<AgreementId?>(null, AgreementId.Parse("coe-cets-999"))
            select a with { Parent = parent }),
        Case(JhaErrorCodes.ProtocolPartyNotInParent,
            from a in JhaGenerators.ProtocolOfCets185
            from outsider in Gen.Elements("FR", "DE", "JP", "US")
            select a with { Parties = [.. a.Parties, Party.Parse(outsider)] }),
        Case(JhaErrorCodes.SelfReference, JhaGenerators.Agreement.Select(a => a with { Predecessor = a.Id })),
        Case(JhaErrorCodes.ActingAsInvalid,
            from e in JhaGenerators.PartyEvent
            from code in Gen.Elements("XX", "SU", "DD")
            select e with { ActingAs = code }),
        Case(JhaErrorCodes.ConsentFormInvalid,
            from e in JhaGenerators.PartyEvent
            from form in Gen.Elements(Enum.GetValues<ConsentForm>())
            select e.Kind == PartyEventKind.ConsentToBeBound ? e with { ConsentForm = null } : e with { ConsentForm = form }),
        Case(JhaErrorCodes.CelexInvalid,
            from ids in JhaGenerators.AgreementIdentifiers
            from celex in Gen.Elements("2005D0809", "32005d0809", "CELEX:32005D0809", "32005D809", "")
            select ids with { Celex = celex }),
        Case(JhaErrorCodes.EliInvalid,
            from ids in JhaGenerators.AgreementIdentifiers
            from eli in Gen.Elements("https://eur-lex.europa.eu/eli/dec/2005/809/oj", "data.europa.eu/eli/dec/2005/809", "http://data.europa.eu/eli/", "")
            select ids with { Eli = eli }),
        Case(JhaErrorCodes.OfficialJournalReferenceInvalid,
            from ids in JhaGenerators.AgreementIdentifiers
            from oj in Gen.Elements("OJ L 334, 31.2.2007, p. 46", "L 334/46", "OJ X 334, 19.12.2007", "OJ L 334, 19.13.2007", "")
            select ids with { OfficialJournal = oj }),
        Case(JhaErrorCodes.DecisionReferenceInvalid,
            from e in JhaGenerators.AgreementEvent
            from reference in Gen.Elements("2005-809-EC", "2005/809", "EU 2015/1988", "(EU)2015/1988", "")
            select e with { DecisionReference = reference }),
        Case(JhaErrorCodes.AgreementTextBlank, from s in JhaGenerators.PartyStatement from text in Blank select s with { Summary = text }),
        Case(JhaErrorCodes.StatementPeriodInvalid,
            from s in JhaGenerators.PartyStatement
            from days in Gen.Choose(1, 3000)
            select s with { ValidUntil = EventDate.On(s.ValidFrom!.Value.Latest.PlusDays(-days)) }),
    ];
}
