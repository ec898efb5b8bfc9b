using System.Text.Json;
using System.Text.Json.Serialization;

namespace JhaModel.Serialization;

/// <summary>
/// The converter of every value written as a single JSON string (identifiers, codes, parties, event dates): read a
/// string, parse it strictly, and say what was found and what was expected; refuse to write the invalid default value.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class TextValueJsonConverter<T> : JsonConverter<T>
    where T : struct, ITextValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonErrors.ReadString(ref reader, T.ExpectedForm);
        if (!T.TryParse(text, null, out var value))
        {
            throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {T.ExpectedForm}.{(T.Hint(text) is { } meant ? $" Did you mean {JsonErrors.Quote(meant)}?" : string.Empty)}");
        }

        // The wire holds one spelling of each value, so a value is written back exactly as it was read.
        return T.HasOneSpelling || string.Equals(value.ToString(), text, StringComparison.Ordinal)
            ? value
            : throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {T.ExpectedForm}, in its one written form. Did you mean {JsonErrors.Quote(value.ToString())}?");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException($"Cannot write the default {typeof(T).Name}: it is not a valid value.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
