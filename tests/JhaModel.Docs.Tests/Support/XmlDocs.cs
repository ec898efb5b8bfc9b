using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JhaModel.Docs.Tests.Support;

/// <summary>The XML documentation file the compiler wrote for an assembly (copied next to the test assembly).</summary>
internal static partial class XmlDocs
{
    /// <summary>
    /// The text of the <c>&lt;summary&gt;</c> of member <paramref name="id"/> (<c>T:Namespace.Type</c>, <c>M:…</c>) in
    /// <paramref name="assembly"/>'s documentation, as a reader sees it: elements such as <c>&lt;c&gt;</c> give their text,
    /// runs of white space are one space.
    /// </summary>
    public static string Summary(string assembly, string id)
    {
        string file = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
        Assert.True(File.Exists(file), $"the XML docs of {assembly} were not found at {file}");
        var member = XDocument.Load(file).Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id);
        Assert.True(member is not null, $"{assembly}.xml documents no member {id}");
        var summary = member.Element("summary");
        Assert.True(summary is not null, $"{id} has no <summary> in {assembly}.xml");
        Assert.DoesNotContain(summary.Descendants(), e => e.Name == "see" || e.Name == "seealso"); // their text is made by docfx
        return NormalizeSpace(summary.Value);
    }

    /// <summary>Trims and collapses every run of white space to one space.</summary>
    public static string NormalizeSpace(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
