using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Serialization;
using JhaModel.Testing;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace JhaModel.Tests.Serialization;

/// <summary>
/// The UTF-8 fast-path converters behave exactly like NodaTime's stock System.Text.Json converters, within the wire
/// grammar: an instant is read as RFC 3339 (the stock instant converter's result in UTC, the stock offset date-time
/// converter's instant with an offset), and refused outside that grammar (hour 24, an offset without minutes).
/// </summary>
public sealed class NodaTimeConverterParityTests
{
    private static readonly JsonSerializerOptions Options = new();

    private static Gen<string> DateLike =>
        from year in Gen.Elements("2020", "0001", "9999", "0000", "-0001", "1999", "20200")
        from month in Gen.Elements("01", "02", "12", "13", "00", "1")
        from day in Gen.Elements("01", "28", "29", "30", "31", "32", "00")
        select $"{year}-{month}-{day}";

    private static Gen<string> InstantLike =>
        from date in DateLike
        from time in Gen.Elements("00:00:00", "23:59:59", "24:00:00", "12:60:00", "10:00:00.5", "10:00:00.123456789", "10:00")
        from zone in Gen.Elements("Z", "", "+01:00", "-00:00", "+18:00", "+18:01", "+0100", "+01", "z")
        select $"{date}T{time}{zone}";

    [Property(MaxTest = 1000)]
    public Property Dates_read_like_the_stock_converter() =>
        Prop.ForAll(Gen.OneOf(DateLike, ArbMap.Default.GeneratorFor<string>()).ToArbitrary(), text =>
            Same(Read(new LocalDateJsonConverter(), text), Read(NodaConverters.LocalDateConverter, text)));

    [Property(MaxTest = 1000)]
    public Property Instants_read_like_the_stock_converters_within_the_wire_grammar() =>
        Prop.ForAll(Gen.OneOf(InstantLike, ArbMap.Default.GeneratorFor<string>()).ToArbitrary(), text =>
        {
            var ours = Read(new InstantJsonConverter(), text);
            if (!System.Text.RegularExpressions.Regex.IsMatch(text, InstantJsonConverter.WirePattern[..^1] + @"\z"))
            {
                return !ours.Ok;
            }

            if (text.EndsWith('Z'))
            {
                return Same(ours, Read(NodaConverters.InstantConverter, text));
            }

            var offset = Read(NodaConverters.OffsetDateTimeConverter, text);
            return Same(ours, (offset.Ok, offset.Ok ? offset.Value.ToInstant() : default));
        });

    [Property(MaxTest = 1000)]
    public bool Dates_write_like_the_stock_converter(LocalDate date) =>
        Write(new LocalDateJsonConverter(), date) == Write(NodaConverters.LocalDateConverter, date);

    [Property(MaxTest = 1000)]
    public Property Instants_write_like_the_stock_converter() =>
        Prop.ForAll(
            Gen.OneOf(JhaGenerators.Instant, JhaGenerators.Instant.Select(i => i.PlusNanoseconds(123_456_789)), Gen.Constant(Instant.FromUtc(1, 1, 1, 0, 0))).ToArbitrary(),
            instant => Write(new InstantJsonConverter(), instant) == Write(NodaConverters.InstantConverter, instant));

    [Fact]
    public void Escaped_input_takes_the_pattern_path_with_the_same_result()
    {
        Assert.Equal(new LocalDate(2020, 10, 22), Read(new LocalDateJsonConverter(), "2020-10-22", escaped: true).Value);
        Assert.Equal(Instant.FromUtc(2020, 10, 22, 10, 0), Read(new InstantJsonConverter(), "2020-10-22T10:00:00Z", escaped: true).Value);
    }

    private static (bool Ok, T Value) Read<T>(JsonConverter<T> converter, string text, bool escaped = false)
    {
        string json = escaped ? "\"\\u" + ((int)text[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + text[1..] + "\"" : JsonEncoded(text);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            return (true, converter.Read(ref reader, typeof(T), Options)!);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or NodaTime.Text.UnparsableValueException or InvalidOperationException)
        {
            return (false, default!);
        }
    }

    private static string Write<T>(JsonConverter<T> converter, T value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Options);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string JsonEncoded(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c is '"' or '\\' || c < ' ' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private static bool Same<T>((bool Ok, T Value) ours, (bool Ok, T Value) stock) =>
        ours.Ok == stock.Ok && (!ours.Ok || EqualityComparer<T>.Default.Equals(ours.Value, stock.Value));
}
