using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(PartyJsonConverter))]
public readonly struct Party : IEquatable<Party>, IComparable<Party>, IComparable, ISpanParsable<Party>
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

    /// <summary>Parses a party: a canonical upper-case alpha-2 country code or a lower-case organisation identifier.</summary>
    /// <param name="s">The text, e.g. <c>AL</c> or <c>europol</c>.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is neither.</exception>
    public static Party Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a party: a canonical upper-case alpha-2 country code or a lower-case organisation identifier.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The party.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is neither.</exception>
    public static Party Parse(ReadOnlySpan<char> s) => TryParse(s, out var party) ? party : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse a party. Never throws.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The party, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a party.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Party result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a party. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The party, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a party.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Party result)
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

    static Party IParsable<Party>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Party>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Party result) => TryParse(s, out result);

    static Party ISpanParsable<Party>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Party>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Party result) => TryParse(s, out result);

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
    public override bool Equals(object? obj) => obj is Party other && Equals(other);

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

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Party other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Party.", nameof(obj)),
    };

    /// <summary>Whether two parties are equal.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Party left, Party right) => left.Equals(right);

    /// <summary>Whether two parties differ.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Party left, Party right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Party left, Party right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Party left, Party right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Party left, Party right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Party left, Party right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not a party; expected an upper-case alpha-2 country code (e.g. 'AL', 'XK') or a lower-case organisation identifier (e.g. 'europol', 'eu').";
}
