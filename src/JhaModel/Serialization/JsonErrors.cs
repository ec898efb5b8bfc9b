using System.Text.Json;

namespace JhaModel.Serialization;

/// <summary>Builds the exceptions converters throw for bad input, each saying what was found and what was expected.</summary>
internal static class JsonErrors
{
    public static JsonException ExpectedString(JsonTokenType found, string expected) =>
        new($"Found a JSON {Describe(found)}; expected a string holding {expected}.");

    public static JsonException Invalid(string message) => new(message);

    /// <summary>Reads the current token as a string, or throws a <see cref="JsonException"/> naming the token found and what was expected.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw ExpectedString(reader.TokenType, expected);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        _ => token.ToString(),
    };
}
