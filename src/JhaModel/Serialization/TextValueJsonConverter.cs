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
        return TryParse(text, out var value) ? value : throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {Expected}.");
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (IsDefault(value))
        {
            throw new JsonException($"Cannot write the default {typeof(T).Name}: it is not a valid value.");
        }

        writer.WriteStringValue(value.ToString());
    }

    protected abstract bool TryParse(string text, out T value);

    protected abstract bool IsDefault(T value);
}
