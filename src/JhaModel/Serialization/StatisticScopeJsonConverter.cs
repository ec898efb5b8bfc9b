using System.Text.Json;
using System.Text.Json.Serialization;
using JhaModel.Countries;
using JhaModel.Statistics;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="StatisticScope"/> as an object with exactly one member: <c>{"country":"RS"}</c>,
/// <c>{"countries":["AL","RS"]}</c>, <c>{"grouping":"wb6"}</c> or <c>{"outside":"eu"}</c>. Reading is strict.
/// </summary>
internal sealed class StatisticScopeJsonConverter : JsonConverter<StatisticScope>
{
    private const string Expected =
        "a scope with exactly one member: {\"country\":\"RS\"}, {\"countries\":[\"AL\",\"RS\"]} (two or more distinct countries), {\"grouping\":\"wb6\"} or {\"outside\":\"eu\"}";

    private static readonly CountryCodeJsonConverter Codes = new();

    public override StatisticScope Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.Invalid($"Found a JSON {reader.TokenType}; expected {Expected}.");
        }

        StatisticScope? scope = null;
        string? first = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (first is not null)
            {
                throw JsonErrors.Invalid($"Found the member '{name}' after '{first}'; expected {Expected}.");
            }

            first = name;
            scope = name switch
            {
                "country" => StatisticScope.Of(Codes.Read(ref reader, typeof(CountryCode), options)),
                "countries" => ReadSet(ref reader, options),
                "grouping" => StatisticScope.Grouping(ReadGroupingId(ref reader, name)),
                "outside" => StatisticScope.Outside(ReadGroupingId(ref reader, name)),
                _ => throw JsonErrors.Invalid($"Found the unknown member '{name}'; expected {Expected}."),
            };
        }

        return scope ?? throw JsonErrors.Invalid($"Found an empty object; expected {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, StatisticScope value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        switch (value.Kind)
        {
            case StatisticScopeKind.Country:
                writer.WritePropertyName("country");
                Codes.Write(writer, value.Countries[0], options);
                break;
            case StatisticScopeKind.Countries:
                writer.WriteStartArray("countries");
                foreach (var country in value.Countries)
                {
                    Codes.Write(writer, country, options);
                }

                writer.WriteEndArray();
                break;
            case StatisticScopeKind.Grouping:
                writer.WriteString("grouping", value.GroupingId);
                break;
            default:
                writer.WriteString("outside", value.GroupingId);
                break;
        }

        writer.WriteEndObject();
    }

    private static StatisticScope ReadSet(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonErrors.Invalid($"Found a JSON {reader.TokenType} for 'countries'; expected an array of two or more distinct alpha-2 country codes.");
        }

        var countries = new List<CountryCode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var country = Codes.Read(ref reader, typeof(CountryCode), options);
            if (countries.Contains(country))
            {
                throw JsonErrors.Invalid($"Found {JsonErrors.Quote(country.ToString())} twice in 'countries'; expected each country once.");
            }

            countries.Add(country);
        }

        return countries.Count >= 2
            ? StatisticScope.Of(countries)
            : throw JsonErrors.Invalid($"Found {countries.Count} countries in 'countries'; expected two or more (write one country as {{\"country\":\"RS\"}}).");
    }

    private static string ReadGroupingId(ref Utf8JsonReader reader, string member)
    {
        string text = JsonErrors.ReadString(ref reader, $"a grouping identifier for '{member}' (e.g. \"wb6\", \"eu\")");
        return Collections.Kebab.IsValid(text)
            ? text
            : throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)} for '{member}'; expected a kebab-case grouping identifier (e.g. \"wb6\", \"eu\").");
    }
}
