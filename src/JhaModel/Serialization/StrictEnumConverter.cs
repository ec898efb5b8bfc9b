using System.Text.Json.Serialization;

namespace JhaModel.Serialization;

/// <summary>
/// Reads and writes an enum as its <see cref="JsonStringEnumMemberNameAttribute"/> string only: numbers and
/// undefined names are rejected, so a value's meaning never depends on its numeric value on the wire.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public StrictEnumConverter()
        : base(namingPolicy: null, allowIntegerValues: false)
    {
    }
}
