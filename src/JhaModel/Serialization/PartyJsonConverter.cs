using JhaModel.Organisations;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="Party"/> as an alpha-2 country code or an organisation identifier.</summary>
internal sealed class PartyJsonConverter : TextValueJsonConverter<Party>
{
    protected override string Expected =>
        "a party: an upper-case alpha-2 country code (e.g. \"AL\") or a lower-case organisation identifier (e.g. \"europol\")";

    protected override bool TryParse(string text, out Party value) => Party.TryParse(text, out value);

    protected override bool IsDefault(Party value) => value.IsDefault;

    /// <summary>An alpha-3 or numeric code, or an alpha-2 code in another casing, is meant as its alpha-2 code.</summary>
    protected override string? Hint(string text) =>
        JhaModel.Countries.CountryCode.TryParse(text, out var code) ? code.Alpha2 : null;
}
