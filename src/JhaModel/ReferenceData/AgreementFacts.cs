using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;
using static JhaModel.Agreements.AgreementEventKind;
using static JhaModel.Provenance.Confidence;
using S = JhaModel.ReferenceData.ReferenceSources;

namespace JhaModel.ReferenceData;

/// <summary>
/// The embedded agreements of the Western Balkans six: the EU readmission agreements, the Council of Europe
/// cybercrime treaties, the Europol and Eurojust instruments and the Frontex status agreements. Every date carries
/// its source and confidence; unverified facts are marked so, and gaps stay gaps.
/// </summary>
internal static class AgreementFacts
{
    private static readonly Party Eu = OrganisationId.EuropeanUnion;
    private static readonly Party Europol = OrganisationId.Europol;
    private static readonly Party Eurojust = OrganisationId.Eurojust;
    private static readonly Party Al = CountryCode.Albania;
    private static readonly Party Ba = CountryCode.BosniaAndHerzegovina;
    private static readonly Party Me = CountryCode.Montenegro;
    private static readonly Party Mk = CountryCode.NorthMacedonia;
    private static readonly Party Rs = CountryCode.Serbia;
    private static readonly Party Xk = CountryCode.Kosovo;

    public static Agreement[] All() =>
    [
        .. Readmission(),
        .. CouncilOfEuropeCybercrime(),
        .. EuropolInstruments(),
        .. EurojustInstruments(),
        .. Frontex(),
    ];

    private static IEnumerable<Agreement> Readmission()
    {
        yield return new Agreement
        {
            Id = Id("eu-al-readmission"),
            Kind = AgreementKind.Readmission,
            Title = "Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation",
            Form = AgreementForm.Bilateral,
            Parties = [Eu, Al],
            Identifiers = new AgreementIdentifiers { OfficialJournal = "OJ L 124, 17.5.2005" },
            Events =
            [
                Event(CouncilDecisionOnSigning, Day(2005, 3, 3), S.ReadmissionAlbania, Verified, "2005/371/EC", "OJ L 124, 17.5.2005, p. 21"),
                Event(CouncilDecisionOnConclusion, Day(2005, 11, 7), S.ReadmissionAlbania, Verified, "2005/809/EC", "OJ L 304, 23.11.2005, p. 14", celex: "32005D0809"),
                Event(EntryIntoForce, Day(2006, 5, 1), S.ReadmissionAlbania, Verified),
            ],
            PartyEvents = [.. Signatures(Day(2005, 4, 14), S.ReadmissionAlbania, Verified, Eu, Al)],
        };

        (string Id, Party Party, string Name, string Decision, int Page, Confidence Signed, Confidence InForce, Source Source)[] wb2007 =
        [
            ("eu-mk-readmission", Mk, "the former Yugoslav Republic of Macedonia", "2007/817/EC", 7, Partial, Partial, S.OeilReadmission2007),
            ("eu-me-readmission", Me, "the Republic of Montenegro", "2007/818/EC", 26, Partial, Verified, S.OeilReadmission2007),
            ("eu-rs-readmission", Rs, "the Republic of Serbia", "2007/819/EC", 46, Verified, Verified, S.ReadmissionSerbiaRatification),
            ("eu-ba-readmission", Ba, "Bosnia and Herzegovina", "2007/820/EC", 66, Partial, Partial, S.OeilReadmission2007),
        ];
        foreach (var a in wb2007)
        {
            yield return new Agreement
            {
                Id = Id(a.Id),
                Kind = AgreementKind.Readmission,
                Title = $"Agreement between the European Community and {a.Name} on the readmission of persons residing without authorisation",
                Form = AgreementForm.Bilateral,
                Parties = [Eu, a.Party],
                Identifiers = new AgreementIdentifiers { OfficialJournal = $"OJ L 334, 19.12.2007, p. {a.Page}" },
                Events =
                [
                    Event(CouncilDecisionOnConclusion, Day(2007, 11, 8), S.OjL334Of2007, Verified, a.Decision),
                    Event(EntryIntoForce, Day(2008, 1, 1), a.Source, a.InForce),
                ],
                PartyEvents = [.. Signatures(Day(2007, 9, 18), a.Source, a.Signed, Eu, a.Party)],
            };
        }
    }

    private static IEnumerable<Agreement> CouncilOfEuropeCybercrime()
    {
        var kosovo = new IneligibleParty
        {
            Party = Xk,
            Reason = "Not a member state of the Council of Europe, so not eligible to sign or ratify its treaties.",
            Source = S.KosovoNotCoeMember,
            Confidence = Unverified,
        };

        yield return new Agreement
        {
            Id = Id("coe-cets-185"),
            Kind = AgreementKind.Convention,
            Title = "Convention on Cybercrime (Budapest Convention)",
            Form = AgreementForm.Multilateral,
            Framework = OrganisationId.CouncilOfEurope,
            Parties = [Al, Ba, Me, Mk, Rs, Party.Parse("AT"), Party.Parse("AZ"), Party.Parse("BE")],
            Identifiers = new AgreementIdentifiers { Cets = CoeTreatyNumber.Of(185) },
            EntryIntoForceRule = EntryIntoForceRule.CouncilOfEuropeThreeMonths,
            IneligibleParties = [kosovo],
            Events =
            [
                Event(OpenedForSignature, Day(2001, 11, 23), S.CoeCets185Chart2015, Verified, place: "Budapest"),
                Event(EntryIntoForce, Day(2004, 7, 1), S.CoeCets185Chart2015, Verified,
                    note: "Conditions: 5 ratifications including at least 3 member States of the Council of Europe."),
            ],
            PartyEvents =
            [
                .. Row(Al, Day(2001, 11, 23), Day(2002, 6, 20), Day(2004, 7, 1), S.CoeCets185Chart2015, Verified),
                .. Row(Ba, Day(2005, 2, 9), Day(2006, 5, 19), Day(2006, 9, 1), S.CoeCets185Chart2015, Verified),
                .. Row(Mk, Day(2001, 11, 23), Day(2004, 9, 15), Day(2005, 1, 1), S.EuCyberDirect, Unverified),
                .. Row(Me, Day(2005, 4, 7), Day(2010, 3, 3), Day(2010, 7, 1), S.EuCyberDirect, Unverified, actingAs: "CS"),
                .. Row(Rs, Day(2005, 4, 7), Day(2009, 4, 14), Day(2009, 8, 1), S.EuCyberDirect, Unverified, actingAs: "CS"),
                Consent(Party.Parse("AT"), Day(2012, 6, 13), S.CoeCets185Chart2015, Verified),
                PartyEntry(Party.Parse("AT"), Day(2012, 10, 1), S.CoeCets185Chart2015, Verified),
                Consent(Party.Parse("AZ"), Day(2010, 3, 15), S.CoeCets185Chart2015, Verified),
                PartyEntry(Party.Parse("AZ"), Day(2010, 7, 1), S.CoeCets185Chart2015, Verified),
                Consent(Party.Parse("BE"), Day(2012, 8, 20), S.CoeCets185Chart2015, Verified),
                PartyEntry(Party.Parse("BE"), Day(2012, 12, 1), S.CoeCets185Chart2015, Verified),
            ],
        };

        yield return new Agreement
        {
            Id = Id("coe-cets-189"),
            Kind = AgreementKind.AdditionalProtocol,
            Title = "Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems",
            Form = AgreementForm.Multilateral,
            Framework = OrganisationId.CouncilOfEurope,
            Parent = Id("coe-cets-185"),
            Parties = [Al, Ba, Me, Mk],
            Identifiers = new AgreementIdentifiers { Cets = CoeTreatyNumber.Of(189) },
            IneligibleParties = [kosovo],
            Events =
            [
                Event(OpenedForSignature, Day(2003, 1, 28), S.CyberlawCets189, Verified, place: "Strasbourg"),
                Event(EntryIntoForce, Day(2006, 3, 1), S.CyberlawCets189, Verified),
            ],
            PartyEvents =
            [
                Consent(Al, EventDate.OnOrBefore(new LocalDate(2008, 4, 30)), S.CyberlawCets189, Verified),
                Consent(Ba, EventDate.OnOrBefore(new LocalDate(2008, 4, 30)), S.CyberlawCets189, Verified),
                Consent(Mk, EventDate.OnOrBefore(new LocalDate(2008, 4, 30)), S.CyberlawCets189, Verified),
                PartyEntry(Me, Day(2010, 7, 1), S.Cets189Montenegro, Partial, "Implied by the period covered by Montenegro's declarations."),
            ],
        };

        yield return new Agreement
        {
            Id = Id("coe-cets-224"),
            Kind = AgreementKind.AdditionalProtocol,
            Title = "Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
            Form = AgreementForm.Multilateral,
            Framework = OrganisationId.CouncilOfEurope,
            Parent = Id("coe-cets-185"),
            Parties = [Al, Ba, Me, Mk, Rs],
            Identifiers = new AgreementIdentifiers { Cets = CoeTreatyNumber.Of(224) },
            IneligibleParties = [kosovo],
            Events = [Event(OpenedForSignature, Day(2022, 5, 12), S.CoeNews20240620, Verified, place: "Strasbourg")],
            PartyEvents =
            [
                Signature(Me, Day(2022, 5, 12), S.Cets224Verdragenbank, Verified),
                Signature(Mk, Day(2022, 5, 12), S.Cets224Verdragenbank, Verified),
                Signature(Rs, Day(2022, 5, 12), S.Cets224Verdragenbank, Verified),
                Signature(Al, Day(2023, 2, 27), S.Cets224Verdragenbank, Verified),
                Signature(Ba, Day(2025, 11, 14), S.Cets224Verdragenbank, Verified),
                Consent(Rs, Day(2023, 2, 9), S.Cets224Verdragenbank, Verified, "Ratified with reservations and declarations."),
            ],
        };
    }

    private static IEnumerable<Agreement> EuropolInstruments()
    {
        yield return Instrument("europol-al-operational", AgreementKind.OperationalAndStrategicCooperation,
            "Agreement on operational and strategic cooperation between Albania and Europol", Al, Europol,
            [.. Signatures(Day(2013, 12, 9), S.EuropolAlbania2013, Partial, Al, Europol)],
            place: "The Hague");
        yield return Instrument("europol-ba-operational", AgreementKind.OperationalAndStrategicCooperation,
            "Agreement on operational and strategic cooperation between Bosnia and Herzegovina and Europol", Ba, Europol,
            [.. Signatures(Day(2016, 8, 31), S.EuropolBosnia2016, Partial, Ba, Europol)],
            place: "Sarajevo");
        yield return Instrument("europol-mk-strategic", AgreementKind.StrategicCooperation,
            "Strategic agreement between North Macedonia and Europol", Mk, Europol,
            [.. Signatures(EventDate.InYear(2007), S.EuCyberDirect, Verified, Mk, Europol)]);
        yield return Instrument("europol-mk-operational", AgreementKind.OperationalAndStrategicCooperation,
            "Operational agreement between North Macedonia and Europol", Mk, Europol,
            [.. Signatures(EventDate.InYear(2011), S.EuCyberDirect, Verified, Mk, Europol)]);
        yield return Instrument("europol-rs-strategic", AgreementKind.StrategicCooperation,
            "Strategic agreement between Serbia and Europol", Rs, Europol,
            [.. Signatures(EventDate.InYear(2008), S.EuropolSerbia, Verified, Rs, Europol)]);
        yield return Instrument("europol-rs-operational", AgreementKind.OperationalAndStrategicCooperation,
            "Agreement on operational and strategic cooperation between Serbia and Europol", Rs, Europol,
            [.. Signatures(Day(2014, 1, 16), S.EuropolSerbia, Unverified, Rs, Europol)],
            [Event(EntryIntoForce, EventDate.InYear(2014), S.EuropolSerbia, Verified, note: "The Serbian law on the agreement is in force since 2014.")]);
        yield return Instrument("europol-xk-working-arrangement", AgreementKind.WorkingArrangement,
            "Working Arrangement establishing cooperative relations between the law enforcement authorities of Kosovo* and Europol", Xk, Europol,
            [.. Signatures(Day(2020, 7, 27), S.EuropolKosovo2020, Verified, Xk, Europol)],
            [Event(EntryIntoForce, Day(2020, 7, 27), S.EuropolKosovo2020, Verified, note: "Effective on signature; approved by the Europol Management Board on 9–10 June 2020.")]);
        yield return Instrument("europol-xk-information-exchange", AgreementKind.CooperationAgreement,
            "Agreement between Kosovo* and Europol on the exchange and protection of information", Xk, Europol,
            [.. Signatures(EventDate.InMonth(2022, 2), S.EuropolKosovo2022, Verified, Xk, Europol)]);
    }

    private static IEnumerable<Agreement> EurojustInstruments()
    {
        yield return Instrument("eurojust-mk-cooperation", AgreementKind.CooperationAgreement,
            "Agreement on cooperation between Eurojust and North Macedonia", Mk, Eurojust,
            [.. Signatures(EventDate.InYear(2008), S.EurojustNorthMacedonia, Verified, Mk, Eurojust)]);
        yield return Instrument("eurojust-me-cooperation", AgreementKind.CooperationAgreement,
            "Agreement on cooperation between Eurojust and Montenegro", Me, Eurojust,
            [.. Signatures(Day(2016, 5, 3), S.EurojustMontenegro, Verified, Me, Eurojust)],
            place: "Brussels");
        yield return Instrument("eurojust-al-cooperation", AgreementKind.CooperationAgreement,
            "Agreement on cooperation between Eurojust and Albania", Al, Eurojust,
            [.. Signatures(Day(2018, 10, 5), S.EurojustAlbania, Verified, Al, Eurojust)],
            [Event(EntryIntoForce, Day(2019, 11, 1), S.EurojustAlbania, Partial, note: "The source gives 1 November; the year 2019 follows from the context.")],
            place: "Tirana");
        yield return Instrument("eurojust-rs-cooperation", AgreementKind.CooperationAgreement,
            "Agreement on cooperation between Eurojust and Serbia", Rs, Eurojust,
            [.. Signatures(Day(2019, 11, 26), S.EurojustSerbia, Partial, Rs, Eurojust)]);
        yield return new Agreement
        {
            Id = Id("eu-ba-eurojust"),
            Kind = AgreementKind.CooperationAgreement,
            Title = "Agreement between the European Union and Bosnia and Herzegovina on cooperation between Eurojust and the authorities of Bosnia and Herzegovina competent for judicial cooperation in criminal matters",
            Form = AgreementForm.Bilateral,
            Parties = [Eu, Ba],
            Events =
            [
                Event(CouncilDecisionOnSigning, EventDate.InYear(2024), S.EurojustBosnia, Verified, "(EU) 2024/2704"),
                Event(CouncilDecisionOnConclusion, Day(2025, 4, 14), S.EurojustBosnia, Verified, "(EU) 2025/866",
                    note: "European Parliament consent on 2025-04-02 (619–9–45); published in the Official Journal of 7.5.2025. No entry-into-force date is recorded in the sources."),
            ],
            PartyEvents = [.. Signatures(Day(2024, 10, 28), S.EurojustBosnia, Verified, Eu, Ba)],
        };
    }

    private static IEnumerable<Agreement> Frontex()
    {
        yield return Status("eu-al-frontex-status", "Albania", Al, null,
            [Event(EntryIntoForce, Day(2019, 5, 1), S.FrontexAlbania, Verified)],
            [.. Signatures(Day(2018, 10, 5), S.FrontexAlbania, Verified, Eu, Al)]);
        yield return Status("eu-al-frontex-status-2", "Albania", Al, "eu-al-frontex-status",
            [Event(CouncilDecisionOnSigning, EventDate.InYear(2023), S.FrontexStatusSummary, Verified, "(EU) 2023/2105")],
            []);
        yield return Status("eu-me-frontex-status", "Montenegro", Me, null,
            [
                Event(Initialled, Day(2019, 2, 5), S.FrontexMontenegro, Verified),
                Event(EntryIntoForce, Day(2020, 7, 1), S.FrontexMontenegro, Verified),
            ],
            [.. Signatures(Day(2019, 10, 7), S.FrontexMontenegro, Verified, Eu, Me)]);
        yield return Status("eu-me-frontex-status-2", "Montenegro", Me, "eu-me-frontex-status",
            [
                Event(CouncilDecisionOnSigning, EventDate.InYear(2023), S.FrontexMontenegro, Verified, "(EU) 2023/1040"),
                Event(CouncilDecisionOnConclusion, EventDate.InYear(2023), S.FrontexMontenegro, Verified, "(EU) 2023/2760"),
            ],
            [
                .. Signatures(Day(2023, 5, 16), S.FrontexMontenegro, Verified, Eu, Me),
                .. new[] { Eu, Me }.Select(p => PartyEventOf(p, PartyEventKind.ProvisionalApplication, Day(2023, 7, 1), S.FrontexMontenegro, Verified)),
            ]);
        yield return Status("eu-mk-frontex-status", "North Macedonia", Mk, null,
            [Event(Initialled, EventDate.InMonth(2018, 7), S.FrontexStatusSummary, Verified, note: "Initialled; not concluded.")],
            []);
        yield return Status("eu-mk-frontex-status-2", "North Macedonia", Mk, "eu-mk-frontex-status",
            [
                Event(CouncilDecisionOnSigning, EventDate.InYear(2022), S.FrontexStatusSummary, Verified, "(EU) 2022/1958"),
                Event(CouncilDecisionOnConclusion, EventDate.InYear(2023), S.FrontexStatusSummary, Verified, "(EU) 2023/418"),
                Event(EntryIntoForce, Day(2023, 4, 1), S.FrontexStatusSummary, Unverified),
            ],
            [.. Signatures(Day(2022, 10, 26), S.FrontexStatusSummary, Unverified, Eu, Mk)]);
        yield return Status("eu-rs-frontex-status", "Serbia", Rs, null,
            [
                Event(CouncilDecisionOnConclusion, EventDate.Between(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)), S.FrontexStatusSummary, Verified,
                    note: "Adopted together with Montenegro's under the Croatian Presidency (first half of 2020)."),
                Event(EntryIntoForce, Day(2021, 5, 1), S.FrontexStatusSummary, Unverified),
            ],
            [.. Signatures(Day(2019, 11, 19), S.FrontexStatusSummary, Unverified, Eu, Rs)]);
        yield return Status("eu-ba-frontex-status", "Bosnia and Herzegovina", Ba, null,
            [Event(Initialled, EventDate.InMonth(2019, 1), S.FrontexStatusSummary, Verified, note: "Initialled; not concluded.")],
            []);
    }

    private static Agreement Status(string id, string name, Party country, string? predecessor, AgreementEvent[] events, PartyEvent[] partyEvents) => new()
    {
        Id = Id(id),
        Kind = AgreementKind.StatusAgreement,
        Title = predecessor is null
            ? $"Status agreement between the European Union and {name} on actions carried out by the European Border and Coast Guard Agency"
            : $"Status agreement between the European Union and {name} on operational activities carried out by the European Border and Coast Guard Agency (Regulation (EU) 2019/1896)",
        Form = AgreementForm.Bilateral,
        Parties = [Eu, country],
        Predecessor = predecessor is null ? null : Id(predecessor),
        Events = events,
        PartyEvents = partyEvents,
    };

    private static Agreement Instrument(string id, AgreementKind kind, string title, Party country, Party agency, PartyEvent[] partyEvents, AgreementEvent[]? events = null, string? place = null) => new()
    {
        Id = Id(id),
        Kind = kind,
        Title = title,
        Form = AgreementForm.Bilateral,
        Parties = [country, agency],
        Events = events ?? [],
        PartyEvents = place is null ? partyEvents : [.. partyEvents.Select(e => e with { Note = $"Signed in {place}." })],
    };

    private static IEnumerable<PartyEvent> Row(Party party, EventDate signature, EventDate consent, EventDate entry, Source source, Confidence confidence, string? actingAs = null)
    {
        yield return Signature(party, signature, source, confidence) with { ActingAs = actingAs, Note = actingAs is null ? null : "Signed as Serbia and Montenegro." };
        yield return Consent(party, consent, source, confidence);
        yield return PartyEntry(party, entry, source, confidence);
    }

    private static IEnumerable<PartyEvent> Signatures(EventDate date, Source source, Confidence confidence, params Party[] parties) =>
        parties.Select(p => Signature(p, date, source, confidence));

    private static PartyEvent Signature(Party party, EventDate date, Source source, Confidence confidence) =>
        PartyEventOf(party, PartyEventKind.Signature, date, source, confidence);

    private static PartyEvent Consent(Party party, EventDate date, Source source, Confidence confidence, string? note = null) =>
        PartyEventOf(party, PartyEventKind.ConsentToBeBound, date, source, confidence) with { ConsentForm = ConsentForm.Ratification, Note = note };

    private static PartyEvent PartyEntry(Party party, EventDate date, Source source, Confidence confidence, string? note = null) =>
        PartyEventOf(party, PartyEventKind.EntryIntoForce, date, source, confidence) with { Note = note };

    private static PartyEvent PartyEventOf(Party party, PartyEventKind kind, EventDate date, Source source, Confidence confidence) =>
        new() { Party = party, Kind = kind, Date = date, Source = source, Confidence = confidence };

    private static AgreementEvent Event(AgreementEventKind kind, EventDate date, Source source, Confidence confidence, string? decision = null, string? officialJournal = null, string? celex = null, string? place = null, string? note = null) =>
        new() { Kind = kind, Date = date, DecisionReference = decision, OfficialJournal = officialJournal, Celex = celex, Place = place, Note = note, Source = source, Confidence = confidence };

    private static AgreementId Id(string id) => AgreementId.Parse(id);

    private static EventDate Day(int year, int month, int day) => EventDate.On(new LocalDate(year, month, day));
}
