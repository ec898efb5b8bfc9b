using System.Text.Json.Serialization;
using JhaModel.ReferenceData;
using JhaModel.Serialization;

namespace JhaModel.Countries;

/// <summary>
/// A country code: a current ISO 3166-1 entry, or Kosovo's user-assigned <c>XK</c>, held in its canonical
/// upper-case alpha-2 form.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse(string)"/> and <see cref="TryParse(string?, out CountryCode)"/> accept alpha-2
/// (<c>MK</c>), alpha-3 (<c>MKD</c>) or numeric (<c>807</c>) input, ASCII case-insensitively, and always
/// produce the canonical alpha-2 code. Only entries of the registry parse: withdrawn codes such as
/// <c>CS</c> (Serbia and Montenegro) and <c>YU</c> (Yugoslavia) are not current countries and are found with
/// <see cref="CountryRegistry.TryGetWithdrawn(string?, out WithdrawnCountry?)"/>.
/// </para>
/// <para>
/// The default value is invalid: <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/>
/// returns the empty string, the other properties throw <see cref="InvalidOperationException"/>, and every
/// validator rejects it. On the wire a code is its alpha-2 string, e.g. <c>"MK"</c>.
/// </para>
/// <para>Codes order by their alpha-2 text (ordinal), the default value first.</para>
/// </remarks>
[JsonConverter(typeof(CountryCodeJsonConverter))]
[TextValue("a country code", Expected = "an upper-case ISO 3166-1 alpha-2 country code (e.g. \"MK\") or \"XK\"", Example = "MK", OneSpelling = false)]
public readonly partial struct CountryCode
{
    private readonly short _position;

    internal CountryCode(short position) => _position = position;

    /// <summary>Albania, <c>AL</c>.</summary>
    public static CountryCode Albania { get; } = Parse("AL");

    /// <summary>Bosnia and Herzegovina, <c>BA</c>.</summary>
    public static CountryCode BosniaAndHerzegovina { get; } = Parse("BA");

    /// <summary>Kosovo*, the user-assigned code <c>XK</c> (see <see cref="Country.Designation"/> for the designation footnotes).</summary>
    public static CountryCode Kosovo { get; } = Parse("XK");

    /// <summary>Montenegro, <c>ME</c>.</summary>
    public static CountryCode Montenegro { get; } = Parse("ME");

    /// <summary>North Macedonia, <c>MK</c>.</summary>
    public static CountryCode NorthMacedonia { get; } = Parse("MK");

    /// <summary>Serbia, <c>RS</c>.</summary>
    public static CountryCode Serbia { get; } = Parse("RS");

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _position == 0;

    /// <summary>The canonical upper-case alpha-2 code, e.g. <c>MK</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public string Alpha2 => Entry.Alpha2;

    /// <summary>The upper-case alpha-3 code, e.g. <c>MKD</c>; <c>XKX</c> for Kosovo.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public string Alpha3 => Entry.Alpha3;

    /// <summary>The three-digit numeric code, e.g. <c>807</c>, or <see langword="null"/> for Kosovo, which has none.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public string? NumericCode => Entry.Numeric;

    /// <summary>Whether the code is user-assigned rather than standardised by ISO 3166-1 (true only for Kosovo's <c>XK</c>).</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public bool IsUserAssigned => Entry.IsUserAssigned;

    /// <summary>Every code of the registry: the 249 ISO 3166-1 entries and Kosovo, in alpha-2 order.</summary>
    public static IReadOnlyList<CountryCode> All => AllCodes.Value;

    internal short Position => _position;

    internal IsoCountryEntry Entry => _position == 0
        ? throw new InvalidOperationException("The default CountryCode names no country; it is not a valid code.")
        : IsoCountryTable.Entries[_position - 1];

    private static readonly Lazy<CountryCode[]> AllCodes = new(
        () => Enumerable.Range(1, IsoCountryTable.Entries.Length).Select(i => new CountryCode((short)i)).ToArray());

    /// <summary>Tries to parse an alpha-2, alpha-3 or numeric code. Never throws.</summary>
    /// <param name="s">The code.</param>
    /// <param name="result">The canonical code, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> named a code of the registry.</returns>
    private static bool TryParseCore(ReadOnlySpan<char> s, out CountryCode result)
    {
        result = new CountryCode(IsoCountryIndex.Find(s));
        return !result.IsDefault;
    }

    /// <summary>Tries to parse UTF-8 alpha-2, alpha-3 or numeric text. Never throws.</summary>
    /// <param name="utf8Text">The code as UTF-8 bytes.</param>
    /// <param name="result">The canonical code, or the default value on failure.</param>
    /// <returns>Whether the text named a code of the registry.</returns>
    private static bool TryParseCore(ReadOnlySpan<byte> utf8Text, out CountryCode result)
    {
        result = new CountryCode(IsoCountryIndex.Find(utf8Text));
        return !result.IsDefault;
    }

    /// <summary>The canonical alpha-2 code, or the empty string for the default value.</summary>
    /// <returns>For example <c>MK</c>.</returns>
    public override string ToString() => _position == 0 ? string.Empty : IsoCountryTable.Entries[_position - 1].Alpha2;

    /// <summary>The position in the ISO table, which equality, hashing and order compare.</summary>
    private short Key => _position;

    internal static string DescribeFailure(string text) =>
        CountryRegistry.TryGetWithdrawn(text, out var withdrawn)
            ? $"{JsonErrors.Quote(text)} is the withdrawn code of {withdrawn.Name} (withdrawn {JhaModel.Provenance.IsoDate.Format(withdrawn.WithdrawalDate)}), not a current country; expected a current ISO 3166-1 alpha-2, alpha-3 or numeric code, or XK/XKX."
            : $"{JsonErrors.Quote(text)} is not a country code; expected a current ISO 3166-1 alpha-2 (e.g. 'MK'), alpha-3 ('MKD') or numeric ('807') code, or XK/XKX for Kosovo.";
}
