using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Countries;

/// <summary>
/// The rule tables of the countries area: each rule's predicate (in <see cref="CountryRules"/>), code, message and wire
/// member, once, in the order the validators report them. The fast path and the validators both run these tables.
/// </summary>
internal static class CountryRuleTables
{
    private static readonly string EventKinds = string.Join(", ", Enum.GetValues<EuRelationEventKind>().Select(StrictEnumConverter<EuRelationEventKind>.NameOf));

    /// <summary>The rules of an <see cref="Countries.EuRelationEvent"/>.</summary>
    public static RuleTable<EuRelationEvent, NoContext> EuRelationEvent { get; } = new(r =>
    [
        r.Must("kind", x => x.Kind, CountryRules.IsDefined, JhaErrorCodes.EuEventKindUndefined, $"The event kind {{PropertyValue}} is not defined; expected one of: {EventKinds}."),
        r.Must("date", x => x.Date, ProvenanceRules.IsPresent, JhaErrorCodes.EventDateMissing, "The event has no date; expected the day, month, year or range it happened in."),
        r.Must("decidedBy", x => x.DecidedBy, TextRules.IsAbsentOrPresent, JhaErrorCodes.EuEventTextBlank, "The deciding body is blank; expected a name such as 'Council', or no value."),
        r.Must("note", x => x.Note, TextRules.IsAbsentOrPresent, JhaErrorCodes.EuEventTextBlank, "The note is blank; expected text or no value."),
        r.Include(SourcedFactRules<EuRelationEvent>.Table),
    ]);

    /// <summary>The rules of an <see cref="EuRelationshipTimeline"/>.</summary>
    public static RuleTable<EuRelationshipTimeline, NoContext> Timeline { get; } = new(r =>
    [
        r.Each("events", x => x.Events, "The event is null; expected an event."),
        r.NoIndex("events", x => CountryRules.FirstEventOutOfOrder(x.Events), JhaErrorCodes.EuEventsOutOfOrder, (x, i) => $"events[{i}] ({Describe(x.Events[i])}) happened before the event listed before it; expected the events in chronological order."),
        r.NoIndex("events", x => CountryRules.FirstDuplicateEvent(x.Events), JhaErrorCodes.EuEventDuplicate, (x, i) => $"events[{i}] ({Describe(x.Events[i])}) repeats an earlier event; expected each event once."),
        r.NoIndex("events", x => CountryRules.FirstWithdrawalWithoutMembership(x.Events), JhaErrorCodes.WithdrawalWithoutMembership, (x, i) => $"events[{i}] ({Describe(x.Events[i])}) is a withdrawal with no membership before it; expected a membership event first."),
    ]);

    /// <summary>The rules of a <see cref="FormerCountryName"/>.</summary>
    public static RuleTable<FormerCountryName, NoContext> FormerName { get; } = new(r =>
    [
        r.Must("name", x => x.Name, TextRules.IsPresent, JhaErrorCodes.FormerNameMissing, "The former name is blank; expected the name."),
        r.Must("validUntil", x => x.ValidUntil, ProvenanceRules.IsPresent, JhaErrorCodes.EventDateMissing, "The former name has no end date; expected when the next name replaced it."),
        r.Must("validFrom", x => x.ValidFrom, ProvenanceRules.IsAbsentOrPresent, JhaErrorCodes.EventDateMissing, "The start date is the default value; expected a date or no value."),
        r.Must("validUntil", x => x, CountryRules.HasValidPeriod, JhaErrorCodes.FormerNamePeriodInvalid, x => $"The period {x.ValidFrom}–{x.ValidUntil} ends before it starts; expected the end on or after the start."),
        r.Include(SourcedFactRules<FormerCountryName>.Table),
    ]);

    /// <summary>The rules of a <see cref="CountryEstablishment"/>.</summary>
    public static RuleTable<CountryEstablishment, NoContext> Establishment { get; } = new(r =>
    [
        r.Must("fact", x => x.Fact, TextRules.IsPresent, JhaErrorCodes.EstablishmentFactMissing, "The establishment's fact is blank; expected what happened, e.g. 'declaration of independence'."),
        r.Must("date", x => x.Date, ProvenanceRules.IsPresent, JhaErrorCodes.EventDateMissing, "The establishment has no date; expected the day, month, year or range it happened in."),
        r.Include(SourcedFactRules<CountryEstablishment>.Table),
    ]);

    /// <summary>The rules of a <see cref="DesignationFootnote"/>.</summary>
    public static RuleTable<DesignationFootnote, NoContext> Footnote { get; } = new(r =>
    [
        r.Must("issuer", x => x.Issuer, OrganisationRules.IsPresent, JhaErrorCodes.FootnoteIssuerMissing, "The footnote has no issuer; expected the organisation whose wording it is, e.g. 'eu'."),
        r.Must("text", x => x.Text, TextRules.IsPresent, JhaErrorCodes.FootnoteTextMissing, "The footnote text is blank; expected the exact wording."),
        r.Include(SourcedFactRules<DesignationFootnote>.Table),
    ]);

    /// <summary>The rules of a <see cref="CountryDesignation"/>.</summary>
    public static RuleTable<CountryDesignation, NoContext> Designation { get; } = new(r =>
    [
        r.Must("displayName", x => x.DisplayName, TextRules.IsPresent, JhaErrorCodes.DesignationDisplayNameMissing, "The display name is blank; expected the name with its marker, e.g. 'Kosovo*'."),
        r.Each("footnotes", x => x.Footnotes, "The footnote is null; expected a footnote."),
        r.NoIndex("footnotes", x => CountryRules.FirstDuplicateIssuer(x.Footnotes), JhaErrorCodes.FootnoteIssuerDuplicate, (_, i) => $"Footnote {i} has the same issuer as an earlier one; expected one footnote per issuer.", atElement: false),
    ]);

    /// <summary>The rules of a <see cref="Countries.Country"/>.</summary>
    public static RuleTable<Country, NoContext> Country { get; } = new(r =>
    [
        r.Must("code", x => x.Code, CountryRules.IsPresent, JhaErrorCodes.CountryCodeMissing, "The country code is missing; expected an ISO 3166-1 code or XK."),
        r.Must("shortName", x => x.ShortName, TextRules.IsPresent, JhaErrorCodes.ShortNameMissing, "The short name is blank; expected the country's short name."),
        r.Must("officialName", x => x.OfficialName, TextRules.IsAbsentOrPresent, JhaErrorCodes.OptionalNameBlank, "The official name is blank; expected a name or no value."),
        r.Must("commonName", x => x.CommonName, TextRules.IsAbsentOrPresent, JhaErrorCodes.OptionalNameBlank, "The common name is blank; expected a name or no value."),
        r.Each("formerNames", x => x.FormerNames, "The former name is null; expected a former name."),
        r.NoIndex("formerNames", x => CountryRules.FirstFormerNameOutOfOrder(x.FormerNames), JhaErrorCodes.FormerNamesOutOfOrder, (_, i) => $"Former name {i} ended before the name listed before it; expected oldest first.", atElement: false),
        r.Must("designation", x => x, CountryRules.HasDesignationWhenRequired, JhaErrorCodes.DesignationRequired, x => $"The user-assigned code {x.Code} has no designation; expected a display name and footnotes (e.g. 'Kosovo*')."),
        r.Optional("designation", x => x.Designation),
        r.Optional("established", x => x.Established),
        r.Required("euRelationship", x => x.EuRelationship, JhaErrorCodes.NullElement, "The EU relationship is null; expected a timeline (possibly empty)."),
    ]);

    /// <summary>An event as a message names it: its wire kind and date.</summary>
    private static string Describe(EuRelationEvent e) => $"{StrictEnumConverter<EuRelationEventKind>.NameOf(e.Kind)} on {e.Date}";
}
