using System.Globalization;
using System.Text.RegularExpressions;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Agreements;

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

    public static bool IsAbsentOrDefined(ConsentForm? form) => form is not { } f || Enum.IsDefined(f);

    public static bool HasBilateralPartyCount(Agreement agreement) => agreement.Form != AgreementForm.Bilateral || agreement.Parties.Count == 2;

    public static bool IsNotSelfReferencing(Agreement agreement) => agreement.Parent != agreement.Id && agreement.Predecessor != agreement.Id;

    public static bool HasValidMonths(EntryIntoForceRule rule) => rule.MonthsAfterConsent is >= 1 and <= 24;

    public static bool HasConsentFormExactlyOnConsent(PartyEvent e) => (e.Kind == PartyEventKind.ConsentToBeBound) == e.ConsentForm.HasValue;

    public static bool HasValidPeriod(PartyStatement statement) =>
        statement.ValidFrom is not { IsDefault: false } from || statement.ValidUntil is not { IsDefault: false } until
        || from.Earliest is not { } start || until.Latest >= start;

    /// <summary>A party acting as a predecessor names a withdrawn code it succeeds, before that code's withdrawal.</summary>
    public static bool HasValidActingAs(PartyEvent e) =>
        e.ActingAs is not { } code
        || (CountryRegistry.TryGetWithdrawn(code, out var withdrawn)
            && e.Party.Country is { } country && withdrawn.GetCurrentSuccessors().Contains(country)
            && (e.Date.IsDefault || e.Date.Latest < withdrawn.WithdrawalDate));

    public static int FirstDuplicateParty(IReadOnlyList<Party> parties)
    {
        for (int i = 1; i < parties.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (!parties[i].IsDefault && parties[i] == parties[j])
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The first party named by an event or statement but not listed, or an ineligible party that is listed; null when none.</summary>
    public static Party? FirstUnlisted(Agreement agreement)
    {
        foreach (var party in agreement.PartyEvents.Where(e => e is not null).Select(e => e.Party)
            .Concat(agreement.Statements.Where(s => s is not null).Select(s => s.Party)))
        {
            if (!party.IsDefault && !agreement.Parties.Contains(party))
            {
                return party;
            }
        }

        return agreement.IneligibleParties.Where(i => i is not null).Select(i => (Party?)i.Party).FirstOrDefault(p => agreement.Parties.Contains(p!.Value));
    }

    /// <summary>The first pair of a party's events in which the later step certainly happened before the earlier one; null when none.</summary>
    public static (PartyEvent Earlier, PartyEvent Later)? FirstPartyEventsOutOfOrder(IReadOnlyList<PartyEvent> events)
    {
        var usable = events.Where(e => e is not null && !e.Date.IsDefault && Enum.IsDefined(e.Kind)).ToList();
        foreach (var a in usable)
        {
            foreach (var b in usable)
            {
                if (a.Party == b.Party && Rank(a.Kind) < Rank(b.Kind) && CertainlyBefore(b.Date, a.Date))
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
        var usable = events.Where(e => e is not null && !e.Date.IsDefault && Rank(e.Kind) > 0).ToList();
        foreach (var a in usable)
        {
            foreach (var b in usable)
            {
                bool openingPair = (a.Kind == AgreementEventKind.OpenedForSignature && Rank(b.Kind) >= 3)
                    || (b.Kind == AgreementEventKind.OpenedForSignature && Rank(a.Kind) >= 3);
                if (!openingPair && Rank(a.Kind) < Rank(b.Kind) && CertainlyBefore(b.Date, a.Date))
                {
                    return (a, b);
                }
            }
        }

        return null;
    }

    /// <summary>The first event that certainly happened before the opening for signature; null when none.</summary>
    public static string? FirstBeforeOpening(Agreement agreement)
    {
        if (agreement.Events.FirstOrDefault(e => e is { Kind: AgreementEventKind.OpenedForSignature, Date.IsDefault: false }) is not { } opened)
        {
            return null;
        }

        var early = agreement.Events.FirstOrDefault(e => e is not null && !e.Date.IsDefault && Rank(e.Kind) >= 3 && CertainlyBefore(e.Date, opened.Date));
        if (early is not null)
        {
            return $"{early.Kind} on {early.Date} is before the opening for signature on {opened.Date}";
        }

        var party = agreement.PartyEvents.FirstOrDefault(e => e is not null && !e.Date.IsDefault && CertainlyBefore(e.Date, opened.Date));
        return party is null ? null : $"{party.Kind} of {party.Party} on {party.Date} is before the opening for signature on {opened.Date}";
    }

    /// <summary>The first event that certainly happened after the termination; null when none.</summary>
    public static string? FirstAfterTermination(Agreement agreement)
    {
        if (agreement.Events.FirstOrDefault(e => e is { Kind: AgreementEventKind.Terminated, Date.IsDefault: false }) is not { } terminated)
        {
            return null;
        }

        var late = agreement.Events.FirstOrDefault(e => e is not null && e.Kind != AgreementEventKind.Terminated && !e.Date.IsDefault && CertainlyBefore(terminated.Date, e.Date));
        if (late is not null)
        {
            return $"{late.Kind} on {late.Date} is after the termination on {terminated.Date}";
        }

        var party = agreement.PartyEvents.FirstOrDefault(e => e is not null && !e.Date.IsDefault && CertainlyBefore(terminated.Date, e.Date));
        return party is null ? null : $"{party.Kind} of {party.Party} on {party.Date} is after the termination on {terminated.Date}";
    }

    /// <summary>The first party whose exact entry into force differs from what the agreement's rule computes from its exact consent; null when none.</summary>
    public static string? FirstEntryIntoForceMismatch(Agreement agreement)
    {
        if (agreement.EntryIntoForceRule is not { } rule || !HasValidMonths(rule))
        {
            return null;
        }

        var own = agreement.Events.FirstOrDefault(e => e is { Kind: AgreementEventKind.EntryIntoForce })?.Date.Exact;
        foreach (var consent in agreement.PartyEvents.Where(e => e is { Kind: PartyEventKind.ConsentToBeBound } && e.Date.Exact is not null))
        {
            var entry = agreement.PartyEvents.FirstOrDefault(e => e is { Kind: PartyEventKind.EntryIntoForce } && e.Party == consent.Party && e.Date.Exact is not null);
            if (entry is null)
            {
                continue;
            }

            var expected = rule.EntryIntoForceFor(consent.Date.Exact!.Value, own);
            if (entry.Date.Exact != expected)
            {
                return $"{consent.Party} consented on {consent.Date} and entered into force on {entry.Date}; the rule of {rule.MonthsAfterConsent} months gives {expected.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}";
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

        var match = OfficialJournalPattern().Match(text);
        return match.Success
            && int.TryParse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture, out int day)
            && int.TryParse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture, out int year)
            && month is >= 1 and <= 12 && year >= 1952 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static int Rank(PartyEventKind kind) => kind switch
    {
        PartyEventKind.Signature => 1,
        PartyEventKind.ConsentToBeBound or PartyEventKind.ProvisionalApplication => 2,
        PartyEventKind.EntryIntoForce => 3,
        PartyEventKind.Denunciation => 4,
        _ => 0,
    };

    private static int Rank(AgreementEventKind kind) => kind switch
    {
        AgreementEventKind.Adopted or AgreementEventKind.Initialled => 1,
        AgreementEventKind.OpenedForSignature or AgreementEventKind.CouncilDecisionOnSigning => 2,
        AgreementEventKind.CouncilDecisionOnConclusion => 3,
        AgreementEventKind.EntryIntoForce => 4,
        AgreementEventKind.Superseded => 5,
        _ => 0,
    };

    private static bool CertainlyBefore(EventDate first, EventDate second) => second.Earliest is { } start && first.Latest < start;

    [GeneratedRegex(@"^[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4}(\([0-9]{2}\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CelexPattern();

    [GeneratedRegex(@"^https?://data\.europa\.eu/eli/[a-z_]+(/[A-Za-z0-9_.\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EliPattern();

    [GeneratedRegex(@"^([0-9]{4}/[0-9]{1,4}/(EC|EU|EEC|CFSP|JHA|Euratom)|\((EU|EC|Euratom|CFSP)\) [0-9]{4}/[0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionPattern();

    [GeneratedRegex(@"^OJ [LC](( [A-Z]?[0-9]{1,4}[A-Z]?)|, [0-9]{4}/[0-9]{1,5}), (?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})(, p\. [0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialJournalPattern();
}
