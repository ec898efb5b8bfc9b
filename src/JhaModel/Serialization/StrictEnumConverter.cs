using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes an enum as its <see cref="JsonStringEnumMemberNameAttribute"/> string, and reads only that exact
/// text: no numbers, no other casing, no surrounding whitespace, no comma-separated flag lists, so a value is
/// written back exactly as it was read. A near miss gets a "did you mean" hint.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>, IWireNames
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Name, byte[] Utf8)[] Names = CreateNames();

    private static readonly string Expected = $"one of: {string.Join(", ", Names.Select(n => n.Name))}";

    /// <inheritdoc />
    public IEnumerable<string> WireNames => Names.Select(n => n.Name);

    /// <summary>The wire name of <paramref name="value"/> (<c>entry-into-force</c>), for messages; the number for an undefined value.</summary>
    public static string NameOf(TEnum value)
    {
        foreach (var (candidate, name, _) in Names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(candidate, value))
            {
                return name;
            }
        }

        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.ExpectedString(reader.TokenType, Expected);
        }

        foreach (var (value, _, utf8) in Names)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return value;
            }
        }

        string text = reader.GetString()!;
        string hint = text.Contains(',', StringComparison.Ordinal) ? " One value is expected, not a list."
            : NearMiss.Find(text, Names.Select(n => n.Name)) is { } nearest ? $" Did you mean \"{nearest}\"?"
            : string.Empty;
        throw JsonErrors.Invalid($"Found {JsonErrors.Quote(text)}; expected {Expected}.{hint}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        foreach (var (candidate, _, utf8) in Names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(candidate, value))
            {
                writer.WriteStringValue(utf8);
                return;
            }
        }

        throw new JsonException($"Cannot write {value} as a {typeof(TEnum).Name}: it is not a defined value.");
    }

    private static (TEnum, string, byte[])[] CreateNames()
    {
        // JsonStringEnumMemberName, read as System.Text.Json's own enum converter reads it: the attribute on the field
        // of each defined value, else the field's name. (Read directly rather than through that converter, which would
        // warm up a serializer in a process that only asks for a name.)
        var names = new List<(TEnum, string, byte[])>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            string field = Enum.GetName(value)!;
            string name = typeof(TEnum).GetField(field, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field;
            names.Add((value, name, Encoding.UTF8.GetBytes(name)));
        }

        return [.. names];
    }
}

/// <summary>A converter of a closed vocabulary: the names it reads and writes, for the JSON Schema.</summary>
internal interface IWireNames
{
    /// <summary>The wire names of every value, in declaration order.</summary>
    IEnumerable<string> WireNames { get; }
}
