using System.Text;
using System.Text.Json.Nodes;
using JhaModel.Tests.Support;
using JhaModel.Validation;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The handwritten cases of the integrator's contract: what producers in other languages write by default, and the
/// mistakes integrators make, each with the problem a reader reports (code, path and the words of its message: where,
/// what, and how to fix it) and whether a JSON Schema can decide it. The conformance suite holds each of them.
/// </summary>
internal static class ContractCases
{
    internal sealed record ContractCase(string Name, string Format, byte[] Bytes, bool SchemaDecides, string About, string? Code, string? Path, string[] MessageHas);

    internal static JsonObject Base() => JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Golden.RepositoryRoot, "tests/JhaModel.Tests/Corpus/valid/base.json")))!.AsObject();

    internal static byte[] Indented(JsonObject document) =>
        Encoding.UTF8.GetBytes(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");

    private static ContractCase Document(string name, string about, Action<JsonObject> change, bool schemaDecides, string? code, string? path, params string[] messageHas)
    {
        var document = Base();
        change(document);
        return new(name, "document", Indented(document), schemaDecides, about, code, path, messageHas);
    }

    private static ContractCase Text(string name, string about, Func<string, string> change, bool schemaDecides, string? code, string? path, params string[] messageHas) =>
        new(name, "document", Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(Indented(Base())))), schemaDecides, about, code, path, messageHas);

    public static IReadOnlyList<ContractCase> All { get; } =
    [
        Document("valid-base", "the small valid document the other cases change", _ => { }, true, null, null),
        Document("valid-instant-with-utc-offset", "an instant as Python's datetime.isoformat() writes it: microseconds and +00:00", d => d["generatedAt"] = "2026-12-03T08:00:00.123456+00:00", true, null, null),
        Document("valid-instant-with-other-offset", "an instant with a UTC offset other than zero, read as the same instant", d => d["generatedAt"] = "2026-12-03T09:30:00+01:30", true, null, null),
        Document("valid-instant-from-javascript", "an instant as JavaScript's Date.prototype.toISOString() writes it", d => d["generatedAt"] = "2026-12-03T08:00:00.123Z", true, null, null),
        Document("valid-whole-number-with-fraction-zero", "a count as Python's json.dumps writes a float: 107.0", d => d["statistics"]![0]!["value"] = 107.0m, true, null, null),
        Document("valid-newer-minor-version-with-new-member", "a 1.1 document with a member 1.0 does not define: a warning", d => { d["formatVersion"] = "1.1"; d["retentionPolicy"] = "five years"; }, true, JhaErrorCodes.UnknownMember, "$.retentionPolicy", "retentionPolicy"),
        Document("valid-newer-minor-version-with-nested-new-member", "a 1.1 document with a new member inside a record: a warning", d => { d["formatVersion"] = "1.1"; d["statistics"]![0]!["methodology"] = "counted at registration"; }, true, JhaErrorCodes.UnknownMember, "$.statistics[0].methodology", "methodology"),
        Document("valid-open-vocabulary-near-miss", "an agreement kind one letter from a well-known one: a warning", d => d["agreements"]![0]!["kind"] = "readmision", true, JhaErrorCodes.VocabularyNearMiss, "$.agreements[0].kind", "\"readmision\"", "did you mean \"readmission\"?"),
        Document("valid-open-vocabulary-metric-near-miss", "a statistic metric one letter from a well-known one: a warning", d => d["statistics"]![0]!["metric"] = "registered-case-involving", true, JhaErrorCodes.VocabularyNearMiss, "$.statistics[0].metric", "did you mean \"registered-cases-involving\"?"),
        Document("instant-without-offset", "an instant as Python's isoformat() writes a naive datetime: no offset", d => d["generatedAt"] = "2026-12-03T08:00:00.123456", true, JhaErrorCodes.JsonTypeMismatch, "$.generatedAt", "\"2026-12-03T08:00:00.123456\"", "Z or a UTC offset"),
        Document("instant-with-offset-without-colon", "an offset without its colon (+0000)", d => d["generatedAt"] = "2026-12-03T08:00:00+0000", true, JhaErrorCodes.JsonTypeMismatch, "$.generatedAt", "±hh:mm"),
        Document("whole-number-with-fraction", "a count with a fraction", d => d["statistics"]![0]!["value"] = 107.5m, true, JhaErrorCodes.JsonTypeMismatch, "$.statistics[0].value", "107.5", "whole number"),
        Document("whole-number-as-string", "a count as a string", d => d["statistics"]![0]!["value"] = "107", true, JhaErrorCodes.JsonTypeMismatch, "$.statistics[0].value", "the string \"107\"", "whole number"),
        Document("unknown-member-in-version-1-0", "a member 1.0 does not define, in a 1.0 document", d => d["retentionPolicy"] = "five years", true, JhaErrorCodes.UnknownMember, "$.retentionPolicy", "\"retentionPolicy\"", "Expected one of"),
        Document("closed-value-in-upper-case", "a confidence as Java's Jackson writes an enum by default", d => d["statistics"]![0]!["confidence"] = "VERIFIED", true, JhaErrorCodes.JsonTypeMismatch, "$.statistics[0].confidence", "\"VERIFIED\"", "verified, partial, unverified", "Did you mean \"verified\"?"),
        Document("member-name-in-snake-case", "a member name in snake_case", d => d["statistics"]![0]!.AsObject().Add("reporting_body", d["statistics"]![0]!.AsObject()["reportingBody"]!.DeepClone()), true, JhaErrorCodes.UnknownMember, "$.statistics[0].reporting_body", "\"reporting_body\"", "Did you mean \"reportingBody\"?"),
        Document("country-code-in-lower-case-as-party", "a party written as a lower-case country code, read as an organisation that does not exist", d => d["agreements"]![0]!["parties"]![1] = "al", false, JhaErrorCodes.ReferenceUnresolved, "$.agreements[0].parties[1]", "\"al\"", "Did you mean the country \"AL\"?"),
        Document("country-code-in-alpha-3-as-party", "a party written as an alpha-3 code", d => d["agreements"]![0]!["parties"]![1] = "ALB", true, JhaErrorCodes.JsonTypeMismatch, "$.agreements[0].parties[1]", "\"ALB\"", "Did you mean \"AL\"?"),
        Document("leader-listed-in-lower-case", "a leader listed among the participants in lower case", d => { d["actionPlans"]![0]!["actions"]![0]!["leader"] = "AT"; d["actionPlans"]![0]!["actions"]![0]!["participants"]![2] = "at"; }, false, JhaErrorCodes.ReferenceUnresolved, "$.actionPlans[0].actions[0].participants[2]", "\"at\"", "Did you mean the country \"AT\"?"),
        Document("events-out-of-order", "entry into force before the Council's decision on signing", d => d["agreements"]![0]!["events"]!.AsArray().Insert(0, new JsonObject { ["kind"] = "council-decision-on-signing", ["date"] = "2006-06-01", ["source"] = new JsonObject { ["title"] = "Corpus source" }, ["confidence"] = "verified" }), false, JhaErrorCodes.AgreementEventsOutOfOrder, "$.agreements[0].events[1]", "events[1], entry-into-force on 2006-05-01", "events[0], council-decision-on-signing on 2006-06-01"),
        Document("eu-relationship-event-listed-twice", "an EU-relationship event listed twice", d => d["countries"]![0]!["euRelationship"]!["events"]!.AsArray().Add(d["countries"]![0]!["euRelationship"]!["events"]![0]!.DeepClone()), false, JhaErrorCodes.EuEventDuplicate, "$.countries[0].euRelationship.events[1]", "events[1] (application on 2004-03-22) repeats an earlier event"),
        Document("party-listed-twice", "a party of a multilateral agreement listed twice", d => d["agreements"]![1]!["parties"]!.AsArray().Add(JsonValue.Create("AL")), false, JhaErrorCodes.AgreementPartyDuplicate, "$.agreements[1].parties[2]", "The party AL is listed twice"),
        Text("trailing-comma-on-its-own-line", "a comma after the last member, the closing brace on the next line", t => t.TrimEnd().TrimEnd('}').TrimEnd() + ",\n}\n", true, JhaErrorCodes.JsonSyntaxInvalid, "$", "comma after the last member", "Remove the comma"),
        new("utf-16-with-byte-order-mark", "document", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Indented(Base())))], true, "a document saved as UTF-16 (as Windows tools do)", JhaErrorCodes.JsonSyntaxInvalid, "$", ["UTF-16", "expected UTF-8"]),
        new("utf-16-without-byte-order-mark", "document", Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(Indented(Base()))), true, "a document in UTF-16 big-endian without a byte-order mark", JhaErrorCodes.JsonSyntaxInvalid, "$", ["UTF-16 (big-endian", "expected UTF-8"]),
        new("utf-32-with-byte-order-mark", "document", [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, true).GetBytes(Encoding.UTF8.GetString(Indented(Base())))], true, "a document saved as UTF-32", JhaErrorCodes.JsonSyntaxInvalid, "$", ["UTF-32", "expected UTF-8"]),
        new("empty-input", "document", [], true, "an empty file", JhaErrorCodes.JsonSyntaxInvalid, "$", ["The input is empty", "expected a JSON object"]),
        Document("format-version-2", "a major version this reader does not read", d => d["formatVersion"] = "2.0", true, JhaErrorCodes.FormatVersionUnsupported, "$.formatVersion", "\"2.0\"", "expected 1.x"),
        new("ndjson-unknown-kind", "ndjson", Encoding.UTF8.GetBytes("{\"kind\":\"treaty\",\"record\":{}}\n"), true, "an NDJSON record of a kind the format does not define", JhaErrorCodes.RecordKindUnknown, "$.kind", ["\"treaty\""]),
    ];
}
