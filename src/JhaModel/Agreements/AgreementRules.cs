using System.Globalization;
using System.Text.RegularExpressions;
using JhaModel.Collections;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Agreements;

// Stryker disable Linq : the lists' Count is a property and Lists.All is not LINQ; mutants of them into Sum and Any cannot compile.

/// <summary>The predicates behind the agreement rules; each is static and shared by every runner.</summary>
internal static partial class AgreementRules
{
    public static bool IsPresent(AgreementId id) => !id.IsDefault;

    public static bool IsPresent(AgreementKind kind) => !kind.IsDefault;

    public static bool IsPresent(Party party) => !party.IsDefault;

    public static bool IsDefined(AgreementForm form) => Enum.IsDefined(form);

    public static bool IsDefined(AgreementEventKind kind) => Enum.IsDefined(kind);

    public static bool IsDefined(PartyEventKind kind) => Enum.IsDefined(kind);

    public static bool IsDefined(StatementKind kind) => Enum.IsDefined(kind);

    public static bool IsAbsentOrDefined(ConsentForm? form) => !form.HasValue || Enum.IsDefined(form.GetValueOrDefault());

    public static bool HasBilateralPartyCount(Agreement agreement) => agreement.Form != AgreementForm.Bilateral || agreement.Parties.Count == 2;

    public static bool IsNotSelfReferencing(Agreement agreement) => agreement.Parent != agreement.Id && agreement.Predecessor != agreement.Id;

    public static bool HasValidMonths(EntryIntoForceRule rule) => rule.MonthsAfterConsent is >= 1 and <= 24;

    public static bool HasConsentFormExactlyOnConsent(PartyEvent e) => (e.Kind == PartyEventKind.ConsentToBeBound) == e.ConsentForm.HasValue;

    /// <summary>A statement's period is valid unless it certainly ends before it starts.</summary>
    public static bool HasValidPeriod(PartyStatement statement) =>
        !ProvenanceRules.CertainlyBefore(statement.ValidUntil.GetValueOrDefault(), statement.ValidFrom.GetValueOrDefault());

    /// <summary>A party acting as a predecessor names a withdrawn code it succeeds, before that code's withdrawal.</summary>
    public static bool HasValidActingAs(PartyEvent e)
    {
        if (e.ActingAs is null)
        {
            return true;
        }

        if (!WithdrawnByCode.Value.TryGetValue(e.ActingAs, out var withdrawn))
        {
            return false;
        }

        var country = e.Party.Country;
        return country.HasValue && Lists.Contains(withdrawn.Successors, country.GetValueOrDefault())
            && (e.Date.IsDefault || e.Date.Latest < withdrawn.WithdrawalDate);
    }

    /// <summary>Looks an agreement up in the embedded reference data.</summary>
    public static Agreement? ResolveEmbedded(AgreementId id)
    {
        bool found = AgreementRegistry.TryGet(id, out var agreement);
        return found ? agreement : null;
    }

    /// <summary>An additional protocol names a parent, and a named parent resolves.</summary>
    public static bool HasParentWhenRequired(Agreement agreement, Func<AgreementId, Agreement?> resolve)
    {
        if (!agreement.Parent.HasValue)
        {
            return agreement.Kind != AgreementKind.AdditionalProtocol;
        }

        var parent = agreement.Parent.GetValueOrDefault();
        return parent.IsDefault || parent == agreement.Id || resolve(parent) is not null;
    }

    /// <summary>The first party of a protocol that is not a party to its (resolvable) parent; null when none.</summary>
    public static Party? FirstPartyNotInParent(Agreement agreement, Func<AgreementId, Agreement?> resolve)
    {
        var parentId = agreement.Parent.GetValueOrDefault();
        var parent = parentId.IsDefault || parentId == agreement.Id ? null : resolve(parentId);
        if (parent is null)
        {
            return null;
        }

        var parties = agreement.Parties;
        for (int i = 0; i < parties.Count; i++)
        {
            if (!parties[i].IsDefault && !Lists.Contains(parent.Parties, parties[i]))
            {
                return parties[i];
            }
        }

        return null;
    }

    /// <summary>The fast path of <see cref="AgreementEventValidator"/>: every rule of <see cref="AgreementRuleTables.Event"/>, without allocating.</summary>
    public static bool IsValid(AgreementEvent e) => AgreementRuleTables.Event.Passes(e);

    /// <summary>The fast path of <see cref="PartyEventValidator"/>.</summary>
    public static bool IsValid(PartyEvent e) => AgreementRuleTables.PartyEvent.Passes(e);

    /// <summary>The fast path of <see cref="PartyStatementValidator"/>.</summary>
    public static bool IsValid(PartyStatement s) => AgreementRuleTables.Statement.Passes(s);

    /// <summary>The fast path of <see cref="IneligiblePartyValidator"/>.</summary>
    public static bool IsValid(IneligibleParty p) => AgreementRuleTables.IneligibleParty.Passes(p);

    /// <summary>The fast path of <see cref="AgreementIdentifiersValidator"/>.</summary>
    public static bool IsValid(AgreementIdentifiers ids) => AgreementRuleTables.Identifiers.Passes(ids);

    /// <summary>The fast path of <see cref="AgreementValidator"/> with the embedded parents.</summary>
    public static bool IsValid(Agreement a) => IsValid(a, ResolveEmbedded);

    /// <summary>The fast path of <see cref="AgreementValidator"/>: every rule of the agreement and its parts, without allocating.</summary>
    public static bool IsValid(Agreement a, Func<AgreementId, Agreement?> resolve) => AgreementRuleTables.Agreement.Passes(a, resolve);

    /// <summary>The first party named by an event or statement but not listed, or an ineligible party that is listed; null when none.</summary>
    public static Party? FirstUnlisted(Agreement agreement)
    {
        var parties = new ListMembership<Party>(agreement.Parties);
        var events = agreement.PartyEvents;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is not null && !e.Party.IsDefault && !parties.Contains(e.Party))
            {
                return e.Party;
            }
        }

        var statements = agreement.Statements;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s is not null && !s.Party.IsDefault && !parties.Contains(s.Party))
            {
                return s.Party;
            }
        }

        var ineligible = agreement.IneligibleParties;
        for (int i = 0; i < ineligible.Count; i++)
        {
            var record = ineligible[i];
            if (record is not null && parties.Contains(record.Party))
            {
                return record.Party;
            }
        }

        return null;
    }

    /// <summary>The first pair of a party's events in which the later step certainly happened before the earlier one; null when none.</summary>
    public static (PartyEvent Earlier, PartyEvent Later)? FirstPartyEventsOutOfOrder(IReadOnlyList<PartyEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var a = events[i];
            if (a is null || Rank(a.Kind) == 0)
            {
                continue;
            }

            for (int j = 0; j < events.Count; j++)
            {
                var b = events[j];
                if (b is not null && a.Party == b.Party && Rank(a.Kind) < Rank(b.Kind) && ProvenanceRules.CertainlyBefore(b.Date, a.Date))
                {
                    return (a, b);
                }
            }
        }

        return null;
    }

    /// <summary>The first pair of the agreement's own events out of order; null when none. Opening and termination have rules of their own.</summary>
    public static (AgreementEvent Earlier, AgreementEvent Later)? FirstAgreementEventsOutOfOrder(IReadOnlyList<AgreementEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            // The opening for signature comes before every later step (of a higher rank) by a rule of its own.
            var a = events[i];
            if (a is null || Rank(a.Kind) == 0 || a.Kind == AgreementEventKind.OpenedForSignature)
            {
                continue;
            }

            for (int j = 0; j < events.Count; j++)
            {
                // Events of rank 0 (termination, other) never rank above another.
                var b = events[j];
                if (b is not null && Rank(a.Kind) < Rank(b.Kind) && ProvenanceRules.CertainlyBefore(b.Date, a.Date))
                {
                    return (a, b);
                }
            }
        }

        return null;
    }

    /// <summary>Whether nothing but adoption, initialling and the decision on signing certainly happened before the opening for signature.</summary>
    public static bool HasNothingBeforeOpening(Agreement agreement) => FindBeforeOpening(agreement) is null;

    /// <summary>The first event that certainly happened before the opening for signature; null when none.</summary>
    public static string? FirstBeforeOpening(Agreement agreement)
    {
        var found = FindBeforeOpening(agreement);
        if (found is null)
        {
            return null;
        }

        return DescribeBeforeOpening(agreement, found.GetValueOrDefault());
    }

    /// <summary>What <see cref="FindBeforeOpening"/> found, in the words of the wire.</summary>
    public static string DescribeBeforeOpening(Agreement agreement, (AgreementEvent Opened, AgreementEvent? Event, PartyEvent? PartyEvent) found)
    {
        var (opened, early, party) = found;
        return early is not null
            ? $"events[{IndexOf(agreement.Events, early)}], {Wire(early.Kind)} on {early.Date}, is before the opening for signature, events[{IndexOf(agreement.Events, opened)}] on {opened.Date}"
            : $"partyEvents[{IndexOf(agreement.PartyEvents, party!)}], the {Wire(party!.Kind)} of {party.Party} on {party.Date}, is before the opening for signature, events[{IndexOf(agreement.Events, opened)}] on {opened.Date}";
    }

    /// <summary>Whether nothing but the termination record certainly happened after the termination.</summary>
    public static bool HasNothingAfterTermination(Agreement agreement) => FindAfterTermination(agreement) is null;

    /// <summary>The first event that certainly happened after the termination; null when none.</summary>
    public static string? FirstAfterTermination(Agreement agreement)
    {
        var found = FindAfterTermination(agreement);
        if (found is null)
        {
            return null;
        }

        return DescribeAfterTermination(agreement, found.GetValueOrDefault());
    }

    /// <summary>What <see cref="FindAfterTermination"/> found, in the words of the wire.</summary>
    public static string DescribeAfterTermination(Agreement agreement, (AgreementEvent Terminated, AgreementEvent? Event, PartyEvent? PartyEvent) found)
    {
        var (terminated, late, party) = found;
        return late is not null
            ? $"events[{IndexOf(agreement.Events, late)}], {Wire(late.Kind)} on {late.Date}, is after the termination, events[{IndexOf(agreement.Events, terminated)}] on {terminated.Date}"
            : $"partyEvents[{IndexOf(agreement.PartyEvents, party!)}], the {Wire(party!.Kind)} of {party.Party} on {party.Date}, is after the termination, events[{IndexOf(agreement.Events, terminated)}] on {terminated.Date}";
    }

    /// <summary>Whether every party's exact entry into force is what the agreement's rule computes from its exact consent.</summary>
    public static bool HasEntryIntoForceAsComputed(Agreement agreement) => FindEntryIntoForceMismatch(agreement) is null;

    /// <summary>The first party whose exact entry into force differs from what the agreement's rule computes from its exact consent; null when none.</summary>
    public static string? FirstEntryIntoForceMismatch(Agreement agreement)
    {
        var found = FindEntryIntoForceMismatch(agreement);
        if (found is null)
        {
            return null;
        }

        return DescribeEntryIntoForceMismatch(agreement, found.GetValueOrDefault());
    }

    /// <summary>What <see cref="FindEntryIntoForceMismatch"/> found, in the words of the wire.</summary>
    public static string DescribeEntryIntoForceMismatch(Agreement agreement, (PartyEvent Consent, PartyEvent Entry, NodaTime.LocalDate Expected) found)
    {
        var (consent, entry, expected) = found;
        return $"{consent.Party} consented on {consent.Date} and entered into force on {entry.Date}; the rule of {agreement.EntryIntoForceRule!.MonthsAfterConsent} months gives {(expected == default ? "a date after 9999-12-31" : expected.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))}";
    }

    /// <summary>The wire name of an agreement event kind, for messages.</summary>
    internal static string Wire(AgreementEventKind kind) => Serialization.StrictEnumConverter<AgreementEventKind>.NameOf(kind);

    /// <summary>The wire name of a party event kind, for messages.</summary>
    internal static string Wire(PartyEventKind kind) => Serialization.StrictEnumConverter<PartyEventKind>.NameOf(kind);

    /// <summary>The index of an element in its list, by reference so that equal elements are told apart; -1 when absent.</summary>
    internal static int IndexOf<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    // The finders return what they found (null when nothing) rather than filling out parameters, and test each
    // element with plain conditions rather than patterns with variables, so that every condition can be changed on its own.

    /// <summary>The opening for signature and the first agreement event (Event) or party event (PartyEvent) certainly before it; null when none.</summary>
    public static (AgreementEvent Opened, AgreementEvent? Event, PartyEvent? PartyEvent)? FindBeforeOpening(Agreement agreement)
    {
        var opened = FirstOf(agreement.Events, AgreementEventKind.OpenedForSignature);
        if (opened is null)
        {
            return null;
        }

        var events = agreement.Events;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is not null && Rank(e.Kind) >= 3 && ProvenanceRules.CertainlyBefore(e.Date, opened.Date))
            {
                return (opened, e, null);
            }
        }

        var partyEvents = agreement.PartyEvents;
        for (int i = 0; i < partyEvents.Count; i++)
        {
            var e = partyEvents[i];
            if (e is not null && ProvenanceRules.CertainlyBefore(e.Date, opened.Date))
            {
                return (opened, null, e);
            }
        }

        return null;
    }

    /// <summary>The termination and the first agreement event (Event) or party event (PartyEvent) certainly after it; null when none.</summary>
    public static (AgreementEvent Terminated, AgreementEvent? Event, PartyEvent? PartyEvent)? FindAfterTermination(Agreement agreement)
    {
        var terminated = FirstOf(agreement.Events, AgreementEventKind.Terminated);
        if (terminated is null)
        {
            return null;
        }

        var events = agreement.Events;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is not null && e.Kind != AgreementEventKind.Terminated && ProvenanceRules.CertainlyBefore(terminated.Date, e.Date))
            {
                return (terminated, e, null);
            }
        }

        var partyEvents = agreement.PartyEvents;
        for (int i = 0; i < partyEvents.Count; i++)
        {
            var e = partyEvents[i];
            if (e is not null && ProvenanceRules.CertainlyBefore(terminated.Date, e.Date))
            {
                return (terminated, null, e);
            }
        }

        return null;
    }

    /// <summary>The first exact consent whose party's exact entry into force differs from the rule's, with the rule's date (the default value past the end of the calendar); null when none.</summary>
    public static (PartyEvent Consent, PartyEvent Entry, NodaTime.LocalDate Expected)? FindEntryIntoForceMismatch(Agreement agreement)
    {
        var rule = agreement.EntryIntoForceRule;
        if (rule is null || !HasValidMonths(rule))
        {
            return null;
        }

        var own = FirstOf(agreement.Events, AgreementEventKind.EntryIntoForce)?.Date.Exact;
        var events = agreement.PartyEvents;
        for (int i = 0; i < events.Count; i++)
        {
            var c = events[i];
            var consented = c?.Date.Exact;
            if (c is null || c.Kind != PartyEventKind.ConsentToBeBound || !consented.HasValue)
            {
                continue;
            }

            var e = FirstExactEntryIntoForce(events, c.Party);
            if (e is null)
            {
                continue;
            }

            // A consent so late that the rule's date would pass the end of the calendar has no valid entry into force.
            if (!rule.TryEntryIntoForceFor(consented.GetValueOrDefault(), own, out var computed) || e.Date.Exact != computed)
            {
                return (c, e, computed);
            }
        }

        return null;
    }

    private static PartyEvent? FirstExactEntryIntoForce(IReadOnlyList<PartyEvent> events, Party party)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is not null && e.Kind == PartyEventKind.EntryIntoForce && e.Date.Exact.HasValue && e.Party == party)
            {
                return e;
            }
        }

        return null;
    }

    private static AgreementEvent? FirstOf(IReadOnlyList<AgreementEvent> events, AgreementEventKind kind)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is not null && !e.Date.IsDefault && e.Kind == kind)
            {
                return e;
            }
        }

        return null;
    }

    public static bool IsCelex(string? text) => text is null || CelexPattern().IsMatch(text);

    public static bool IsEli(string? text) => text is null || EliPattern().IsMatch(text);

    public static bool IsDecisionReference(string? text) => text is null || DecisionPattern().IsMatch(text);

    public static bool IsOfficialJournalReference(string? text)
    {
        if (text is null)
        {
            return true;
        }

        if (!OfficialJournalPattern().IsMatch(text))
        {
            return false;
        }

        // The pattern has matched, so the first two dots are those of the day "d.m.yyyy" (nothing before it has a
        // dot), the day follows a space, and the year has four digits.
        int firstDot = text.IndexOf('.', StringComparison.Ordinal);
        int secondDot = text.IndexOf('.', firstDot + 1);
        int dayStart = text.LastIndexOf(' ', firstDot) + 1;
        return IsRealDay(
            int.Parse(text.AsSpan(dayStart, firstDot - dayStart), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(text.AsSpan(firstDot + 1, secondDot - firstDot - 1), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(text.AsSpan(secondDot + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the day exists, in a year of the Official Journal (first published in 1952).</summary>
    private static bool IsRealDay(int day, int month, int year) =>
        month >= 1 && month <= 12 && year >= 1952 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Rank(PartyEventKind kind) => kind switch
    {
        PartyEventKind.Signature => 1,
        PartyEventKind.ConsentToBeBound => 2,
        PartyEventKind.ProvisionalApplication => 2,
        PartyEventKind.EntryIntoForce => 3,
        PartyEventKind.Denunciation => 4,
        _ => 0,
    };

    private static int Rank(AgreementEventKind kind) => kind switch
    {
        AgreementEventKind.Adopted => 1,
        AgreementEventKind.Initialled => 1,
        AgreementEventKind.OpenedForSignature => 2,
        AgreementEventKind.CouncilDecisionOnSigning => 2,
        AgreementEventKind.CouncilDecisionOnConclusion => 3,
        AgreementEventKind.EntryIntoForce => 4,
        AgreementEventKind.Superseded => 5,
        _ => 0,
    };

    /// <summary>The withdrawn codes by their alpha-2, alpha-3 and alpha-4 forms, with their current successors, built once.</summary>
    private static readonly Lazy<Dictionary<string, (CountryCode[] Successors, NodaTime.LocalDate WithdrawalDate)>> WithdrawnByCode = new(() =>
    {
        var map = new Dictionary<string, (CountryCode[], NodaTime.LocalDate)>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in CountryRegistry.Withdrawn)
        {
            (CountryCode[] Successors, NodaTime.LocalDate WithdrawalDate) entry = ([.. w.GetCurrentSuccessors()], w.WithdrawalDate);
            map[w.Alpha2] = entry;
            map[w.Alpha3] = entry;
            map[w.Alpha4] = entry;
        }

        return map;
    });

    [GeneratedRegex(@"^[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4}(\([0-9]{2}\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CelexPattern();

    [GeneratedRegex(@"^https?://data\.europa\.eu/eli/[a-z_]+(/[A-Za-z0-9_.\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EliPattern();

    [GeneratedRegex(@"^([0-9]{4}/[0-9]{1,4}/(EC|EU|EEC|CFSP|JHA|Euratom)|\((EU|EC|Euratom|CFSP)\) [0-9]{4}/[0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionPattern();

    [GeneratedRegex(@"^OJ [LC](( [A-Z]?[0-9]{1,4}[A-Z]?)|, [0-9]{4}/[0-9]{1,5}), (?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})(, p\. [0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialJournalPattern();
}
