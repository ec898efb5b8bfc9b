using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace JhaModel.Serialization;

/// <summary>
/// The one shape of the NodaTime converters: a UTF-8 fast path for the plain ISO form, read and written without
/// allocating, and a fall-back to a NodaTime ISO pattern for everything else, so the result is always the stock
/// NodaTime converter's.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class IsoPatternJsonConverter<T> : JsonConverter<T>
{
    /// <summary>What a valid value looks like, for error messages.</summary>
    protected abstract string Expected { get; }

    /// <summary>The NodaTime pattern that decides everything the fast path does not handle.</summary>
    protected abstract IPattern<T> Pattern { get; }

    /// <summary>The longest plain form the fast path writes, in bytes.</summary>
    protected abstract int MaxFastLength { get; }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && TryParseFast(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = JsonErrors.ReadString(ref reader, Expected);
        var result = Utf8Iso.Parse(Pattern, text);
        return result.Success ? result.Value : throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {Expected}.");
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[MaxFastLength];
        if (TryFormatFast(value, buffer))
        {
            writer.WriteStringValue(buffer);
        }
        else
        {
            writer.WriteStringValue(Pattern.Format(value));
        }
    }

    protected abstract bool TryParseFast(ReadOnlySpan<byte> utf8, out T value);

    protected abstract bool TryFormatFast(T value, Span<byte> destination);
}
