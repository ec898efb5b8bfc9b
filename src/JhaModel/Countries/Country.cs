using JhaModel.Collections;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// A country: its code, its ISO 3166-1 names, the names it used before, how it is designated, and its
/// relationship with the EU and the Schengen area over time.
/// </summary>
/// <remarks>
/// The alpha-3 and numeric codes come with <see cref="Code"/> (<see cref="CountryCode.Alpha3"/>,
/// <see cref="CountryCode.NumericCode"/>). The embedded entries are in <see cref="CountryRegistry"/>.
/// </remarks>
public sealed record Country
{
    private readonly ValueList<FormerCountryName> _formerNames = ValueList<FormerCountryName>.Empty;
    private readonly EuRelationshipTimeline _euRelationship = EuRelationshipTimeline.Empty;

    /// <summary>The country code.</summary>
    public required CountryCode Code { get; init; }

    /// <summary>The ISO 3166-1 short name, e.g. <c>North Macedonia</c>.</summary>
    public required string ShortName { get; init; }

    /// <summary>The ISO 3166-1 official name, e.g. <c>Republic of North Macedonia</c>, when there is one.</summary>
    public string? OfficialName { get; init; }

    /// <summary>The common name, when iso-codes gives one that differs from the short name (e.g. <c>Bolivia</c>).</summary>
    public string? CommonName { get; init; }

    /// <summary>How the country is to be displayed when its status is disputed (Kosovo*), or <see langword="null"/>.</summary>
    public CountryDesignation? Designation { get; init; }

    /// <summary>When the country came into being as a separate entity, with its source; <see langword="null"/> when not recorded (a country that existed before the dates the data cover).</summary>
    public CountryEstablishment? Established { get; init; }

    /// <summary>Names used before the current one, oldest first; empty when none are recorded.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<FormerCountryName> FormerNames
    {
        get => _formerNames;
        init => _formerNames = ValueList<FormerCountryName>.From(value);
    }

    /// <summary>The relationship with the EU and the Schengen area; <see cref="EuRelationshipTimeline.Empty"/> when none is recorded (setting <see langword="null"/> sets it).</summary>
    public EuRelationshipTimeline EuRelationship
    {
        get => _euRelationship;
        init => _euRelationship = value ?? EuRelationshipTimeline.Empty;
    }

    /// <summary>The name in use on <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>
    /// The former name whose period covers the date (a name stays in use until its replacement has certainly
    /// happened), otherwise <see cref="ShortName"/>.
    /// </returns>
    public string NameOn(LocalDate date)
    {
        foreach (var former in _formerNames)
        {
            if (former is null || former.ValidUntil.IsDefault)
            {
                continue;
            }

            bool started = former.ValidFrom is not { } from || from.IsDefault || from.IsCertainlyOnOrBefore(date);
            if (started && !former.ValidUntil.IsCertainlyOnOrBefore(date))
            {
                return former.Name;
            }
        }

        return ShortName;
    }

    /// <summary>The name in use on <paramref name="date"/>, in <paramref name="language"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="language">The language asked for, e.g. <c>sq</c> or <c>sr-Latn</c>.</param>
    /// <returns>
    /// <see cref="NameOn(LocalDate)"/> translated by <see cref="CountryNames.Translate"/>; when no translation is known
    /// (the language has no table, its table lacks the name, or no source translates a former name), the English
    /// name with <see cref="LocalizedText.IsTranslated"/> <see langword="false"/> and the reason in <see cref="LocalizedText.Missing"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is the default value, or <see cref="Code"/> is.</exception>
    public LocalizedText NameOn(LocalDate date, LanguageTag language) => CountryNames.Translate(Code, NameOn(date), language);

    /// <summary>The status towards the EU at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The status; <see cref="EuStatus.Unknown"/> when the data cannot decide (<see cref="ExplainEuStatusOn"/>).</returns>
    public EuStatus EuStatusOn(LocalDate date) => EuRelationship.StatusOn(date);

    /// <summary>The participation in the Schengen area at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The status.</returns>
    public SchengenStatus SchengenStatusOn(LocalDate date) => EuRelationship.SchengenStatusOn(date);

    /// <summary>The status towards the EU at the end of <paramref name="date"/>, with the facts it rests on and whether they decide it.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all (the default), or verified ones alone.</param>
    /// <returns>The answer; see <see cref="EuRelationshipTimeline.ExplainStatusOn(LocalDate, Provenance.FactFilter)"/>.</returns>
    public Provenance.Answer<EuStatus> ExplainEuStatusOn(LocalDate date, Provenance.FactFilter facts = Provenance.FactFilter.All) =>
        EuRelationship.ExplainStatusOn(date, facts);

    /// <summary>The participation in the Schengen area at the end of <paramref name="date"/>, with the facts it rests on and whether they decide it.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="facts">Which facts to answer from: all (the default), or verified ones alone.</param>
    /// <returns>The answer; see <see cref="EuRelationshipTimeline.ExplainSchengenStatusOn(LocalDate, Provenance.FactFilter)"/>.</returns>
    public Provenance.Answer<SchengenStatus> ExplainSchengenStatusOn(LocalDate date, Provenance.FactFilter facts = Provenance.FactFilter.All) =>
        EuRelationship.ExplainSchengenStatusOn(date, facts);
}
