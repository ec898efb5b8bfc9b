using System.Text.Json.Serialization;
using JhaModel.Countries;
using JhaModel.Serialization;

namespace JhaModel.Organisations;

/// <summary>
/// A party to an agreement or an action: either a country or an organisation.
/// </summary>
/// <remarks>
/// The text form is the country's canonical upper-case alpha-2 code (<c>AL</c>) or the organisation's
/// lower-case identifier (<c>europol</c>, <c>eu</c>); the case tells them apart, so <c>EU</c> is not a party
/// but <c>eu</c> is. The default value is invalid: <see cref="IsDefault"/> is <see langword="true"/>,
/// <see cref="ToString"/> returns the empty string and validators reject it. Parties order countries first,
/// each kind by its own order.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<Party>))]
[TextValue("a party", Expected = "a party: an upper-case alpha-2 country code (e.g. \"AL\") or a lower-case organisation identifier (e.g. \"europol\")", Example = "europol")]
public readonly partial struct Party
{
    private readonly CountryCode _country;
    private readonly OrganisationId _organisation;

    private Party(PartyKind kind, CountryCode country, OrganisationId organisation)
    {
        Kind = kind;
        _country = country;
        _organisation = organisation;
    }

    /// <summary>Whether the party is a country or an organisation; <c>0</c> for the default value.</summary>
    public PartyKind Kind { get; }

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => Kind == 0;

    /// <summary>The country, when <see cref="Kind"/> is <see cref="PartyKind.Country"/>; otherwise <see langword="null"/>.</summary>
    public CountryCode? Country => Kind == PartyKind.Country ? _country : null;

    /// <summary>The organisation, when <see cref="Kind"/> is <see cref="PartyKind.Organisation"/>; otherwise <see langword="null"/>.</summary>
    public OrganisationId? Organisation => Kind == PartyKind.Organisation ? _organisation : null;

    /// <summary>A country as a party.</summary>
    /// <param name="country">The country; not the default value.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value.</exception>
    public static Party Of(CountryCode country) => country.IsDefault
        ? throw new ArgumentException("The default CountryCode is not a party.", nameof(country))
        : new(PartyKind.Country, country, default);

    /// <summary>An organisation as a party.</summary>
    /// <param name="organisation">The organisation; not the default value.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is the default value.</exception>
    public static Party Of(OrganisationId organisation) => organisation.IsDefault
        ? throw new ArgumentException("The default OrganisationId is not a party.", nameof(organisation))
        : new(PartyKind.Organisation, default, organisation);

    /// <summary>A country as a party.</summary>
    /// <param name="country">The country.</param>
    public static implicit operator Party(CountryCode country) => Of(country);

    /// <summary>An organisation as a party.</summary>
    /// <param name="organisation">The organisation.</param>
    public static implicit operator Party(OrganisationId organisation) => Of(organisation);

    /// <summary>Tries to parse a party. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The party, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a party.</returns>
    private static bool TryParseCore(ReadOnlySpan<char> s, out Party result)
    {
        result = default;
        if (s.Length == 2 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]))
        {
            if (CountryCode.TryParse(s, out var country))
            {
                result = new(PartyKind.Country, country, default);
            }
        }
        else if (OrganisationId.TryParse(s, out var organisation))
        {
            result = new(PartyKind.Organisation, default, organisation);
        }

        return !result.IsDefault;
    }

    /// <summary>The text form: the alpha-2 code or the organisation identifier; the empty string for the default value.</summary>
    /// <returns>For example <c>AL</c> or <c>europol</c>.</returns>
    public override string ToString() => Kind switch
    {
        PartyKind.Country => _country.ToString(),
        PartyKind.Organisation => _organisation.ToString(),
        _ => string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(Party other) => Kind == other.Kind && _country == other._country && _organisation == other._organisation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _country, _organisation);

    /// <summary>Orders countries before organisations, each by its own order; the default value first.</summary>
    /// <param name="other">The party to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Party other)
    {
        int c = Kind.CompareTo(other.Kind);
        if (c != 0)
        {
            return c;
        }

        return Kind == PartyKind.Country ? _country.CompareTo(other._country) : _organisation.CompareTo(other._organisation);
    }

    /// <summary>An alpha-3 or numeric code, or an alpha-2 code in another casing, is meant as its alpha-2 code.</summary>
    static string? ITextValue<Party>.Hint(string text) => CountryCode.TryParse(text, out var code) ? code.Alpha2 : null;

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a party; expected an upper-case alpha-2 country code (e.g. 'AL', 'XK') or a lower-case organisation identifier (e.g. 'europol', 'eu').";
}
