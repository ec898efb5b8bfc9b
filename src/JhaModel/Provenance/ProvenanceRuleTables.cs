using JhaModel.Validation;

namespace JhaModel.Provenance;

/// <summary>The rule tables of the provenance types: each rule's predicate, code, message and wire member, once.</summary>
internal static class ProvenanceRuleTables
{
    /// <summary>The rules of a <see cref="Source"/>.</summary>
    public static RuleTable<Source, NoContext> Source { get; } = new(r =>
    [
        r.Must("title", x => x.Title, TextRules.IsPresent, JhaErrorCodes.SourceTitleMissing, "The source title is blank; expected a title or citation."),
        r.Must("url", x => x.Url, ProvenanceRules.IsAbsoluteHttpUrl, JhaErrorCodes.SourceUrlInvalid, "The source URL '{PropertyValue}' is not an absolute http or https URL."),
    ]);
}

/// <summary>The rules every <see cref="ISourcedFact"/> obeys, included by the tables of the sourced types.</summary>
/// <typeparam name="T">The sourced type.</typeparam>
internal static class SourcedFactRules<T>
    where T : class, ISourcedFact
{
    /// <summary>A source that passes its own rules, and a defined confidence.</summary>
    public static RuleTable<T, NoContext> Table { get; } = new(r =>
    [
        r.Required("source", x => x.Source, JhaErrorCodes.SourceMissing, "The fact has no source; expected the source it comes from."),
        r.Must("confidence", x => x.Confidence, ProvenanceRules.IsDefined, JhaErrorCodes.ConfidenceUndefined, "The confidence {PropertyValue} is not defined; expected verified, partial or unverified."),
    ]);
}
