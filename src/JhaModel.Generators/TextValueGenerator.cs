using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JhaModel.Generators;

/// <summary>
/// Writes what every text value shares (equality, hashing, ordering, parsing from UTF-16 and UTF-8, formatting,
/// the well-known values) for each <c>partial</c> struct marked <c>[TextValue]</c>; what is specific to one type
/// (its grammar, a custom order, its docs) stays hand-written beside it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TextValueGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider.ForAttributeWithMetadataName(
            TextValueModel.AttributeName,
            static (node, _) => node is StructDeclarationSyntax,
            static (context, cancellationToken) => TextValueModel.From((INamedTypeSymbol)context.TargetSymbol, context.Attributes[0], cancellationToken));

        context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, TextValueWriter.Write(model)));
    }
}
