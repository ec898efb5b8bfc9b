using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace JhaModel.Generators;

/// <summary>How a text value stores itself.</summary>
internal enum TextValueStorage
{
    /// <summary>Its canonical text (a generated <c>string? _value</c>), checked by a hand-written <c>IsValid(ReadOnlySpan&lt;char&gt;)</c>.</summary>
    Text,

    /// <summary>Hand-written fields, read by a hand-written <c>TryParseCore</c> and compared through a hand-written <c>Key</c>.</summary>
    Custom,
}

/// <summary>One well-known value: the static partial property that names it and its text.</summary>
internal sealed record WellKnownValue(string Property, string Text);

/// <summary>Everything the generator needs to know about one text value, and nothing from the compilation (so that the pipeline caches).</summary>
internal sealed record TextValueModel(
    string Namespace,
    string Name,
    string Noun,
    string Expected,
    string Example,
    bool OneSpelling,
    TextValueStorage Storage,
    bool PublicConstructor,
    bool DeclaresEquals,
    bool DeclaresCompareTo,
    bool DeclaresUtf8Core,
    EquatableArray<WellKnownValue> WellKnown)
{
    public const string AttributeName = "JhaModel.Serialization.TextValueAttribute";
    public const string WellKnownAttributeName = "JhaModel.Serialization.WellKnownAttribute";

    /// <summary>The name of the generated file.</summary>
    public string HintName => $"{Namespace}.{Name}.g.cs";

    public static TextValueModel From(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken)
    {
        string noun = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? type.Name : type.Name;
        string expected = Named(attribute, "Expected") as string ?? noun;
        string example = Named(attribute, "Example") as string ?? string.Empty;
        bool oneSpelling = Named(attribute, "OneSpelling") is not bool b || b;
        bool publicConstructor = Named(attribute, "PublicConstructor") is true;

        bool isValid = false, tryParseCoreUtf8 = false, equals = false, compareTo = false;
        var wellKnown = new List<WellKnownValue>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case IMethodSymbol { Name: "IsValid", IsStatic: true, Parameters.Length: 1 } m when IsSpanOf(m.Parameters[0].Type, SpecialType.System_Char):
                    isValid = true;
                    break;
                case IMethodSymbol { Name: "TryParseCore", IsStatic: true, Parameters.Length: 2 } m when IsSpanOf(m.Parameters[0].Type, SpecialType.System_Byte):
                    tryParseCoreUtf8 = true;
                    break;
                case IMethodSymbol { Name: "Equals", IsStatic: false, Parameters.Length: 1 } m when SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type):
                    equals = true;
                    break;
                case IMethodSymbol { Name: "CompareTo", IsStatic: false, Parameters.Length: 1 } m when SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type):
                    compareTo = true;
                    break;
                case IPropertySymbol { IsStatic: true } p:
                    var known = p.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == WellKnownAttributeName);
                    if (known is { ConstructorArguments.Length: 1 } && known.ConstructorArguments[0].Value is string text)
                    {
                        wellKnown.Add(new WellKnownValue(p.Name, text));
                    }

                    break;
            }
        }

        return new TextValueModel(
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            noun,
            expected,
            example,
            oneSpelling,
            isValid ? TextValueStorage.Text : TextValueStorage.Custom,
            publicConstructor && isValid,
            equals,
            compareTo,
            tryParseCoreUtf8,
            new EquatableArray<WellKnownValue>(wellKnown.ToImmutableArray()));
    }

    private static object? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;

    private static bool IsSpanOf(ITypeSymbol type, SpecialType element) =>
        type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
        && span.ContainingNamespace.ToDisplayString() == "System"
        && span.TypeArguments[0].SpecialType == element;
}
