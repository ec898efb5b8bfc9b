using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>
/// The stable identifier of an agreement: lower-case kebab-case, e.g. <c>coe-cets-185</c> or <c>eu-al-readmission</c>.
/// </summary>
/// <remarks>
/// An identifier is 2 to 64 characters of lower-case ASCII letters and digits in words joined by single
/// hyphens, starting with a letter. Any such identifier parses, so that agreements unknown to this
/// version round-trip; <see cref="AgreementRegistry"/> knows the embedded ones. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Identifiers order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(AgreementIdJsonConverter))]
public readonly struct AgreementId : IEquatable<AgreementId>, IComparable<AgreementId>, IComparable, ISpanParsable<AgreementId>
{
    private readonly string? _value;

    private AgreementId(string value) => _value = value;

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The identifier, e.g. <c>coe-cets-185</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a kebab-case identifier.</exception>
    public static AgreementId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id) ? id : throw new FormatException(DescribeFailure(s));
    }

    /// <summary>Parses an identifier.</summary>
    /// <param name="s">The identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a kebab-case identifier.</exception>
    public static AgreementId Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var id) ? id : throw new FormatException(DescribeFailure(s.ToString()));

    /// <summary>Tries to parse an identifier. Never throws.</summary>
    /// <param name="s">The identifier; <see langword="null"/> fails.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a kebab-case identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out AgreementId result)
    {
        result = s is not null && Kebab.IsValid(s) ? new AgreementId(s) : default;
        return !result.IsDefault;
    }

    /// <summary>Tries to parse an identifier. Never throws.</summary>
    /// <param name="s">The identifier.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a kebab-case identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out AgreementId result)
    {
        result = Kebab.IsValid(s) ? new AgreementId(s.ToString()) : default;
        return !result.IsDefault;
    }

    static AgreementId IParsable<AgreementId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<AgreementId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AgreementId result) => TryParse(s, out result);

    static AgreementId ISpanParsable<AgreementId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<AgreementId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out AgreementId result) => TryParse(s, out result);

    /// <summary>The identifier text, or the empty string for the default value.</summary>
    /// <returns>For example <c>coe-cets-185</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(AgreementId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AgreementId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ordinally by text; the default value first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(AgreementId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        AgreementId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an AgreementId.", nameof(obj)),
    };

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AgreementId left, AgreementId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(AgreementId left, AgreementId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(AgreementId left, AgreementId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(AgreementId left, AgreementId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(AgreementId left, AgreementId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(AgreementId left, AgreementId right) => left.CompareTo(right) >= 0;

    internal static string DescribeFailure(string text) =>
        $"{JhaModel.Serialization.JsonErrors.Quote(text)} is not an agreement identifier; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'coe-cets-185').";
}
