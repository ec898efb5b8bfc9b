using System.Collections.Immutable;
using JhaModel.Generators;
using JhaModel.Serialization;
using JhaModel.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JhaModel.Tests.TextValues;

/// <summary>
/// Snapshots of what the text-value generator writes, for each shape of text value: stored as its text with
/// well-known values; with its own fields, key and UTF-8 fast path; with its own equality, order and other spellings.
/// The generated code must compile without a diagnostic. Regenerate the snapshots with JHA_UPDATE_GOLDEN=1.
/// </summary>
public sealed class TextValueGeneratorTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private const string TextStored = """
        using System;
        using JhaModel.Serialization;

        namespace Sample;

        /// <summary>A colour.</summary>
        [TextValue("a colour", Expected = "a colour (e.g. \"dark-red\")", Example = "dark-red", PublicConstructor = true)]
        public readonly partial struct Colour
        {
            /// <summary>Red.</summary>
            [WellKnown("red")]
            public static partial Colour Red { get; }

            /// <summary>Dark red.</summary>
            [WellKnown("dark-red")]
            public static partial Colour DarkRed { get; }

            internal static string DescribeFailure(string text) => $"'{text}' is not a colour.";

            private static bool IsValid(ReadOnlySpan<char> s) => s.Length > 0 && s.IndexOfAnyExceptInRange('a', 'z') < 0 || s.Contains('-');
        }
        """;

    private const string CustomStored = """
        using System;
        using JhaModel.Serialization;

        namespace Sample;

        /// <summary>A port number.</summary>
        [TextValue("a port", Expected = "a port number (e.g. \"443\")", Example = "443")]
        public readonly partial struct Port
        {
            private readonly ushort _number;

            private Port(ushort number) => _number = number;

            /// <summary>HTTPS.</summary>
            [WellKnown("443")]
            public static partial Port Https { get; }

            /// <summary>Whether this is the default value.</summary>
            public bool IsDefault => _number == 0;

            private ushort Key => _number;

            /// <inheritdoc />
            public override string ToString() => IsDefault ? string.Empty : _number.ToString(System.Globalization.CultureInfo.InvariantCulture);

            internal static string DescribeFailure(string text) => $"'{text}' is not a port.";

            private static bool TryParseCore(ReadOnlySpan<char> s, out Port result)
            {
                result = ushort.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ushort n) && n > 0 ? new(n) : default;
                return !result.IsDefault;
            }

            private static bool TryParseCore(ReadOnlySpan<byte> utf8Text, out Port result)
            {
                result = ushort.TryParse(utf8Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ushort n) && n > 0 ? new(n) : default;
                return !result.IsDefault;
            }
        }
        """;

    private const string OwnEqualityAndOrder = """
        using System;
        using JhaModel.Serialization;

        namespace Sample;

        /// <summary>A version, e.g. v1.10, ordered by its numbers.</summary>
        [TextValue("a version", Expected = "a version (e.g. \"v1.10\")", Example = "v1.10", OneSpelling = false)]
        public readonly partial struct Version
        {
            private readonly int _major;
            private readonly int _minor;

            private Version(int major, int minor) => (_major, _minor) = (major + 1, minor);

            /// <summary>Whether this is the default value.</summary>
            public bool IsDefault => _major == 0;

            /// <inheritdoc />
            public override string ToString() => IsDefault ? string.Empty : $"v{_major - 1}.{_minor}";

            /// <inheritdoc />
            public bool Equals(Version other) => _major == other._major && _minor == other._minor;

            /// <inheritdoc />
            public override int GetHashCode() => HashCode.Combine(_major, _minor);

            /// <summary>Orders by major, then minor number.</summary>
            /// <param name="other">The other version.</param>
            /// <returns>The comparison.</returns>
            public int CompareTo(Version other) => _major != other._major ? _major.CompareTo(other._major) : _minor.CompareTo(other._minor);

            internal static string DescribeFailure(string text) => $"'{text}' is not a version.";

            private static bool TryParseCore(ReadOnlySpan<char> s, out Version result)
            {
                result = default;
                if (s.Length < 4 || (s[0] is not ('v' or 'V')))
                {
                    return false;
                }

                int dot = s.IndexOf('.');
                if (dot < 2 || !int.TryParse(s[1..dot], out int major) || !int.TryParse(s[(dot + 1)..], out int minor) || major < 0 || minor < 0)
                {
                    return false;
                }

                result = new(major, minor);
                return true;
            }
        }
        """;

    public static TheoryData<string> Shapes => [nameof(TextStored), nameof(CustomStored), nameof(OwnEqualityAndOrder)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_generated_code_matches_its_snapshot_and_compiles_cleanly(string shape)
    {
        string source = shape switch
        {
            nameof(TextStored) => TextStored,
            nameof(CustomStored) => CustomStored,
            _ => OwnEqualityAndOrder,
        };

        var (output, generated, diagnostics) = Run(source);

        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, $"The generated code does not compile cleanly:\n{string.Join("\n", errors)}");
        var file = Assert.Single(generated);
        Golden.AssertMatches($"tests/JhaModel.Tests/TextValues/Snapshots/{shape}.g.cs.txt", file.SourceText.ToString());
    }

    [Fact]
    public void An_unchanged_struct_is_not_generated_again()
    {
        var compilation = Compile(TextStored);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new TextValueGenerator().AsSourceGenerator()], parseOptions: ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Sample; internal static class Unrelated { }", ParseOptions, cancellationToken: TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);

        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static (Compilation Output, ImmutableArray<GeneratedSourceResult> Generated, ImmutableArray<Diagnostic> Diagnostics) Run(string source)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new TextValueGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(Compile(source), out var output, out var diagnostics, TestContext.Current.CancellationToken);
        return (output, driver.GetRunResult().Results.Single().GeneratedSources, diagnostics);
    }

    private static CSharpCompilation Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(ITextValue<>).Assembly.Location));

        // The assembly is named like this test project, which sees JhaModel's internals (ITextValue, the attributes).
        return CSharpCompilation.Create(
            "JhaModel.Tests",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, cancellationToken: TestContext.Current.CancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
