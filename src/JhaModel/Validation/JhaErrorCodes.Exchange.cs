namespace JhaModel.Validation;

/// <content>The codes of reading exchange documents and NDJSON streams, and of the document checks.</content>
public static partial class JhaErrorCodes
{
    /// <summary><c>JHA-DOC-001</c>: the input is not well-formed UTF-8 JSON.</summary>
    public const string JsonSyntaxInvalid = "JHA-DOC-001";

    /// <summary><c>JHA-DOC-002</c>: a member has a value of the wrong type or format.</summary>
    public const string JsonTypeMismatch = "JHA-DOC-002";

    /// <summary><c>JHA-DOC-003</c>: a member is not defined by the format.</summary>
    public const string UnknownMember = "JHA-DOC-003";

    /// <summary><c>JHA-DOC-004</c>: an object names a member twice.</summary>
    public const string DuplicateKey = "JHA-DOC-004";

    /// <summary><c>JHA-DOC-005</c>: a required member is missing.</summary>
    public const string RequiredMemberMissing = "JHA-DOC-005";

    /// <summary><c>JHA-DOC-006</c>: a value that cannot be null is null.</summary>
    public const string NullNotAllowed = "JHA-DOC-006";

    /// <summary><c>JHA-DOC-007</c>: the input exceeds a reader limit.</summary>
    public const string LimitExceeded = "JHA-DOC-007";

    /// <summary><c>JHA-DOC-008</c>: the document declares a format version this reader cannot read.</summary>
    public const string FormatVersionUnsupported = "JHA-DOC-008";

    /// <summary><c>JHA-DOC-009</c>: an NDJSON record names an unknown kind.</summary>
    public const string RecordKindUnknown = "JHA-DOC-009";

    /// <summary><c>JHA-DOC-010</c>: an identifier appears twice in a document.</summary>
    public const string IdentifierDuplicate = "JHA-DOC-010";

    /// <summary><c>JHA-DOC-011</c>: a reference does not resolve.</summary>
    public const string ReferenceUnresolved = "JHA-DOC-011";

    /// <summary><c>JHA-DOC-012</c>: an exchange document's producer is blank.</summary>
    public const string ProducerMissing = "JHA-DOC-012";

    /// <summary><c>JHA-DOC-013</c>: a value of an open vocabulary is a near miss of a well-known value (a warning).</summary>
    public const string VocabularyNearMiss = "JHA-DOC-013";

    private static IEnumerable<ErrorCodeInfo> ExchangeArea() =>
    [
        Info(JsonSyntaxInvalid, nameof(JsonSyntaxInvalid), "Exchange", "The input is well-formed UTF-8 JSON; the problem gives the line and column where it is not.") with { Stage = ErrorStage.Reading },
        Info(JsonTypeMismatch, nameof(JsonTypeMismatch), "Exchange", "Every member has a value of the type and format its definition requires (a string for a code, an ISO 8601 date, a defined enum value, …).") with { Stage = ErrorStage.Reading },
        Info(UnknownMember, nameof(UnknownMember), "Exchange", "Every member is defined by the format version the document declares; members a newer minor version defines are reported as warnings.") with { Stage = ErrorStage.Reading },
        Info(DuplicateKey, nameof(DuplicateKey), "Exchange", "An object names each member once.") with { Stage = ErrorStage.Reading },
        Info(RequiredMemberMissing, nameof(RequiredMemberMissing), "Exchange", "Every required member is present.") with { Stage = ErrorStage.Reading },
        Info(NullNotAllowed, nameof(NullNotAllowed), "Exchange", "A member or list element that cannot be null is not null.") with { Stage = ErrorStage.Reading },
        Info(LimitExceeded, nameof(LimitExceeded), "Exchange", "The input stays within the reader's limits: document size, nesting depth, string length, collection size.") with { Stage = ErrorStage.Reading },
        Info(FormatVersionUnsupported, nameof(FormatVersionUnsupported), "Exchange", "The document declares a format version this reader can read: 1.x.") with { Stage = ErrorStage.Reading },
        Info(RecordKindUnknown, nameof(RecordKindUnknown), "Exchange", "Every NDJSON record names a kind this reader knows.") with { Stage = ErrorStage.Reading },
        Info(IdentifierDuplicate, nameof(IdentifierDuplicate), "Exchange", "Identifiers are unique within a document: organisations, countries, agreements and the identifiers of the other collections.") with { Stage = ErrorStage.DocumentCheck },
        Info(ReferenceUnresolved, nameof(ReferenceUnresolved), "Exchange", "Every reference resolves, within the document or the embedded reference data: party organisations, parent agreements and the other cross-references.") with { Stage = ErrorStage.DocumentCheck },
        Info(ProducerMissing, nameof(ProducerMissing), "Exchange", "An exchange document names its producer."),
        Info(VocabularyNearMiss, nameof(VocabularyNearMiss), "Exchange", "A value of an open vocabulary (agreement kinds, statistic and result metrics, units) that is not well known is not within a small edit distance of a well-known one; such a value is reported as a warning, since it is most likely misspelt.") with { Stage = ErrorStage.DocumentCheck },
    ];
}
