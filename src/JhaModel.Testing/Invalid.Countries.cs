using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Testing;

/// <content>Breaking generators of the provenance, countries and organisations rules.</content>
public static partial class Invalid
{
    private static readonly string[] Blanks = ["", " ", "\t", "  \n"];

    private static Gen<string> Blank => Gen.Elements(Blanks);

    private static IEnumerable<BreakingCase> ProvenanceCases() =>
    [
        Case(JhaErrorCodes.SourceTitleMissing, from s in JhaGenerators.Source from title in Blank select s with { Title = title }),
        Case(JhaErrorCodes.SourceUrlInvalid,
            from s in JhaGenerators.Source
            from url in Gen.Elements("ftp://eur-lex.europa.eu/", "eur-lex.europa.eu", "not a url", "/relative/path", "mailto:info@eurojust.europa.eu")
            select s with { Url = url }),
        Case(JhaErrorCodes.SourceMissing, JhaGenerators.EuRelationEvent.Select(e => e with { Source = null! })),
        Case(JhaErrorCodes.ConfidenceUndefined,
            from e in JhaGenerators.EuRelationEvent
            from value in Gen.Elements(0, 4, 99, -1)
            select e with { Confidence = (Confidence)value }),
        Case(JhaErrorCodes.EventDateMissing, JhaGenerators.EuRelationEvent.Select(e => e with { Date = default })),
    ];

    private static IEnumerable<BreakingCase> CountryCases() =>
    [
        Case(JhaErrorCodes.NullElement,
            from timeline in JhaGenerators.EuRelationshipTimeline
            from at in Gen.Choose(0, timeline.Events.Count)
            select new EuRelationshipTimeline { Events = [.. timeline.Events.Take(at), null!, .. timeline.Events.Skip(at)] }),
        Case(JhaErrorCodes.CountryCodeMissing, JhaGenerators.Country.Select(c => c with { Code = default })),
        Case(JhaErrorCodes.ShortNameMissing, from c in JhaGenerators.Country from name in Blank select c with { ShortName = name }),
        Case(JhaErrorCodes.OptionalNameBlank,
            from c in JhaGenerators.Country
            from name in Blank
            from official in Gen.Elements(true, false)
            select official ? c with { OfficialName = name } : c with { CommonName = name }),
        Case(JhaErrorCodes.FormerNameMissing, from n in JhaGenerators.FormerName from name in Blank select n with { Name = name }),
        Case(JhaErrorCodes.FormerNamePeriodInvalid,
            JhaGenerators.FormerName.Select(n => n with { ValidFrom = EventDate.InYear(n.ValidUntil.Latest.Year + 1) })),
        Case(JhaErrorCodes.FormerNamesOutOfOrder,
            from c in JhaGenerators.Country
            from later in JhaGenerators.FormerName
            from earlier in JhaGenerators.FormerName
            from gap in Gen.Choose(1, 3000)
            select c with
            {
                FormerNames =
                [
                    later with { ValidUntil = EventDate.On(later.ValidUntil.Latest.PlusDays(gap)) },
                    earlier with { ValidUntil = EventDate.On(later.ValidUntil.Latest.PlusDays(-1)) },
                ],
            }),
        Case(JhaErrorCodes.DesignationRequired, JhaGenerators.Country.Select(_ => CountryRegistry.Get(CountryCode.Kosovo) with { Designation = null })),
        Case(JhaErrorCodes.DesignationDisplayNameMissing, from d in JhaGenerators.CountryDesignation from name in Blank select d with { DisplayName = name }),
        Case(JhaErrorCodes.FootnoteIssuerMissing, JhaGenerators.DesignationFootnote.Select(f => f with { Issuer = default })),
        Case(JhaErrorCodes.FootnoteTextMissing, from f in JhaGenerators.DesignationFootnote from text in Blank select f with { Text = text }),
        Case(JhaErrorCodes.EstablishmentFactMissing, from e in JhaGenerators.CountryEstablishment from fact in Blank select e with { Fact = fact }),
        Case(JhaErrorCodes.FootnoteIssuerDuplicate,
            from d in JhaGenerators.CountryDesignation
            from f in JhaGenerators.DesignationFootnote
            select d with { Footnotes = [f, f with { Text = f.Text + " (restated)" }] }),
        Case(JhaErrorCodes.EuEventKindUndefined,
            from e in JhaGenerators.EuRelationEvent
            from value in Gen.Elements(0, 11, 99, -1)
            select e with { Kind = (EuRelationEventKind)value }),
        Case(JhaErrorCodes.EuEventTextBlank,
            from e in JhaGenerators.EuRelationEvent
            from text in Blank
            from decidedBy in Gen.Elements(true, false)
            select decidedBy ? e with { DecidedBy = text } : e with { Note = text }),
        Case(JhaErrorCodes.EuEventsOutOfOrder,
            from first in JhaGenerators.EuRelationEvent
            from second in JhaGenerators.EuRelationEvent
            from day in JhaGenerators.Date
            from gap in Gen.Choose(1, 3000)
            select new EuRelationshipTimeline
            {
                Events = [first with { Date = EventDate.On(day) }, second with { Date = EventDate.On(day.PlusDays(-gap)) }],
            }),
        Case(JhaErrorCodes.EuEventDuplicate,
            from e in JhaGenerators.EuRelationEvent
            select new EuRelationshipTimeline { Events = [e, e with { Note = "Recorded again." }] }),
        Case(JhaErrorCodes.WithdrawalWithoutMembership,
            from e in JhaGenerators.EuRelationEvent
            where e.Kind != EuRelationEventKind.Membership
            select new EuRelationshipTimeline { Events = [e with { Kind = EuRelationEventKind.Withdrawal }] }),
    ];

    private static IEnumerable<BreakingCase> OrganisationCases() =>
    [
        Case(JhaErrorCodes.OrganisationIdMissing, JhaGenerators.Organisation.Select(o => o with { Id = default })),
        Case(JhaErrorCodes.OrganisationNameMissing, from o in JhaGenerators.Organisation from name in Blank select o with { Name = name }),
        Case(JhaErrorCodes.OrganisationKindUndefined,
            from o in JhaGenerators.Organisation
            from value in Gen.Elements(0, 4, 99)
            select o with { Kind = (OrganisationKind)value }),
        Case(JhaErrorCodes.FormerAcronymBlank, from o in JhaGenerators.Organisation from a in Blank select o with { FormerAcronyms = [.. o.FormerAcronyms, a] }),
        Case(JhaErrorCodes.OrganisationParentSelf, JhaGenerators.Organisation.Select(o => o with { Parent = o.Id })),
    ];
}
