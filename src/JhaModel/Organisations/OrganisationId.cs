using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Organisations;

/// <summary>
/// The stable identifier of an organisation: lower-case kebab-case, e.g. <c>europol</c> or <c>coe</c>.
/// </summary>
/// <remarks>
/// An identifier is 2 to 64 characters of lower-case ASCII letters and digits in words joined by single
/// hyphens, starting with a letter. Any such identifier parses, so that organisations unknown to this
/// version round-trip; <see cref="OrganisationRegistry"/> knows the embedded ones. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Identifiers order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(OrganisationIdJsonConverter))]
public readonly struct OrganisationId : IEquatable<OrganisationId>, IComparable<OrganisationId>, IComparable, ISpanParsable<OrganisationId>
{
    private readonly string? _value;

    private OrganisationId(string value) => _value = value;

    /// <summary>Europol, the European Union Agency for Law Enforcement Cooperation: <c>europol</c>.</summary>
    public static OrganisationId Europol { get; } = new("europol");

    /// <summary>Eurojust, the European Union Agency for Criminal Justice Cooperation: <c>eurojust</c>.</summary>
    public static OrganisationId Eurojust { get; } = new("eurojust");

    /// <summary>Frontex, the European Border and Coast Guard Agency: <c>frontex</c>.</summary>
    public static OrganisationId Frontex { get; } = new("frontex");

    /// <summary>CEPOL, the European Union Agency for Law Enforcement Training: <c>cepol</c>.</summary>
    public static OrganisationId Cepol { get; } = new("cepol");

    /// <summary>EUDA, the European Union Drugs Agency (formerly EMCDDA): <c>euda</c>.</summary>
    public static OrganisationId Euda { get; } = new("euda");

    /// <summary>The European Union: <c>eu</c>.</summary>
    public static OrganisationId EuropeanUnion { get; } = new("eu");

    /// <summary>The Council of Europe: <c>coe</c>.</summary>
    public static OrganisationId CouncilOfEurope { get; } = new("coe");

    /// <summary>The United Nations: <c>un</c>.</summary>
    public static OrganisationId UnitedNations { get; } = new("un");

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The identifier, e.g. <c>europol</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a kebab-case identifier.</exception>
    public static OrganisationId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id) ? id : throw new FormatException(DescribeFailure(s));
    }

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a kebab-case identifier.</exception>
    public static OrganisationId Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var id) ? id : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse an identifier. Never throws.</summary>
    /// <param name="s">The identifier; <see langword="null"/> fails.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a kebab-case identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OrganisationId result)
    {
        result = s is not null && Kebab.IsValid(s) ? new OrganisationId(Intern(s)) : default;
        return !result.IsDefault;
    }

    /// <summary>Tries to parse an identifier. Never throws.</summary>
    /// <param name="s">The identifier.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a kebab-case identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out OrganisationId result)
    {
        result = Kebab.IsValid(s) ? new OrganisationId(Intern(s)) : default;
        return !result.IsDefault;
    }

    static OrganisationId IParsable<OrganisationId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<OrganisationId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganisationId result) => TryParse(s, out result);

    static OrganisationId ISpanParsable<OrganisationId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<OrganisationId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OrganisationId result) => TryParse(s, out result);

    /// <summary>The identifier text, or the empty string for the default value.</summary>
    /// <returns>For example <c>europol</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(OrganisationId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganisationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ordinally by text; the default value first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(OrganisationId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        OrganisationId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an OrganisationId.", nameof(obj)),
    };

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OrganisationId left, OrganisationId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(OrganisationId left, OrganisationId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(OrganisationId left, OrganisationId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(OrganisationId left, OrganisationId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(OrganisationId left, OrganisationId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(OrganisationId left, OrganisationId right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not an organisation identifier; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'europol').";

    private static string Intern(ReadOnlySpan<char> s)
    {
        foreach (var known in KnownIds)
        {
            if (s.SequenceEqual(known))
            {
                return known;
            }
        }

        return s.ToString();
    }

    private static readonly string[] KnownIds = ["europol", "eurojust", "frontex", "cepol", "euda", "eu", "coe", "un"];
}
