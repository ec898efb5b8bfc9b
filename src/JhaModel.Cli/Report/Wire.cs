using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace JhaModel.Cli.Report;

/// <summary>The library's wire spellings of enum values and dates, for the report's JSON and its text.</summary>
internal static class Wire
{
    /// <summary>The kebab-case wire name of an enum value (<c>in-force</c>, <c>potential-candidate</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        string member = value.ToString();
        return typeof(T).GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? member;
    }

    /// <summary>The wire name as words (<c>in force</c>, <c>potential candidate</c>).</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Name(value).Replace('-', ' ');

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Period(DateInterval period) => $"{Date(period.Start)}/{Date(period.End)}";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Rate(decimal rate) => rate.ToString("0.0", CultureInfo.InvariantCulture);
}
