using JhaModel.Collections;
using JhaModel.Provenance;
using JhaModel.Validation;

namespace JhaModel.Countries;

// Stryker disable Linq : the lists' Count is a property and Lists.All is not LINQ; mutants of them into Sum and Any cannot compile.

/// <summary>The predicates behind the country rules; each is static and shared by every runner.</summary>
internal static class CountryRules
{
    public static bool IsPresent(CountryCode code) => !code.IsDefault;

    public static bool IsDefined(EuRelationEventKind kind) => Enum.IsDefined(kind);

    /// <summary>A former name's period is valid unless it certainly ends before it starts.</summary>
    public static bool HasValidPeriod(FormerCountryName name) => !ProvenanceRules.CertainlyBefore(name.ValidUntil, name.ValidFrom.GetValueOrDefault());

    /// <summary>A user-assigned code needs a designation.</summary>
    public static bool HasDesignationWhenRequired(Country country) =>
        country.Code.IsDefault || !country.Code.IsUserAssigned || country.Designation is not null;

    /// <summary>The index of the first former name that certainly ended before the one listed before it, or -1.</summary>
    public static int FirstFormerNameOutOfOrder(IReadOnlyList<FormerCountryName> names)
    {
        for (int i = 1; i < names.Count; i++)
        {
            var previous = names[i - 1];
            var current = names[i];
            if (previous is not null && current is not null && ProvenanceRules.CertainlyBefore(current.ValidUntil, previous.ValidUntil))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first event that certainly happened before the one listed before it, or -1.</summary>
    public static int FirstEventOutOfOrder(IReadOnlyList<EuRelationEvent> events)
    {
        for (int i = 1; i < events.Count; i++)
        {
            var previous = events[i - 1];
            var current = events[i];
            if (previous is not null && current is not null && ProvenanceRules.CertainlyBefore(current.Date, previous.Date))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first event equal in kind, date and deciding body to an earlier one, or -1.</summary>
    public static int FirstDuplicateEvent(IReadOnlyList<EuRelationEvent> events) =>
        Lists.FirstRepeat(events, e => e is null, e => (e.Kind, e.Date, e.DecidedBy));

    /// <summary>The index of the first withdrawal with no membership listed before it, or -1.</summary>
    public static int FirstWithdrawalWithoutMembership(IReadOnlyList<EuRelationEvent> events)
    {
        bool member = false;
        for (int i = 0; i < events.Count; i++)
        {
            switch (events[i]?.Kind)
            {
                case EuRelationEventKind.Membership:
                    member = true;
                    break;
                case EuRelationEventKind.Withdrawal when !member:
                    return i;
                case EuRelationEventKind.Withdrawal:
                    member = false;
                    break;
            }
        }

        return -1;
    }

    /// <summary>The index of the first footnote whose issuer an earlier footnote already has, or -1.</summary>
    public static int FirstDuplicateIssuer(IReadOnlyList<DesignationFootnote> footnotes) =>
        Lists.FirstRepeat(footnotes, f => f is not { Issuer.IsDefault: false }, f => f.Issuer);

    /// <summary>The fast path of <see cref="EuRelationEventValidator"/>: every rule of <see cref="CountryRuleTables.EuRelationEvent"/>, without allocating.</summary>
    public static bool IsValid(EuRelationEvent e) => CountryRuleTables.EuRelationEvent.Passes(e);

    /// <summary>The fast path of <see cref="EuRelationshipTimelineValidator"/>.</summary>
    public static bool IsValid(EuRelationshipTimeline t) => CountryRuleTables.Timeline.Passes(t);

    /// <summary>The fast path of <see cref="FormerCountryNameValidator"/>.</summary>
    public static bool IsValid(FormerCountryName n) => CountryRuleTables.FormerName.Passes(n);

    /// <summary>The fast path of <see cref="CountryEstablishmentValidator"/>.</summary>
    public static bool IsValid(CountryEstablishment e) => CountryRuleTables.Establishment.Passes(e);

    /// <summary>The fast path of <see cref="DesignationFootnoteValidator"/>.</summary>
    public static bool IsValid(DesignationFootnote f) => CountryRuleTables.Footnote.Passes(f);

    /// <summary>The fast path of <see cref="CountryDesignationValidator"/>.</summary>
    public static bool IsValid(CountryDesignation d) => CountryRuleTables.Designation.Passes(d);

    /// <summary>The fast path of <see cref="CountryValidator"/>.</summary>
    public static bool IsValid(Country c) => CountryRuleTables.Country.Passes(c);
}
