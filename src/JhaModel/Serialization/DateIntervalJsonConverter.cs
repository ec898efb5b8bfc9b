using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="DateInterval"/> as <c>{"start":"2022-01-01","end":"2025-12-31"}</c>, both days
/// inclusive. Reading is strict: both members required, no other member, no duplicate, start not after end.
/// </summary>
internal sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    private const string Expected = "a period {\"start\":\"YYYY-MM-DD\",\"end\":\"YYYY-MM-DD\"} with start on or before end";

    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.Invalid($"Found a JSON {reader.TokenType}; expected {Expected}.");
        }

        LocalDate? start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "start" when start is null:
                    start = ReadDate(ref reader, name);
                    break;
                case "end" when end is null:
                    end = ReadDate(ref reader, name);
                    break;
                case "start" or "end":
                    throw JsonErrors.Invalid($"The member '{name}' appears twice; expected {Expected}.");
                default:
                    throw JsonErrors.Invalid($"Found the unknown member '{name}'; expected {Expected}.");
            }
        }

        if (start is not { } s || end is not { } e)
        {
            throw JsonErrors.Invalid($"The member '{(start is null ? "start" : "end")}' is missing; expected {Expected}.");
        }

        return e < s
            ? throw JsonErrors.Invalid($"Found start {Format(s)} after end {Format(e)}; expected {Expected}.")
            : new DateInterval(s, e);
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("start", Format(value.Start));
        writer.WriteString("end", Format(value.End));
        writer.WriteEndObject();
    }

    private static LocalDate ReadDate(ref Utf8JsonReader reader, string member)
    {
        string text = JsonErrors.ReadString(ref reader, $"an ISO 8601 date (YYYY-MM-DD) for '{member}'");
        var result = Utf8Iso.Parse(LocalDatePattern.Iso, text);
        return result.Success ? result.Value : throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)} for '{member}'; expected an ISO 8601 date (YYYY-MM-DD).");
    }

    private static string Format(LocalDate date) => JhaModel.Provenance.IsoDate.Format(date);
}
