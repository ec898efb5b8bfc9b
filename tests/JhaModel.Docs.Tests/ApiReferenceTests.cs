using System.Text.RegularExpressions;
using JhaModel.Docs.Tests.Support;

namespace JhaModel.Docs.Tests;

/// <summary>
/// docfx must not leave out part of the public API: every type and member that the public API files
/// (<c>src/*/PublicAPI.Shipped.txt</c> and <c>PublicAPI.Unshipped.txt</c>, kept exact by the analyzer) declare has an
/// entry in the site's cross-reference map, so a page or a section of one.
/// </summary>
public sealed partial class ApiReferenceTests
{
    private static readonly string[] ApiFiles = ["PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"];

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["=="] = "op_Equality",
        ["!="] = "op_Inequality",
        ["<"] = "op_LessThan",
        [">"] = "op_GreaterThan",
        ["<="] = "op_LessThanOrEqual",
        [">="] = "op_GreaterThanOrEqual",
    };

    [Theory]
    [InlineData("JhaModel")]
    [InlineData("JhaModel.Testing")]
    public void Every_public_type_and_member_has_a_place_in_the_API_reference(string package)
    {
        var documented = DocumentedNames();
        string[] lines = ApiFiles
            .SelectMany(f => File.ReadAllLines(Path.Combine(DocsSite.RepositoryRoot, "src", package, f)))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("*REMOVED*", StringComparison.Ordinal))
            .ToArray();
        var types = lines.Where(l => !l.Contains(' ', StringComparison.Ordinal) && !l.Contains('(', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(types);

        var missing = new List<string>();
        foreach (string line in lines)
        {
            string? name = DocfxName(line, types, package);
            if (name is not null && !documented.Contains(name))
            {
                missing.Add($"{line}  (looked for {name})");
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} public API entries of {package} have no entry in the site's xrefmap.yml:\n{string.Join('\n', missing)}");
    }

    /// <summary>
    /// The name docfx gives the entry of a public API line (its uid without the parameter list), or null for an entry
    /// that has none by design: a struct's parameterless constructor (C# declares none; each struct documents its
    /// default value) and compiler-generated members with unspeakable names (<c>&lt;Clone&gt;$</c>).
    /// </summary>
    private static string? DocfxName(string line, HashSet<string> types, string package)
    {
        if (types.Contains(line))
        {
            return Generic(line);
        }

        string entry = Modifiers().Replace(line.TrimStart('~'), "");
        entry = entry.Split(" -> ")[0];
        var conversion = Conversion().Match(entry);
        if (conversion.Success)
        {
            return $"{Generic(conversion.Groups["type"].Value)}.op_{(conversion.Groups["kind"].Value == "implicit" ? "Implicit" : "Explicit")}";
        }

        var op = Operator().Match(entry);
        if (op.Success)
        {
            return $"{Generic(op.Groups["type"].Value)}.{Operators[op.Groups["op"].Value]}";
        }

        entry = entry.Split(" = ")[0].Split('(')[0];
        entry = Accessor().Replace(entry, "");
        string? type = types.Where(t => entry.StartsWith(t + ".", StringComparison.Ordinal)).MaxBy(t => t.Length);
        Assert.True(type is not null, $"no public type of {package} declares {line}");
        string member = entry[(type.Length + 1)..];
        string typeName = type[(type.LastIndexOf('.') + 1)..].Split('<')[0];
        if (member.StartsWith('<'))
        {
            return null;
        }

        if (member.Split('<')[0] == typeName)
        {
            return IsStruct(type, package) && line.Contains(typeName + "() -> void", StringComparison.Ordinal) ? null : $"{Generic(type)}.#ctor";
        }

        return member.Contains('.', StringComparison.Ordinal)
            ? $"{Generic(type)}.{Generic(member).Replace('.', '#')}" // an explicit interface implementation
            : $"{Generic(type)}.{member.Split('<')[0]}";
    }

    /// <summary>Every uid of the site's xrefmap.yml, without its parameter list or overload marker.</summary>
    private static HashSet<string> DocumentedNames()
    {
        string xrefmap = Path.Combine(DocsSite.Root, "xrefmap.yml");
        Assert.True(File.Exists(xrefmap), $"the site has no xrefmap.yml at {xrefmap}");
        return File.ReadLines(xrefmap)
            .Where(l => l.StartsWith("- uid: ", StringComparison.Ordinal))
            .Select(l => l["- uid: ".Length..].Split('(')[0].TrimEnd('*'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsStruct(string type, string package)
    {
        var assembly = package == "JhaModel" ? typeof(JhaModel.Countries.CountryCode).Assembly : typeof(JhaModel.Testing.Invalid).Assembly;
        var runtimeType = assembly.GetType(Generic(type).Replace('+', '.'), throwOnError: false) ?? assembly.GetType(NestedName(Generic(type), assembly), throwOnError: false);
        return runtimeType?.IsValueType ?? false;
    }

    /// <summary><c>A.B.Outer.Inner</c> as reflection names a nested type: <c>A.B.Outer+Inner</c>.</summary>
    private static string NestedName(string name, System.Reflection.Assembly assembly)
    {
        var parts = name.Split('.');
        for (int i = parts.Length - 1; i > 0; i--)
        {
            string outer = string.Join('.', parts[..i]);
            if (assembly.GetType(outer, throwOnError: false) is not null)
            {
                return outer + "+" + string.Join('+', parts[i..]);
            }
        }

        return name;
    }

    /// <summary><c>Name&lt;T, U&gt;</c> as docfx and reflection write it: <c>Name`2</c>.</summary>
    private static string Generic(string name) => TypeParameters().Replace(name, m => $"`{m.Groups[1].Value.Count(c => c == ',') + 1}");

    [GeneratedRegex(@"^((static|override|virtual|abstract|const|readonly|sealed|extern|new) )+")]
    private static partial Regex Modifiers();

    [GeneratedRegex(@"^(?<type>.+)\.(?<kind>implicit|explicit) operator ")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"^(?<type>.+)\.operator (?<op>\S+)\(")]
    private static partial Regex Operator();

    [GeneratedRegex(@"\.(get|set|init|add|remove)$")]
    private static partial Regex Accessor();

    [GeneratedRegex(@"<([^<>]*)>")]
    private static partial Regex TypeParameters();
}
