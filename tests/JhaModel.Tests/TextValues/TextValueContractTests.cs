using System.Reflection;
using System.Text;
using System.Text.Json;
using JhaModel.Serialization;

namespace JhaModel.Tests.TextValues;

/// <summary>
/// The contract every text value keeps (in the style of NodaTime's <c>TestHelper</c>), run by reflection for each type
/// that implements <see cref="ITextValue{TSelf}"/> on the data in <see cref="TextValueSamples"/>: parse and format
/// round-trip, UTF-16 and UTF-8 parsing agree, equality, hashing and ordering are consistent, the default is the
/// invalid "missing" value, and malformed text is refused.
/// </summary>
public sealed class TextValueContractTests
{
    private static readonly Type[] TextValueTypes = [.. typeof(ITextValue<>).Assembly.GetTypes()
        .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITextValue<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<string> TypeNames => [.. TextValueTypes.Select(t => t.FullName!)];

    [Fact]
    public void Every_text_value_type_has_contract_data()
    {
        var missing = TextValueTypes.Where(t => !TextValueSamples.All.ContainsKey(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"Text values without contract data in TextValueSamples: {string.Join(", ", missing)}.");
        Assert.True(TextValueTypes.Length >= 14, $"Expected at least the 14 text values of the model, found {TextValueTypes.Length}.");
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Parse_and_format_round_trip(string typeName) => Run(typeName, nameof(RoundTrip));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Utf8_and_utf16_parsing_agree(string typeName) => Run(typeName, nameof(Utf8AgreesWithUtf16));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Equality_and_hashing_are_consistent(string typeName) => Run(typeName, nameof(Equality));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Ordering_follows_the_data_and_the_operators_agree(string typeName) => Run(typeName, nameof(Ordering));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void The_default_value_is_missing(string typeName) => Run(typeName, nameof(DefaultValue));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Malformed_text_is_refused(string typeName) => Run(typeName, nameof(Malformed));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Other_spellings_parse_to_the_written_form_and_only_when_the_type_says_so(string typeName) => Run(typeName, nameof(OtherSpellings));

    private static void Run(string typeName, string check)
    {
        var type = TextValueTypes.Single(t => t.FullName == typeName);
        var method = typeof(TextValueContractTests).GetMethod(check, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        try
        {
            method.Invoke(null, [TextValueSamples.All[type]]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private static void RoundTrip<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        foreach (string text in sample.Ascending)
        {
            Assert.True(TryParseText<T>(text, out var value), $"{typeof(T).Name}: \"{text}\" should parse.");
            Assert.Equal(text, value.ToString());
            Assert.False(value.IsDefault);
            Assert.Equal(value, ParseText<T>(text));
            Assert.Equal(value, T.Parse(text.AsSpan(), null));
            Assert.Equal(value, ParseText<T>(value.ToString()!));
            string json = JsonSerializer.Serialize(value, JhaModelJson.Options);
            Assert.Equal(value, JsonSerializer.Deserialize<T>(json, JhaModelJson.Options));
        }
    }

    private static void Utf8AgreesWithUtf16<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        foreach (string text in sample.Ascending.Concat(sample.Malformed).Concat(sample.OtherSpellings.Select(s => s.Text)))
        {
            bool utf16 = T.TryParse(text.AsSpan(), null, out var fromUtf16);
            bool utf8 = T.TryParse(Encoding.UTF8.GetBytes(text), null, out var fromUtf8);
            Assert.True(utf16 == utf8, $"{typeof(T).Name}: \"{text}\" parses from UTF-16: {utf16}, from UTF-8: {utf8}.");
            Assert.Equal(fromUtf16, fromUtf8);
        }

        // Ill-formed UTF-8 never parses, and a long text is refused without overflowing a buffer.
        foreach (byte[] bytes in new[] { new byte[] { 0xFF, 0xFE }, [(byte)'a', 0xC3], [.. Enumerable.Repeat((byte)'a', 10_000)] })
        {
            Assert.False(T.TryParse(bytes, null, out var none));
            Assert.True(none.IsDefault);
        }
    }

    private static void Equality<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        var values = sample.Ascending.Select(s => ParseText<T>(s)).ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            var again = ParseText<T>(sample.Ascending[i]);
            Assert.True(values[i].Equals(again));
            Assert.True(values[i].Equals((object)again));
            Assert.Equal(values[i].GetHashCode(), again.GetHashCode());
            Assert.True(Operator<T>("op_Equality", values[i], again));
            Assert.False(Operator<T>("op_Inequality", values[i], again));
            Assert.False(values[i].Equals((object)sample.Ascending[i]), "A value never equals its text.");
            Assert.False(values[i].Equals(null));
            for (int j = 0; j < values.Length; j++)
            {
                if (i != j)
                {
                    Assert.False(values[i].Equals(values[j]), $"{typeof(T).Name}: {values[i]} should differ from {values[j]}.");
                    Assert.True(Operator<T>("op_Inequality", values[i], values[j]));
                }
            }
        }

        Assert.Equal(values.Length, values.Distinct().Count());
    }

    private static void Ordering<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        var values = sample.Ascending.Select(s => ParseText<T>(s)).ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(0, values[i].CompareTo(ParseText<T>(sample.Ascending[i])));
            Assert.Equal(1, ((IComparable)values[i]).CompareTo(null));
            Assert.Throws<ArgumentException>(() => ((IComparable)values[i]).CompareTo(sample.Ascending[i]));
            for (int j = 0; j < values.Length; j++)
            {
                int expected = i.CompareTo(j);
                Assert.True(Math.Sign(values[i].CompareTo(values[j])) == expected, $"{typeof(T).Name}: {values[i]} compared with {values[j]} should be {expected}.");
                Assert.Equal(Math.Sign(values[i].CompareTo(values[j])), Math.Sign(((IComparable)values[i]).CompareTo(values[j])));
                Assert.Equal(expected < 0, Operator<T>("op_LessThan", values[i], values[j]));
                Assert.Equal(expected > 0, Operator<T>("op_GreaterThan", values[i], values[j]));
                Assert.Equal(expected <= 0, Operator<T>("op_LessThanOrEqual", values[i], values[j]));
                Assert.Equal(expected >= 0, Operator<T>("op_GreaterThanOrEqual", values[i], values[j]));
            }
        }

        var shuffled = values.Reverse().ToList();
        shuffled.Sort();
        Assert.Equal(values, shuffled);
    }

    private static void DefaultValue<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        T none = default;
        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(none, default(T));
        Assert.Equal(none.GetHashCode(), default(T).GetHashCode());
        foreach (string text in sample.Ascending)
        {
            var value = ParseText<T>(text);
            Assert.NotEqual(none, value);
            Assert.True(none.CompareTo(value) < 0, $"{typeof(T).Name}: the default value orders before {value}.");
            Assert.True(value.CompareTo(none) > 0);
        }

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(none, JhaModelJson.Options));
        Assert.Contains(typeof(T).Name, error.Message, StringComparison.Ordinal);
    }

    private static void Malformed<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        Assert.False(TryParseText<T>(null, out var fromNull));
        Assert.True(fromNull.IsDefault);
        Assert.Throws<ArgumentNullException>(() => ParseText<T>(null!));
        foreach (string text in sample.Malformed)
        {
            Assert.False(TryParseText<T>(text, out var value), $"{typeof(T).Name}: \"{text}\" should not parse, but gave {value}.");
            Assert.True(value.IsDefault);
            Assert.False(T.TryParse(text.AsSpan(), null, out value));
            var error = Assert.Throws<FormatException>(() => ParseText<T>(text));
            Assert.Contains(JsonErrors.Quote(text), error.Message, StringComparison.Ordinal);
            Assert.Throws<FormatException>(() => T.Parse(Encoding.UTF8.GetBytes(text), null));
            var json = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(JsonString(text), JhaModelJson.Options));
            Assert.Contains(JsonErrors.Quote(text), json.Message, StringComparison.Ordinal);
        }
    }

    private static void OtherSpellings<T>(TextValueSamples.Sample sample)
        where T : struct, ITextValue<T>
    {
        Assert.True(T.HasOneSpelling == (sample.OtherSpellings.Length == 0), $"{typeof(T).Name}.HasOneSpelling is {T.HasOneSpelling}, but the data lists {sample.OtherSpellings.Length} other spellings.");
        foreach (var (text, written) in sample.OtherSpellings)
        {
            Assert.Equal(written, ParseText<T>(text).ToString());
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(JsonString(text), JhaModelJson.Options));
            Assert.Contains($"\"{written}\"", error.Message, StringComparison.Ordinal);
        }
    }

    // Through IParsable, so that the string overloads are the ones called (on T, member lookup finds ISpanParsable's first).
    private static T ParseText<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseText<T>(string? text, out T value)
        where T : IParsable<T> => T.TryParse(text, null, out value!);

    private static string JsonString(string text) => $"\"{JsonEncodedText.Encode(text)}\"";

    private static bool Operator<T>(string name, T left, T right) =>
        (bool)typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])!.Invoke(null, [left, right])!;
}
