using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Countries;
using JhaModel.Testing;

namespace JhaModel.Tests.Validation;

/// <summary>
/// Rule messages speak the words of the wire: for every rule of the catalogue, the messages its breaking generator's
/// values get name no .NET type or enum member (<c>EntryIntoForce</c>, <c>CouncilDecisionOnSigning</c>,
/// <c>AgreementEventKind</c>), no namespace and no framework type; enum values appear by their wire names
/// (<c>entry-into-force</c>).
/// </summary>
public sealed partial class RuleMessageTests
{
    private const int SamplesPerCode = 20;

    private static readonly Assembly Library = typeof(CountryCode).Assembly;

    public static TheoryData<string> Codes() => [.. Invalid.ErrorCodes];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_rule_message_names_no_dotnet_type_or_enum_member(string code)
    {
        var validator = ValidatorFor(Invalid.TargetOf(code));
        var messages = Invalid.For(code).Sample(10, new Rnd(20261203UL), SamplesPerCode)
            .SelectMany(value => validator.Validate(new ValidationContext<object>(value)).Errors)
            .Where(e => e.ErrorCode == code)
            .Select(e => e.ErrorMessage)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(messages);
        var found = messages.SelectMany(m => DotnetNamesIn(m).Select(name => $"{name} in \"{m}\"")).ToList();
        Assert.True(found.Count == 0, $"{code}: the message names .NET, not the wire: {string.Join("; ", found)}");
    }

    [Theory]
    [InlineData("CouncilDecisionOnConclusion on 2001-11-08 is before the opening for signature on 2001-11-23", "CouncilDecisionOnConclusion")]
    [InlineData("the party event Signature of AT", "Signature")]
    [InlineData("expected a JhaModel.Provenance.Confidence value", "JhaModel.")]
    [InlineData("expected a Int64 value", "Int64")]
    [InlineData("The AgreementEventKind 9 is not defined", "AgreementEventKind")]
    public void The_check_finds_dotnet_names(string message, string name)
    {
        Assert.Contains(name, DotnetNamesIn(message));
    }

    [Theory]
    [InlineData("events[1], entry-into-force on 2006-05-01, is before events[0], council-decision-on-signing on 2006-06-01")]
    [InlineData("partyEvents[3], the signature of AT on 2001-11-22, is before the opening for signature, events[0] on 2001-11-23")]
    [InlineData("Signature is missing; expected a date.")]
    [InlineData("The OJ reference OJ L 334, 19.12.2007 is not valid; expected e.g. CETS 185 and reportingBody.")]
    public void The_check_passes_wire_words(string message)
    {
        Assert.Empty(DotnetNamesIn(message));
    }

    /// <summary>
    /// The .NET names in a message: the library's exported type names and enum member names of two or more words
    /// (anywhere), its one-word enum member names within a sentence (a capital a sentence does not explain), its
    /// namespaces, and the framework's primitive type names.
    /// </summary>
    private static List<string> DotnetNamesIn(string message)
    {
        var found = new List<string>();
        found.AddRange(CompoundNames.Value.Where(name => Regex.IsMatch(message, $@"\b{name}\b", RegexOptions.CultureInvariant)));
        found.AddRange(WordEnumMembers.Value.Where(name => Regex.IsMatch(message, $@"(?<=[^.:;!?\s]\s+)\b{name}\b", RegexOptions.CultureInvariant)));
        found.AddRange(Namespaces.Where(ns => message.Contains(ns, StringComparison.Ordinal)));
        found.AddRange(FrameworkNames().Matches(message).Select(m => m.Value));
        return found;
    }

    private static readonly string[] Namespaces = ["JhaModel.", "System.", "NodaTime.", "FluentValidation."];

    private static readonly Lazy<string[]> CompoundNames = new(() =>
    [
        .. Library.GetExportedTypes().Select(t => t.Name.Split('`')[0])
            .Concat(Library.GetExportedTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames))
            .Where(IsCompound)
            .Distinct(StringComparer.Ordinal),
    ]);

    private static readonly Lazy<string[]> WordEnumMembers = new(() =>
    [
        .. Library.GetExportedTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames)
            .Where(name => !IsCompound(name) && name.Length > 1 && char.IsUpper(name[0]) && name.Skip(1).All(char.IsLower))
            .Distinct(StringComparer.Ordinal),
    ]);

    /// <summary>A PascalCase identifier of two or more words, e.g. EntryIntoForce (not EU, not CETS).</summary>
    private static bool IsCompound(string name) => CompoundIdentifier().IsMatch(name);

    [GeneratedRegex("^[A-Z][a-z0-9]+([A-Z][a-z0-9]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundIdentifier();

    [GeneratedRegex(@"\b(Int16|Int32|Int64|UInt32|UInt64|Decimal|Double|Boolean|String|DateTime|DateTimeOffset|LocalDate|DateInterval|Nullable|IReadOnlyList)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FrameworkNames();

    private static IValidator ValidatorFor(Type target)
    {
        var validatorType = Library.GetExportedTypes()
            .Single(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>) && b.GetGenericArguments()[0] == target);
        return (IValidator)validatorType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
