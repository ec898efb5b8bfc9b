using System.Text;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Docs;

/// <summary>docs/exchange-format-vocabularies.md lists the values of every closed vocabulary and the well-known values of every open one, generated from the code.</summary>
public sealed class ExchangeFormatVocabulariesDocTests
{
    [Fact]
    public void The_vocabularies_page_is_generated_from_the_code()
    {
        var page = new StringBuilder()
            .Append("# Exchange format: vocabularies\n\n")
            .Append("The values of the format's vocabularies, generated from the code by `ExchangeFormatVocabulariesDocTests`\n")
            .Append("(regenerate with `JHA_UPDATE_GOLDEN=1 dotnet test`). The rules are in [exchange-format.md](exchange-format.md).\n\n")
            .Append("## Open vocabularies\n\n")
            .Append("A reader keeps a value it does not know, as written. A value within a small edit distance of a well-known one\n")
            .Append("(two edits, one for words of up to four letters) is most likely misspelt: it is read, with the warning\n")
            .Append("`JHA-DOC-013` naming the value meant (`\"readmision\"`: did you mean `\"readmission\"`?).\n");
        foreach (var (name, members, wellKnown) in OpenVocabularies.All)
        {
            page.Append("\n### ").Append(char.ToUpperInvariant(name[0])).Append(name[1..]).Append("s\n\n")
                .Append("Members: ").Append(members).Append(".\n\n")
                .Append(string.Join("\n", wellKnown.Select(v => $"- `{v}`"))).Append('\n');
        }

        page.Append("\n## Closed vocabularies\n\n")
            .Append("Only these exact values are read (`JHA-DOC-002` for any other, with a \"did you mean\" hint for another casing\n")
            .Append("or a near miss). The member's JSON Schema lists them as an `enum`.\n\n| Vocabulary | Values |\n|---|---|\n");
        foreach (var type in typeof(ExchangeDocument).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (JhaModelJson.Options.TryGetTypeInfo(type, out var info) && info.Converter is IWireNames names)
            {
                page.Append("| ").Append(Words(type.Name)).Append(" | ").Append(string.Join(", ", names.WireNames.Select(n => $"`{n}`"))).Append(" |\n");
            }
        }

        Golden.AssertMatches("docs/exchange-format-vocabularies.md", page.ToString());
    }

    /// <summary>A type name in words: EuRelationEventKind → EU relation event kind.</summary>
    private static string Words(string name)
    {
        var text = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(' ');
            }

            text.Append(i == 0 ? name[i] : char.ToLowerInvariant(name[i]));
        }

        return text.ToString().Replace("Eu ", "EU ", StringComparison.Ordinal);
    }
}
