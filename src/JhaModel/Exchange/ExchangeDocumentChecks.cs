using System.Text.Json;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Organisations;
using JhaModel.ReferenceData;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Exchange;

/// <summary>The checks that span a whole document: identifiers unique, references resolved in the document or the reference data (the embedded dataset unless the reader is given another).</summary>
internal static class ExchangeDocumentChecks
{
    public static void Run(ExchangeDocument document, JsonElement root, ProblemList problems, JhaDataset? reference = null)
    {
        Unique(document.Organisations, o => o.Id.ToString(), "organisations", "id", root, problems);
        Unique(document.Countries, c => c.Code.ToString(), "countries", "code", root, problems);
        Unique(document.Agreements, a => a.Id.ToString(), "agreements", "id", root, problems);

        Unique(document.PolicyCycles, c => c.Id.ToString(), "policyCycles", "id", root, problems);
        var priorityKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int c = 0; c < document.PolicyCycles.Count; c++)
        {
            var priorities = document.PolicyCycles[c].Priorities;
            for (int p = 0; p < priorities.Count; p++)
            {
                string key = priorities[p].Key.ToString();
                string at = $"policyCycles[{c}].priorities[{p}]";
                if (key.Length > 0 && !priorityKeys.TryAdd(key, at))
                {
                    problems.Add(
                        JhaErrorCodes.IdentifierDuplicate,
                        PathOf(root, $".{at}.key", problems),
                        $"The priority key {JsonErrors.Quote(key.ToString())} is used again by {at} (first at {priorityKeys[key]}); expected each key once in a document.");
                }
            }
        }

        var organisations = document.Organisations.Select(o => o.Id).ToHashSet();
        bool Known(OrganisationId id) => organisations.Contains(id) || (reference is null ? OrganisationRegistry.TryGet(id, out _) : reference.Organisations.TryGet(id, out _));

        for (int i = 0; i < document.Organisations.Count; i++)
        {
            if (document.Organisations[i].Parent is { } parent && !Known(parent))
            {
                Unresolved($"$.organisations[{i}].parent", $"The parent organisation {JsonErrors.Quote(parent.ToString())}", root, problems);
            }
        }

        for (int i = 0; i < document.Countries.Count; i++)
        {
            var footnotes = document.Countries[i].Designation?.Footnotes ?? [];
            for (int f = 0; f < footnotes.Count; f++)
            {
                if (footnotes[f].Issuer is { IsDefault: false } issuer && !Known(issuer))
                {
                    Unresolved($"$.countries[{i}].designation.footnotes[{f}].issuer", $"The issuer {JsonErrors.Quote(issuer.ToString())}", root, problems);
                }
            }
        }

        var agreements = document.Agreements.Select(a => a.Id).ToHashSet();
        for (int i = 0; i < document.Agreements.Count; i++)
        {
            var agreement = document.Agreements[i];
            string path = $"$.agreements[{i}]";
            for (int p = 0; p < agreement.Parties.Count; p++)
            {
                if (agreement.Parties[p].Organisation is { } id && !Known(id))
                {
                    Unresolved($"{path}.parties[{p}]", $"The party {JsonErrors.Quote(id.ToString())}", root, problems, PartyHint(id));
                }
            }

            if (agreement.Framework is { } framework && !Known(framework))
            {
                Unresolved($"{path}.framework", $"The framework organisation {JsonErrors.Quote(framework.ToString())}", root, problems);
            }

            // A parent that does not resolve is reported by AgreementValidator (JHA-AGR-015), which looks in the document too.
            if (agreement.Predecessor is { IsDefault: false } predecessor && !agreements.Contains(predecessor) && !(reference is null ? AgreementRegistry.TryGet(predecessor, out _) : reference.Agreements.TryGet(predecessor, out _)))
            {
                Unresolved($"{path}.predecessor", $"The predecessor agreement {JsonErrors.Quote(predecessor.ToString())}", root, problems);
            }
        }

        CheckPlans(document, root, problems, Known, reference);
        OpenVocabularies.Check(document, root, problems);

        for (int i = 0; i < document.Statistics.Count; i++)
        {
            var statistic = document.Statistics[i];
            if (!statistic.ReportingBody.IsDefault && !Known(statistic.ReportingBody))
            {
                Unresolved($"$.statistics[{i}].reportingBody", $"The reporting body {JsonErrors.Quote(statistic.ReportingBody.ToString())}", root, problems);
            }

        }
    }

    private static void CheckPlans(ExchangeDocument document, JsonElement root, ProblemList problems, Func<OrganisationId, bool> known, JhaDataset? reference)
    {
        var documentPriorities = document.PolicyCycles.SelectMany(c => c.Priorities).Select(p => p.Key).ToHashSet();
        for (int i = 0; i < document.ActionPlans.Count; i++)
        {
            var plan = document.ActionPlans[i];
            string path = $"$.actionPlans[{i}]";
            if (!plan.Priority.IsDefault && !documentPriorities.Contains(plan.Priority) && !(reference is null ? EmpactRegistry.TryGetPriority(plan.Priority, out _) : reference.Empact.TryGetPriority(plan.Priority, out _)))
            {
                Unresolved($"{path}.priority", $"The priority {JsonErrors.Quote(plan.Priority.ToString())}", root, problems);
            }

            for (int a = 0; a < plan.Actions.Count; a++)
            {
                var action = plan.Actions[a];
                var parties = new[] { ("leader", action.Leader) }
                    .Concat(action.CoLeaders.Select((p, k) => ($"coLeaders[{k}]", p)))
                    .Concat(action.Participants.Select((p, k) => ($"participants[{k}]", p)));
                foreach (var (member, party) in parties)
                {
                    if (party.Organisation is { } id && !known(id))
                    {
                        Unresolved($"{path}.actions[{a}].{member}", $"The party {JsonErrors.Quote(id.ToString())}", root, problems, PartyHint(id));
                    }
                }
            }
        }
    }

    private static void Unique<T>(IReadOnlyList<T> items, Func<T, string> key, string collection, string member, JsonElement root, ProblemList problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            string k = key(items[i]);
            if (k.Length == 0)
            {
                continue;
            }

            if (!seen.TryAdd(k, i))
            {
                problems.Add(
                    JhaErrorCodes.IdentifierDuplicate,
                    PathOf(root, $".{collection}[{i}].{member}", problems),
                    $"The {member} {JsonErrors.Quote(k.ToString())} is used again by {collection}[{i}] (first at {collection}[{seen[k]}]); expected each {member} once in a document.");
            }
        }
    }

    /// <summary>
    /// The path of a problem, resolved against the input; not resolved once the list is full, since such a problem is
    /// only counted (resolving walks the collection from its start, and doing so for every element of a long one
    /// would take quadratic time).
    /// </summary>
    private static string PathOf(JsonElement root, string relative, ProblemList problems) =>
        problems.IsFull ? "$" : ValidationProblems.Existing(root, "$", relative);

    private static void Unresolved(string path, string what, JsonElement root, ProblemList problems, string? hint = null) =>
        problems.Add(
            JhaErrorCodes.ReferenceUnresolved,
            PathOf(root, path[1..], problems),
            $"{what} is neither in the document nor in the embedded reference data; expected a reference that resolves.{hint}");

    /// <summary>A hint for a party read as an unknown organisation: a country code in lower case (<c>"al"</c>, <c>"alb"</c>) is meant as the upper-case alpha-2 code.</summary>
    private static string? PartyHint(OrganisationId id) =>
        CountryCode.TryParse(id.ToString(), out var code)
            ? $" Did you mean the country {JsonErrors.Quote(code.Alpha2)}? A country is written as its upper-case ISO 3166-1 alpha-2 code."
            : NearMiss.Find(id.ToString(), OrganisationRegistry.All.Select(o => o.Id.ToString())) is { } meant ? $" Did you mean {JsonErrors.Quote(meant)}?" : null;
}
