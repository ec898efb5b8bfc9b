using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>The rule table of an exchange document's envelope: each rule's predicate, code, message and wire member, once.</summary>
internal static class ExchangeRuleTables
{
    /// <summary>The rules of an <see cref="ExchangeDocument"/>'s envelope; its records have rules of their own, run when a document is read.</summary>
    public static RuleTable<ExchangeDocument, NoContext> Document { get; } = new(r =>
    [
        r.Must("producer", x => x.Producer, TextRules.IsPresent, JhaErrorCodes.ProducerMissing, "The producer is blank; expected the system or organisation that produced the document."),
    ]);
}
