using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using JhaModel.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace JhaModel.Tests.ReferenceData;

/// <summary>
/// The data-file generator on a sample of every kind of value it writes: the code it generates compiles cleanly, and
/// run, it builds exactly what the file says (whole numbers beyond 32 bits, decimals with their scale, nulls, absent
/// members that keep their defaults, empty lists, wire names, shared objects built once); a file that does not fit its
/// types is a build error naming the place in the file.
/// </summary>
public sealed class EmbeddedJsonGeneratorTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private const string Types = """
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text.Json.Serialization;
        using NodaTime;

        namespace Sample;

        public enum Colour
        {
            [JsonStringEnumMemberName("dark-red")] DarkRed = 3,
            [JsonStringEnumMemberName("sky")] Sky = 7,
        }

        public sealed record Origin
        {
            public required string Title { get; init; }
        }

        public sealed record Entry
        {
            public required string Name { get; init; }
            public string? Note { get; init; } = "none";
            public int Count { get; init; }
            public long Big { get; init; }
            public decimal Share { get; init; }
            public bool Flag { get; init; }
            public LocalDate Day { get; init; }
            public LocalDate? Until { get; init; }
            public Instant At { get; init; }
            [JsonPropertyName("hue")] public Colour Colour { get; init; }
            public IReadOnlyList<int>? Numbers { get; init; }
            public IReadOnlyList<Origin> Origins { get; init; } = [];
        }

        public static partial class Data
        {
            [JhaModel.EmbeddedJson("sample.json", "/entries")]
            internal static partial Entry[] Entries();

            [JhaModel.EmbeddedJson("sample.json", "/version")]
            internal static partial string Version();

            public static string Describe()
            {
                var entries = Entries();
                var lines = entries.Select(e => string.Join("|",
                    e.Name, e.Note ?? "null", e.Count.ToString(CultureInfo.InvariantCulture), e.Big.ToString(CultureInfo.InvariantCulture),
                    e.Share.ToString(CultureInfo.InvariantCulture), e.Flag ? "true" : "false", e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    e.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null", e.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                    e.Colour.ToString(), e.Numbers is null ? "null" : "[" + string.Join(",", e.Numbers) + "]",
                    "[" + string.Join(",", e.Origins.Select(o => o.Title)) + "]")).ToList();
                lines.Add("shared: " + (ReferenceEquals(entries[0].Origins[0], entries[1].Origins[0]) ? "same" : "apart"));
                lines.Add("version: " + Version());
                return string.Join("\n", lines);
            }
        }
        """;

    private const string Sample = """
        {
          "version": "2026.12",
          "entries": [
            {
              "name": "first", "count": -7, "big": 9007199254740993, "share": 1.50, "flag": true, "day": "0001-01-01",
              "until": "9999-12-31", "at": "1969-12-31T23:59:59Z", "hue": "dark-red", "numbers": [1, -2, 2147483647],
              "origins": [{ "title": "A \"quoted\" title with \u00e9 and \ud83d\ude00" }]
            },
            {
              "name": "second", "note": null, "share": -0.000, "day": "2024-02-29", "until": null, "at": "2038-01-19T03:14:08Z",
              "hue": "sky", "numbers": null, "origins": [{ "title": "A \"quoted\" title with \u00e9 and \ud83d\ude00" }, { "title": "" }]
            },
            { "name": "third", "note": "kept", "day": "2020-01-01", "at": "1970-01-01T00:00:00Z", "hue": "sky", "numbers": [] }
          ]
        }
        """;

    [Fact]
    public void The_generated_reader_builds_what_the_file_says()
    {
        var (output, diagnostics) = Run(Types, Sample);

        Assert.Empty(diagnostics);
        var warnings = output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, $"The generated code does not compile cleanly:\n{string.Join("\n", warnings)}");

        Assert.Equal(
            """
            first|none|-7|9007199254740993|1.50|true|0001-01-01|9999-12-31|-1|DarkRed|[1,-2,2147483647]|[A "quoted" title with é and 😀]
            second|null|0|0|0.000|false|2024-02-29|null|2147483648|Sky|null|[A "quoted" title with é and 😀,]
            third|kept|0|0|0|false|2020-01-01|null|0|Sky|[]|[]
            shared: same
            version: 2026.12
            """.ReplaceLineEndings("\n"),
            Execute(output));
    }

    [Theory]
    [InlineData("""{ "version": "1", "entries": [{ "name": "a", "day": "2020-01-01", "hue": "sky" }, { "name": "b", "count": "3", "day": "2020-01-01", "hue": "sky" }] }""", "/entries[1].count: found string, which int cannot hold.")]
    [InlineData("""{ "version": "1", "entries": [{ "name": "a", "day": "2020-02-30", "hue": "sky" }] }""", "/entries[0].day: \"2020-02-30\" is not a date YYYY-MM-DD.")]
    [InlineData("""{ "version": "1", "entries": [{ "name": "a", "day": "2020-01-01", "hue": "Sky" }] }""", "/entries[0].hue: \"Sky\" is not a wire name of Colour.")]
    [InlineData("""{ "version": "1", "entries": [{ "name": null, "day": "2020-01-01", "hue": "sky" }] }""", "/entries[0].name: found null, which string cannot hold.")]
    [InlineData("""{ "version": "1", "entries": [{ "name": "a", "day": "2020-01-01", "hue": "sky", "colour": "sky" }] }""", "/entries[0]: Entry has no member 'colour'.")]
    [InlineData("""{ "version": "1", "entries": [{ "name": "a", "count": 2147483648, "day": "2020-01-01", "hue": "sky" }] }""", "/entries[0].count: found number, which int cannot hold.")]
    public void Data_that_do_not_fit_their_types_are_a_build_error_naming_the_place(string json, string message)
    {
        var (_, diagnostics) = Run(Types, json);

        var error = Assert.Single(diagnostics);
        Assert.Equal("JHAGEN001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(message, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Execute(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("embedded-json-sample", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var describe = assembly.GetType("Sample.Data")!.GetMethod("Describe", BindingFlags.Public | BindingFlags.Static)!;
            return (string)describe.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(string source, string json)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "EmbeddedJsonSample",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, cancellationToken: TestContext.Current.CancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new EmbeddedJsonGenerator().AsSourceGenerator()],
            [new InMemoryText("/data/sample.json", json)],
            ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        return (output, diagnostics);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
