using System.Text.Json;
using System.Text.RegularExpressions;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// Messages speak the words of the wire: each of the integrator's mistakes gets a message that says where (the JSON
/// path), what (the value found and the form expected) and how to fix it; and no message of any reading entry point,
/// over the whole malformed corpus, holds a .NET type or member name or System.Text.Json's advice.
/// </summary>
public sealed partial class ContractMessagesTests
{
    public static TheoryData<string> Cases() => [.. ContractCases.All.Where(c => c.Code is not null).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_gets_a_message_that_says_where_what_and_how_to_fix_it(string name)
    {
        var c = ContractCases.All.Single(x => x.Name == name);
        var problems = c.Format == "document"
            ? JhaExchange.Read(c.Bytes).Problems
            : [.. JhaExchange.ReadNdjson(new MemoryStream(c.Bytes), null).SelectMany(r => r.Problems)];

        var problem = problems.FirstOrDefault(p => p.Code == c.Code && p.Path == c.Path);
        Assert.True(problem is not null, $"{name}: expected {c.Code} at {c.Path}; the reader reports: {string.Join(" | ", problems)}");
        foreach (string words in c.MessageHas)
        {
            Assert.True(problem.Message.Contains(words, StringComparison.Ordinal), $"{name}: expected the message to say {words}; it is: {problem.Message}");
        }

        AssertInWireTerms(problem.Message, name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void JhaModelJson_Deserialize_reports_the_same_mistakes_in_the_same_words(string name)
    {
        var c = ContractCases.All.Single(x => x.Name == name);
        if (c.Format != "document")
        {
            return;
        }

        var reader = JhaExchange.Read(c.Bytes);
        var exception = Record.Exception(() => JhaModelJson.Deserialize<ExchangeDocument>(c.Bytes));
        var reading = JhaModel.Validation.JhaErrorCodes.Catalogue.Where(i => i.Stage == JhaModel.Validation.ErrorStage.Reading && i.Code != JhaModel.Validation.JhaErrorCodes.FormatVersionUnsupported).Select(i => i.Code).ToHashSet();
        var structural = reader.Problems.Where(p => p.Severity == ProblemSeverity.Error && reading.Contains(p.Code)).ToList();
        if (exception is null)
        {
            // Deserialize checks neither the format version nor the rules and references: only those may pass it.
            Assert.Empty(structural);
            return;
        }

        var json = Assert.IsType<JsonException>(exception);
        AssertInWireTerms(json.Message, name);
        if (structural.Count > 0)
        {
            Assert.Contains(structural[0].Message, json.Message, StringComparison.Ordinal);
            Assert.Equal(structural[0].Path, json.Path);
        }
        else
        {
            // Deserialize knows no versioning: a member a later 1.x defines is an error there, with the reader's words.
            var warning = Assert.Single(reader.Problems, p => p.Code == JhaModel.Validation.JhaErrorCodes.UnknownMember);
            Assert.Contains(warning.Message, json.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_reading_message_across_the_malformed_corpus_holds_a_dotnet_name_or_the_serializers_advice()
    {
        string root = Path.Combine(Golden.RepositoryRoot, "tests/JhaModel.Tests/Corpus");
        var failures = new List<string>();
        int messages = 0;
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("manifest.tsv", StringComparison.Ordinal)))
        {
            byte[] bytes = File.ReadAllBytes(file);
            var texts = new List<string>();
            if (file.EndsWith(".ndjson", StringComparison.Ordinal))
            {
                texts.AddRange(JhaExchange.ReadNdjson(new MemoryStream(bytes), null).SelectMany(r => r.Problems).Select(p => p.Message));
            }
            else
            {
                texts.AddRange(JhaExchange.Read(bytes).Problems.Select(p => p.Message));
                try
                {
                    JhaModelJson.Deserialize<ExchangeDocument>(bytes);
                }
                catch (JsonException e)
                {
                    texts.Add(e.Message);
                }
            }

            foreach (string text in texts)
            {
                messages++;
                if (Offence(text) is { } offence)
                {
                    failures.Add($"{Path.GetRelativePath(root, file)}: {offence} in: {text}");
                }
            }
        }

        Assert.True(messages > 500, $"Only {messages} messages were read from the corpus.");
        Assert.True(failures.Count == 0, $"{failures.Count} messages speak .NET:\n{string.Join("\n", failures.Take(40))}");
    }

    private static void AssertInWireTerms(string message, string name)
    {
        Assert.True(Offence(message) is null, $"{name}: {Offence(message)} in: {message}");
    }

    /// <summary>The .NET name or serializer advice a message holds, or null.</summary>
    private static string? Offence(string message)
    {
        foreach (string advice in Advice)
        {
            if (message.Contains(advice, StringComparison.Ordinal))
            {
                return $"the serializer's text \"{advice}\"";
            }
        }

        foreach (Match word in Word().Matches(message))
        {
            if (DotnetNames.Value.Contains(word.Value))
            {
                return $"the .NET name {word.Value}";
            }
        }

        return null;
    }

    private static readonly string[] Advice =
    [
        "Change the reader options", "isFinalBlock", "LineNumber:", "BytePositionInLine", "could not be converted", "could not be mapped",
        ".NET", "JsonSerializerOptions", "ExchangeReaderOptions", "JsonException", "System.", "JhaModel.", "Expected 'E' or 'e'", "invalid start of a value",
        "deserialization", "Path: $",
    ];

    /// <summary>Every public type name of the library with two or more capitals (single words such as Country are English too), every such enum member name, and the framework's type names.</summary>
    private static readonly Lazy<HashSet<string>> DotnetNames = new(() =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "Int32", "Int64", "String", "Decimal", "Boolean", "DateTime", "DateTimeOffset", "LocalDate", "DateInterval", "JsonElement", "IReadOnlyList", "Nullable" };
        foreach (var type in typeof(ExchangeDocument).Assembly.GetExportedTypes())
        {
            names.Add(type.Name);
            if (type.IsEnum)
            {
                names.UnionWith(Enum.GetNames(type));
            }
        }

        names.RemoveWhere(n => n.Count(char.IsUpper) < 2 || n.Contains('`', StringComparison.Ordinal));
        return names;
    });

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9]*\b")]
    private static partial Regex Word();
}
