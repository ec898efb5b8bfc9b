using System.Text.Json;
using System.Text.Json.Serialization;

namespace JhaModel.Serialization;

/// <summary>
/// The one shape of every converter for a value written as a single JSON string (identifiers, parties, event
/// dates): read a string, parse it strictly, and say what was found and what was expected; refuse to write the
/// invalid default value.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class TextValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    /// <summary>What a valid value looks like, for error messages, e.g. <c>a kebab-case agreement identifier (e.g. "coe-cets-185")</c>.</summary>
    protected abstract string Expected { get; }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, Expected);
        if (!TryParse(text, out var value))
        {
            throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {Expected}.{(Hint(text) is { } meant ? $" Did you mean {JsonErrors.Quote(meant)}?" : string.Empty)}");
        }

        // The wire holds one spelling of each value, so a value is written back exactly as it was read.
        return HasOneSpelling || string.Equals(value.ToString(), text, StringComparison.Ordinal)
            ? value
            : throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {Expected}, in its one written form. Did you mean {JsonErrors.Quote(value.ToString())}?");
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (IsDefault(value))
        {
            throw new JsonException($"Cannot write the default {typeof(T).Name}: it is not a valid value.");
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <summary>
    /// Whether <see cref="TryParse"/> accepts only the form <see cref="object.ToString"/> writes (true for most types);
    /// a type that parses other spellings too (aliases, other casing) returns false, and the wire then refuses them.
    /// </summary>
    protected virtual bool HasOneSpelling => true;

    /// <summary>The value a user most likely meant by <paramref name="text"/>, which does not parse, or null.</summary>
    protected virtual string? Hint(string text) => null;

    protected abstract bool TryParse(string text, out T value);

    protected abstract bool IsDefault(T value);
}
