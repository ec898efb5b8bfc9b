using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Builders of the countries area.</content>
public static partial class JhaModelFactory
{
    /// <summary>
    /// A country: the registry entry of <paramref name="code"/> (by default North Macedonia, with its former name and
    /// EU-relationship history), with the given members replaced.
    /// </summary>
    /// <param name="code">The code; selects the registry entry used as the base.</param>
    /// <param name="shortName">The short name.</param>
    /// <param name="officialName">The official name.</param>
    /// <param name="commonName">The common name.</param>
    /// <param name="designation">The designation.</param>
    /// <param name="formerNames">The former names, oldest first.</param>
    /// <param name="euRelationship">The EU-relationship timeline.</param>
    /// <param name="established">When the country came into being as a separate entity.</param>
    /// <returns>The country.</returns>
    public static Country Country(
        CountryCode? code = null,
        string? shortName = null,
        string? officialName = null,
        string? commonName = null,
        CountryDesignation? designation = null,
        IReadOnlyList<FormerCountryName>? formerNames = null,
        EuRelationshipTimeline? euRelationship = null,
        CountryEstablishment? established = null)
    {
        var d = code is { } c ? CountryRegistry.Get(c) : Defaults.Country;
        return d with
        {
            Established = established ?? d.Established,
            ShortName = shortName ?? d.ShortName,
            OfficialName = officialName ?? d.OfficialName,
            CommonName = commonName ?? d.CommonName,
            Designation = designation ?? d.Designation,
            FormerNames = formerNames ?? d.FormerNames,
            EuRelationship = euRelationship ?? d.EuRelationship,
        };
    }

    /// <summary>An establishment, by default North Macedonia's declaration of independence (September 1991).</summary>
    /// <param name="fact">What happened, in words.</param>
    /// <param name="date">When it happened.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The establishment.</returns>
    public static CountryEstablishment CountryEstablishment(string? fact = null, EventDate? date = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.Country.Established!;
        return new CountryEstablishment
        {
            Fact = fact ?? d.Fact,
            Date = date ?? d.Date,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A former name, by default North Macedonia's "the former Yugoslav Republic of Macedonia".</summary>
    /// <param name="name">The name.</param>
    /// <param name="validFrom">When the name came into use.</param>
    /// <param name="validUntil">When the name stopped being used.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The former name.</returns>
    public static FormerCountryName FormerCountryName(
        string? name = null, EventDate? validFrom = null, EventDate? validUntil = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.Country.FormerNames[0];
        return new FormerCountryName
        {
            Name = name ?? d.Name,
            ValidFrom = validFrom ?? d.ValidFrom,
            ValidUntil = validUntil ?? d.ValidUntil,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>An EU-relationship timeline, by default North Macedonia's.</summary>
    /// <param name="events">The events, in chronological order.</param>
    /// <param name="completeAsOf">The last day up to which the events are declared complete.</param>
    /// <returns>The timeline.</returns>
    public static EuRelationshipTimeline EuRelationshipTimeline(IReadOnlyList<EuRelationEvent>? events = null, NodaTime.LocalDate? completeAsOf = null) =>
        new() { Events = events ?? Defaults.Country.EuRelationship.Events, CompleteAsOf = completeAsOf ?? Defaults.Country.EuRelationship.CompleteAsOf };

    /// <summary>An EU-relationship event, by default North Macedonia's application for membership.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="date">The date.</param>
    /// <param name="decidedBy">The body that decided.</param>
    /// <param name="note">A note.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The event.</returns>
    public static EuRelationEvent EuRelationEvent(
        EuRelationEventKind? kind = null, EventDate? date = null, string? decidedBy = null, string? note = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.Country.EuRelationship.Events[0];
        return new EuRelationEvent
        {
            Kind = kind ?? d.Kind,
            Date = date ?? d.Date,
            DecidedBy = decidedBy ?? d.DecidedBy,
            Note = note ?? d.Note,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A designation, by default Kosovo's (<c>Kosovo*</c> with its footnotes).</summary>
    /// <param name="displayName">The name to display.</param>
    /// <param name="footnotes">The footnotes, one per issuer.</param>
    /// <returns>The designation.</returns>
    public static CountryDesignation CountryDesignation(string? displayName = null, IReadOnlyList<DesignationFootnote>? footnotes = null)
    {
        var d = Defaults.Kosovo.Designation!;
        return new CountryDesignation { DisplayName = displayName ?? d.DisplayName, Footnotes = footnotes ?? d.Footnotes };
    }

    /// <summary>A designation footnote, by default the European Union's footnote on Kosovo.</summary>
    /// <param name="issuer">The issuing organisation.</param>
    /// <param name="text">The text.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The footnote.</returns>
    public static DesignationFootnote DesignationFootnote(OrganisationId? issuer = null, string? text = null, Source? source = null, Confidence? confidence = null)
    {
        var d = Defaults.Kosovo.Designation!.Footnotes[0];
        return new DesignationFootnote
        {
            Issuer = issuer ?? d.Issuer,
            Text = text ?? d.Text,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }

    /// <summary>A withdrawn ISO 3166-1 entry, by default the first one the registry records.</summary>
    /// <param name="alpha2">The former alpha-2 code.</param>
    /// <param name="alpha3">The former alpha-3 code.</param>
    /// <param name="alpha4">The ISO 3166-3 alpha-4 code.</param>
    /// <param name="numericCode">The former numeric code.</param>
    /// <param name="name">The name.</param>
    /// <param name="withdrawalDate">The day of withdrawal.</param>
    /// <param name="comment">A comment.</param>
    /// <param name="successorCodes">The codes of the successors.</param>
    /// <param name="source">The source.</param>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The withdrawn entry.</returns>
    public static WithdrawnCountry WithdrawnCountry(
        string? alpha2 = null,
        string? alpha3 = null,
        string? alpha4 = null,
        string? numericCode = null,
        string? name = null,
        LocalDate? withdrawalDate = null,
        string? comment = null,
        IReadOnlyList<string>? successorCodes = null,
        Source? source = null,
        Confidence? confidence = null)
    {
        var d = CountryRegistry.Withdrawn[0];
        return new WithdrawnCountry
        {
            Alpha2 = alpha2 ?? d.Alpha2,
            Alpha3 = alpha3 ?? d.Alpha3,
            Alpha4 = alpha4 ?? d.Alpha4,
            NumericCode = numericCode ?? d.NumericCode,
            Name = name ?? d.Name,
            WithdrawalDate = withdrawalDate ?? d.WithdrawalDate,
            Comment = comment ?? d.Comment,
            SuccessorCodes = successorCodes ?? d.SuccessorCodes,
            Source = source ?? d.Source,
            Confidence = confidence ?? d.Confidence,
        };
    }
}
