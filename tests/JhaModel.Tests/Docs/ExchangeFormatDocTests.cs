using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Docs;

/// <summary>docs/exchange-format-members.md lists every member of every object of the format, generated from the contract.</summary>
public sealed class ExchangeFormatDocTests
{
    [Fact]
    public void The_member_reference_is_generated_from_the_contract()
    {
        var page = new StringBuilder()
            .Append("# Exchange format: members\n\n")
            .Append("Every object of the exchange format (format version ").Append(ExchangeDocument.CurrentFormatVersion).Append("), with each member, its JSON type, and whether it is\n")
            .Append("required. Generated from the serialization contract by `ExchangeFormatDocTests`; regenerate with\n")
            .Append("`JHA_UPDATE_GOLDEN=1 dotnet test`. Optional members are omitted when absent; lists may be omitted when empty\n")
            .Append("(they read as empty). The normative rules are in [exchange-format.md](exchange-format.md).\n");
        var queue = new Queue<Type>([typeof(ExchangeDocument)]);
        var seen = new HashSet<Type> { typeof(ExchangeDocument) };
        while (queue.TryDequeue(out var type))
        {
            var info = JhaModelJson.Options.GetTypeInfo(type);
            page.Append("\n## ").Append(type.Name).Append("\n\n| Member | Type | Required |\n|---|---|---|\n");
            foreach (var property in info.Properties.Where(p => p.Set is not null))
            {
                page.Append("| `").Append(property.Name).Append("` | ").Append(Describe(property.PropertyType, queue, seen)).Append(" | ")
                    .Append(property.IsRequired ? "yes" : "no").Append(" |\n");
            }
        }

        Golden.AssertMatches("docs/exchange-format-members.md", page.ToString());
    }

    private static string Describe(Type type, Queue<Type> queue, HashSet<Type> seen)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return "array of " + Describe(underlying.GetGenericArguments()[0], queue, seen);
        }

        if (underlying.IsEnum)
        {
            var names = underlying.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);
            return "string, one of " + string.Join(", ", names.Select(n => $"`{n}`"));
        }

        string? known = underlying.Name switch
        {
            "String" => "string",
            "Boolean" => "boolean",
            "Int32" or "Int64" => "integer",
            "Decimal" => "number",
            "LocalDate" => "string, ISO 8601 date (`2010-12-17`)",
            "Instant" => "string, ISO 8601 instant in UTC (`2026-11-30T12:00:00Z`)",
            "DateInterval" => "object `{\"start\": date, \"end\": date}`, both days inclusive",
            "EventDate" => "string, event date: `2010-12-17`, `2005-12`, `2000`, `2005-12-15/2005-12-16` or `../2025-01-01`",
            "CountryCode" => "string, upper-case ISO 3166-1 alpha-2 code or `XK`",
            "Party" => "string, a country code (`AL`) or an organisation identifier (`europol`)",
            "CoeTreatyNumber" => "string, `CETS 185` (only this form: `ETS No. 185` is refused with the form meant)",
            "OrganisationId" or "AgreementId" or "CaseStatisticId" => "string, kebab-case identifier (`europol`, `coe-cets-185`)",
            "AgreementKind" or "StatisticMetric" or "ResultMetric" or "QuantityUnit" => "string, kebab-case value of an open vocabulary (unknown values are kept)",
            "PolicyCycleId" => "string, the cycle's years (`2022-2025`)",
            "CrimePriorityKey" => "string, `CYCLE/slug` (`2022-2025/migrant-smuggling`)",
            "ActionCode" => "string, `OA` and a dotted number (`OA 3.2`)",
            "StatisticScope" => "object with exactly one member: `country` (code), `countries` (array of codes), `grouping` (`wb6`, `eu`, …) or `outside` (a grouping)",
            _ => null,
        };
        if (known is not null)
        {
            return known;
        }

        var info = JhaModelJson.Options.GetTypeInfo(underlying);
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            if (seen.Add(underlying))
            {
                queue.Enqueue(underlying);
            }

            return $"object [{underlying.Name}](#{underlying.Name.ToLowerInvariant()})";
        }

        return $"string ({underlying.Name}, see the schema)";
    }
}
