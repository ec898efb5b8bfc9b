namespace JhaModel.Validation;

/// <content>The codes of the general, provenance, countries and organisations rules.</content>
public static partial class JhaErrorCodes
{
    /// <summary><c>JHA-GEN-001</c>: a list contains a null element.</summary>
    public const string NullElement = "JHA-GEN-001";

    /// <summary><c>JHA-SRC-001</c>: a fact has no source.</summary>
    public const string SourceMissing = "JHA-SRC-001";

    /// <summary><c>JHA-SRC-002</c>: a source's title is blank.</summary>
    public const string SourceTitleMissing = "JHA-SRC-002";

    /// <summary><c>JHA-SRC-003</c>: a source's URL is not an absolute http or https URL.</summary>
    public const string SourceUrlInvalid = "JHA-SRC-003";

    /// <summary><c>JHA-SRC-004</c>: a confidence is not one of the defined values.</summary>
    public const string ConfidenceUndefined = "JHA-SRC-004";

    /// <summary><c>JHA-SRC-005</c>: a required event date is missing (the default value).</summary>
    public const string EventDateMissing = "JHA-SRC-005";

    /// <summary><c>JHA-CTY-001</c>: a country code is missing (the default value).</summary>
    public const string CountryCodeMissing = "JHA-CTY-001";

    /// <summary><c>JHA-CTY-002</c>: a country's short name is blank.</summary>
    public const string ShortNameMissing = "JHA-CTY-002";

    /// <summary><c>JHA-CTY-003</c>: an optional country name (official or common) is present but blank.</summary>
    public const string OptionalNameBlank = "JHA-CTY-003";

    /// <summary><c>JHA-CTY-004</c>: a former name is blank.</summary>
    public const string FormerNameMissing = "JHA-CTY-004";

    /// <summary><c>JHA-CTY-005</c>: a former name's period ends before it starts.</summary>
    public const string FormerNamePeriodInvalid = "JHA-CTY-005";

    /// <summary><c>JHA-CTY-006</c>: former names are not in chronological order.</summary>
    public const string FormerNamesOutOfOrder = "JHA-CTY-006";

    /// <summary><c>JHA-CTY-007</c>: a country with a user-assigned code (Kosovo) has no designation.</summary>
    public const string DesignationRequired = "JHA-CTY-007";

    /// <summary><c>JHA-CTY-008</c>: a designation's display name is blank.</summary>
    public const string DesignationDisplayNameMissing = "JHA-CTY-008";

    /// <summary><c>JHA-CTY-009</c>: a designation footnote has no issuer.</summary>
    public const string FootnoteIssuerMissing = "JHA-CTY-009";

    /// <summary><c>JHA-CTY-010</c>: a designation footnote's text is blank.</summary>
    public const string FootnoteTextMissing = "JHA-CTY-010";

    /// <summary><c>JHA-CTY-011</c>: a designation has two footnotes of the same issuer.</summary>
    public const string FootnoteIssuerDuplicate = "JHA-CTY-011";

    /// <summary><c>JHA-CTY-012</c>: a country's establishment has a blank fact.</summary>
    public const string EstablishmentFactMissing = "JHA-CTY-012";

    /// <summary><c>JHA-EUR-001</c>: an EU-relationship event's kind is not one of the defined values.</summary>
    public const string EuEventKindUndefined = "JHA-EUR-001";

    /// <summary><c>JHA-EUR-002</c>: EU-relationship events are not in chronological order.</summary>
    public const string EuEventsOutOfOrder = "JHA-EUR-002";

    /// <summary><c>JHA-EUR-003</c>: the same EU-relationship event (kind, date and deciding body) is recorded twice.</summary>
    public const string EuEventDuplicate = "JHA-EUR-003";

    /// <summary><c>JHA-EUR-004</c>: a withdrawal is recorded without an earlier membership.</summary>
    public const string WithdrawalWithoutMembership = "JHA-EUR-004";

    /// <summary><c>JHA-EUR-005</c>: an optional text of an EU-relationship event (deciding body, note) is present but blank.</summary>
    public const string EuEventTextBlank = "JHA-EUR-005";

    /// <summary><c>JHA-ORG-001</c>: an organisation identifier is missing (the default value).</summary>
    public const string OrganisationIdMissing = "JHA-ORG-001";

    /// <summary><c>JHA-ORG-002</c>: an organisation's name is blank.</summary>
    public const string OrganisationNameMissing = "JHA-ORG-002";

    /// <summary><c>JHA-ORG-003</c>: an organisation's kind is not one of the defined values.</summary>
    public const string OrganisationKindUndefined = "JHA-ORG-003";

    /// <summary><c>JHA-ORG-004</c>: an organisation's former acronym is blank.</summary>
    public const string FormerAcronymBlank = "JHA-ORG-004";

    /// <summary><c>JHA-ORG-005</c>: an organisation names itself as its parent.</summary>
    public const string OrganisationParentSelf = "JHA-ORG-005";

    private static IEnumerable<ErrorCodeInfo> CountriesArea() =>
    [
        Info(NullElement, nameof(NullElement), "General", "Lists never contain null elements; remove the null or give a value."),
        Info(SourceMissing, nameof(SourceMissing), "Provenance", "Every fact names its source."),
        Info(SourceTitleMissing, nameof(SourceTitleMissing), "Provenance", "A source has a title or citation that is not blank."),
        Info(SourceUrlInvalid, nameof(SourceUrlInvalid), "Provenance", "A source URL, when given, is an absolute http or https URL."),
        Info(ConfidenceUndefined, nameof(ConfidenceUndefined), "Provenance", "A confidence is verified, partial or unverified."),
        Info(EventDateMissing, nameof(EventDateMissing), "Provenance", "A required event date is given (not the default value)."),
        Info(CountryCodeMissing, nameof(CountryCodeMissing), "Countries", "A country code is given (not the default value)."),
        Info(ShortNameMissing, nameof(ShortNameMissing), "Countries", "A country has a short name that is not blank."),
        Info(OptionalNameBlank, nameof(OptionalNameBlank), "Countries", "An official or common name, when given, is not blank."),
        Info(FormerNameMissing, nameof(FormerNameMissing), "Countries", "A former name is not blank."),
        Info(FormerNamePeriodInvalid, nameof(FormerNamePeriodInvalid), "Countries", "A former name's period does not end before it starts."),
        Info(FormerNamesOutOfOrder, nameof(FormerNamesOutOfOrder), "Countries", "Former names are listed oldest first: none certainly ends before the one listed before it."),
        Info(DesignationRequired, nameof(DesignationRequired), "Countries", "A country with a user-assigned code (Kosovo) carries a designation, so that it is displayed as agreed (Kosovo*)."),
        Info(DesignationDisplayNameMissing, nameof(DesignationDisplayNameMissing), "Countries", "A designation has a display name that is not blank."),
        Info(FootnoteIssuerMissing, nameof(FootnoteIssuerMissing), "Countries", "A designation footnote names its issuing organisation."),
        Info(FootnoteTextMissing, nameof(FootnoteTextMissing), "Countries", "A designation footnote has text that is not blank."),
        Info(FootnoteIssuerDuplicate, nameof(FootnoteIssuerDuplicate), "Countries", "A designation has at most one footnote per issuing organisation."),
        Info(EstablishmentFactMissing, nameof(EstablishmentFactMissing), "Countries", "A country's establishment says in words what happened."),
        Info(EuEventKindUndefined, nameof(EuEventKindUndefined), "Countries", "An EU-relationship event's kind is one of the defined kinds."),
        Info(EuEventsOutOfOrder, nameof(EuEventsOutOfOrder), "Countries", "EU-relationship events are listed in chronological order: none certainly happened before the one listed before it."),
        Info(EuEventDuplicate, nameof(EuEventDuplicate), "Countries", "No EU-relationship event (same kind, date and deciding body) is recorded twice."),
        Info(WithdrawalWithoutMembership, nameof(WithdrawalWithoutMembership), "Countries", "A withdrawal from the EU follows a membership event."),
        Info(EuEventTextBlank, nameof(EuEventTextBlank), "Countries", "An EU-relationship event's deciding body and note, when given, are not blank."),
        Info(OrganisationIdMissing, nameof(OrganisationIdMissing), "Organisations", "An organisation identifier is given (not the default value)."),
        Info(OrganisationNameMissing, nameof(OrganisationNameMissing), "Organisations", "An organisation has a name that is not blank."),
        Info(OrganisationKindUndefined, nameof(OrganisationKindUndefined), "Organisations", "An organisation's kind is one of the defined kinds."),
        Info(FormerAcronymBlank, nameof(FormerAcronymBlank), "Organisations", "An organisation's former acronyms are not blank."),
        Info(OrganisationParentSelf, nameof(OrganisationParentSelf), "Organisations", "An organisation is not its own parent."),
    ];
}
