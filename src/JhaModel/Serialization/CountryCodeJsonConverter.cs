using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Countries;
using JhaModel.ReferenceData;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="CountryCode"/> as its canonical alpha-2 string; only that form is accepted on the wire.</summary>
internal sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    private const string Expected = "an upper-case ISO 3166-1 alpha-2 country code (e.g. \"MK\") or \"XK\"";

    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.ExpectedString(reader.TokenType, Expected);
        }

        return ReadCore(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ThrowIfDefault(value);
        writer.WriteStringValue(value.Alpha2);
    }

    public override CountryCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ThrowIfDefault(value);
        writer.WritePropertyName(value.Alpha2);
    }

    private static CountryCode ReadCore(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            short position = IsoCountryIndex.FindCanonicalAlpha2(reader.ValueSpan);
            if (position != 0)
            {
                return new CountryCode(position);
            }
        }

        string text = reader.GetString()!;
        if (text.Length == 2 && CountryCode.TryParse(text, out var code) && code.Alpha2 == text)
        {
            return code;
        }

        throw JsonErrors.Invalid(CountryCode.TryParse(text, out var other)
            ? $"Found {JsonErrors.Quote(text)}; expected the canonical alpha-2 form \"{other.Alpha2}\"."
            : $"Found {JsonErrors.Quote(text)}; expected {Expected}. {CountryCode.DescribeFailure(text)}");
    }

    private static void ThrowIfDefault(CountryCode value)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write the default CountryCode: it names no country.");
        }
    }
}
