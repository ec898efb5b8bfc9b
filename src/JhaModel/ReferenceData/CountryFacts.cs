using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;
using static JhaModel.Countries.EuRelationEventKind;
using static JhaModel.Provenance.Confidence;
using S = JhaModel.ReferenceData.ReferenceSources;

namespace JhaModel.ReferenceData;

/// <summary>
/// The dated country facts of the reference dataset: former names, designations, EU relationships and
/// Schengen participation. Every fact carries its source and confidence; none is guessed.
/// </summary>
internal static class CountryFacts
{
    private static readonly string[] EarlySchengenMembers =
        ["AT", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HU", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "SE", "SI", "SK", "IS", "LI", "NO", "CH"];

    /// <summary>The former names of each country that has recorded ones.</summary>
    public static IReadOnlyList<FormerCountryName> FormerNamesOf(string alpha2) => alpha2 switch
    {
        "MK" =>
        [
            new()
            {
                Name = "the former Yugoslav Republic of Macedonia",
                ValidUntil = EventDate.Between(new LocalDate(2019, 2, 1), new LocalDate(2019, 2, 14)),
                Source = S.NorthMacedoniaNameChange,
                Confidence = Verified,
            },
        ],
        _ => [],
    };

    /// <summary>The designation of each country that has one.</summary>
    public static CountryDesignation? DesignationOf(string alpha2) => alpha2 switch
    {
        "XK" => new()
        {
            DisplayName = "Kosovo*",
            Footnotes =
            [
                new()
                {
                    Issuer = OrganisationId.EuropeanUnion,
                    Text = "*This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.",
                    Source = S.PradoXkx,
                    Confidence = Verified,
                },
                new()
                {
                    Issuer = OrganisationId.CouncilOfEurope,
                    Text = "*All reference to Kosovo, whether to the territory, institutions or population, shall be understood in full compliance with United Nations Security Council resolution 1244 and without prejudice to the status of Kosovo.",
                    Source = S.EuemploymentKosovoFootnote,
                    Confidence = Verified,
                },
                new()
                {
                    Issuer = OrganisationId.UnitedNations,
                    Text = "* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999.",
                    Source = S.EuemploymentKosovoFootnote,
                    Confidence = Verified,
                },
            ],
        },
        _ => null,
    };

    /// <summary>The EU and Schengen events of each country, in chronological order.</summary>
    public static IReadOnlyList<EuRelationEvent> EuEventsOf(string alpha2)
    {
        var events = new List<EuRelationEvent>();
        AddAccessionHistory(alpha2, events);
        AddMembership(alpha2, events);
        AddSchengen(alpha2, events);
        return [.. events.OrderBy(e => e.Date.Latest)];
    }

    private static void AddAccessionHistory(string alpha2, List<EuRelationEvent> events)
    {
        switch (alpha2)
        {
            case "AL":
                events.Add(Feira(Partial));
                events.Add(Event(Application, Day(2009, 4, 28), S.AlbaniaAccession, Verified));
                events.Add(Event(CandidateStatus, Day(2014, 6, 24), S.AlbaniaCouncilConclusions2014, Verified, "Council",
                    "Sources give 23, 24 or 27 June 2014; the Council conclusions are dated 24 June, the European Council endorsed on 27 June."));
                events.Add(Event(CandidateStatus, Day(2014, 6, 27), S.AgenceEurope20140627, Verified, "European Council"));
                events.Add(Event(DecisionToOpenNegotiations, EventDate.InMonth(2020, 3), S.AlbaniaAccession, Verified));
                events.Add(Event(AccessionNegotiationsOpened, Day(2022, 7, 19), S.MichelStatement20220719, Verified, note: "First intergovernmental conference."));
                break;
            case "BA":
                events.Add(Feira(Partial));
                events.Add(Event(Application, Day(2016, 2, 15), S.BosniaAccession, Verified));
                events.Add(Event(CandidateStatus, Day(2022, 12, 15), S.BosniaAccession, Verified));
                events.Add(Event(DecisionToOpenNegotiations, Day(2024, 3, 21), S.BosniaAccession, Verified, "European Council",
                    "No first intergovernmental conference is recorded in the sources."));
                break;
            case "XK":
                events.Add(Event(PotentialCandidate, EventDate.InMonth(2000, 6), S.FeiraPotentialCandidates, Partial,
                    note: "The category dates from the Feira European Council; Kosovo's potential-candidate status is confirmed by the Kosovo–EU relations sources (2023-10), which give no start date."));
                events.Add(Event(Application, Day(2022, 12, 15), S.KosovoEuRelations, Verified));
                break;
            case "ME":
                events.Add(Feira(Partial));
                events.Add(Event(Application, Day(2008, 12, 15), S.MontenegroAccession, Verified));
                events.Add(Event(CandidateStatus, Day(2010, 12, 17), S.MontenegroAccession, Verified));
                events.Add(Event(AccessionNegotiationsOpened, Day(2012, 6, 29), S.MontenegroAccession, Verified));
                break;
            case "MK":
                events.Add(Feira(Partial));
                events.Add(Event(Application, Day(2004, 3, 22), S.NorthMacedoniaAccession, Verified));
                events.Add(Event(CandidateStatus, EventDate.Between(new LocalDate(2005, 12, 15), new LocalDate(2005, 12, 16)), S.NorthMacedoniaAccession, Verified, "European Council",
                    "European Council of 15–16 December 2005; local sources say 16/17 December 2005."));
                events.Add(Event(DecisionToOpenNegotiations, EventDate.InMonth(2020, 3), S.NorthMacedoniaAccession, Verified));
                events.Add(Event(AccessionNegotiationsOpened, Day(2022, 7, 19), S.NorthMacedoniaAccession, Verified, note: "First intergovernmental conference."));
                break;
            case "RS":
                events.Add(Feira(Partial));
                events.Add(Event(Application, Day(2009, 12, 22), S.SerbiaAccession, Verified));
                events.Add(Event(CandidateStatus, Day(2012, 3, 1), S.SerbiaAccession, Verified));
                events.Add(Event(DecisionToOpenNegotiations, EventDate.InMonth(2013, 6), S.SerbiaAccession, Verified, "European Council"));
                events.Add(Event(AccessionNegotiationsOpened, Day(2014, 1, 21), S.SerbiaAccession, Verified, note: "First intergovernmental conference."));
                break;
        }
    }

    private static void AddMembership(string alpha2, List<EuRelationEvent> events)
    {
        (EventDate Date, Confidence Confidence, string? Note)? joined = alpha2 switch
        {
            "BE" or "DE" or "FR" or "IT" or "LU" or "NL" => (Day(1958, 1, 1), Unverified,
                "Founder: member of the EEC from 1958-01-01 (Illinois guide); eu.dk counts the six founders from 1952 (ECSC)."),
            "DK" or "IE" or "GB" => (Day(1973, 1, 1), Partial, "The year is verified, the day is not."),
            "GR" => (Day(1981, 1, 1), Partial, "The year is verified, the day is not."),
            "ES" or "PT" => (Day(1986, 1, 1), Verified, null),
            "AT" or "FI" or "SE" => (Day(1995, 1, 1), Verified, null),
            "CY" or "CZ" or "EE" or "HU" or "LT" or "LV" or "MT" or "PL" or "SI" or "SK" => (Day(2004, 5, 1), Verified, null),
            "BG" or "RO" => (Day(2007, 1, 1), Partial, "The year is verified, the day is not."),
            "HR" => (Day(2013, 7, 1), Verified, null),
            _ => null,
        };

        if (joined is { } j)
        {
            events.Add(Event(Membership, j.Date, S.EnlargementGlossary, j.Confidence, note: j.Note));
        }

        if (alpha2 == "GB")
        {
            events.Add(Event(Withdrawal, Day(2020, 1, 31), S.EnlargementGlossary, Unverified, note: "A member 1973–2020; the exit day is not verified."));
        }
    }

    private static void AddSchengen(string alpha2, List<EuRelationEvent> events)
    {
        switch (alpha2)
        {
            case "BG" or "RO":
                events.Add(Event(SchengenAirAndSeaBorders, Day(2024, 3, 31), S.SchengenEnlargement2025, Verified));
                events.Add(Event(SchengenFull, Day(2025, 1, 1), S.SchengenEnlargement2025, Verified));
                break;
            case "HR":
                events.Add(Event(SchengenFull, Day(2023, 1, 1), S.SchengenEnlargement2025, Unverified, note: "The day is not verified against an official source."));
                break;
            default:
                if (Array.IndexOf(EarlySchengenMembers, alpha2) >= 0)
                {
                    events.Add(Event(SchengenFull, EventDate.OnOrBefore(new LocalDate(2025, 1, 1)), S.SchengenEnlargement2025, Verified,
                        note: "A member of the 29-country Schengen area of January 2025; the day it joined is not in the sources."));
                }

                break;
        }
    }

    private static EuRelationEvent Feira(Confidence confidence) =>
        Event(PotentialCandidate, EventDate.InMonth(2000, 6), S.FeiraPotentialCandidates, confidence, "European Council",
            "Feira European Council: the Western Balkan countries of the Stabilisation and Association Process as potential candidates.");

    private static EventDate Day(int year, int month, int day) => EventDate.On(new LocalDate(year, month, day));

    private static EuRelationEvent Event(EuRelationEventKind kind, EventDate date, Source source, Confidence confidence, string? decidedBy = null, string? note = null) =>
        new() { Kind = kind, Date = date, Source = source, Confidence = confidence, DecidedBy = decidedBy, Note = note };
}
