using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using JhaModel.ReferenceData;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Countries;

/// <summary>
/// The embedded names in other languages (data/country-names.json) equal Debian's iso-codes catalogues
/// (/usr/share/locale/*/LC_MESSAGES/iso_3166-1.mo, installed by ./test.sh), locale by locale and name by name.
/// </summary>
public sealed class CountryNameParityTests
{
    private const string LocaleDirectory = "/usr/share/locale";
    private const string IsoCodesTable = "/usr/share/iso-codes/json/iso_3166-1.json";

    [Fact]
    public void Every_installed_catalogue_matches_its_embedded_table_name_by_name()
    {
        var english = IsoShortNames();
        var tables = EmbeddedTables();
        var catalogues = Directory.GetDirectories(LocaleDirectory)
            .Select(d => (Locale: Path.GetFileName(d), Path: Path.Combine(d, "LC_MESSAGES", "iso_3166-1.mo")))
            .Where(c => File.Exists(c.Path))
            .ToList();
        Assert.True(catalogues.Count > 100, $"found {catalogues.Count} iso_3166-1.mo catalogues under {LocaleDirectory}; install Debian's iso-codes package (./test.sh does).");

        foreach (var (locale, path) in catalogues)
        {
            var messages = ReadCatalogue(path);
            var expected = english.Where(e => messages.ContainsKey(e.Value)).ToDictionary(e => e.Key, e => messages[e.Value]);
            if (locale == "mo" || expected.Count == 0)
            {
                // Moldavian's subtag is deprecated in BCP 47 (its catalogue is "ro"); a catalogue that translates no name has no table.
                Assert.False(tables.ContainsKey(locale), $"the locale {locale} has a table; expected none (deprecated, or no name translated)");
                continue;
            }

            Assert.True(tables.TryGetValue(locale, out var table), $"the locale {locale} translates {expected.Count} names but has no table in data/country-names.json; run data/country-names.py");
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), table!.OrderBy(e => e.Key, StringComparer.Ordinal));
        }

        Assert.Empty(tables.Keys.Except(catalogues.Select(c => c.Locale)));
    }

    [Fact]
    public void The_embedded_file_names_the_installed_iso_codes_version()
    {
        string version = File.ReadLines("/var/lib/dpkg/status")
            .SkipWhile(l => l != "Package: iso-codes").Skip(1).TakeWhile(l => l.Length > 0)
            .Single(l => l.StartsWith("Version: ", StringComparison.Ordinal))["Version: ".Length..];

        Assert.StartsWith($"Debian iso-codes {version}:", CountryNameTable.Instance.IsoSource, StringComparison.Ordinal);
    }

    /// <summary>The tables of the embedded file by iso-codes locale: alpha-2 code to name.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> EmbeddedTables()
    {
        var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, "data", "country-names.json")));
        foreach (var language in document.RootElement.GetProperty("languages").EnumerateArray())
        {
            string tag = language.GetProperty("tag").GetString()!;
            // The embedded resource is the file: what the library reads is what this test compares.
            tables.Add(language.GetProperty("locale").GetString()!, CountryNameTable.Instance.IsoNames(tag) ?? throw new InvalidOperationException($"the library has no table {tag}"));
        }

        return tables;
    }

    private static Dictionary<string, string> IsoShortNames()
    {
        Assert.True(File.Exists(IsoCodesTable), $"{IsoCodesTable} is missing: install Debian's iso-codes package (./test.sh does).");
        using var document = JsonDocument.Parse(File.ReadAllBytes(IsoCodesTable));
        return document.RootElement.GetProperty("3166-1").EnumerateArray()
            .ToDictionary(e => e.GetProperty("alpha_2").GetString()!, e => e.GetProperty("name").GetString()!, StringComparer.Ordinal);
    }

    /// <summary>A GNU gettext catalogue: original to translation (the layout of the GNU gettext manual, "The Format of GNU MO Files").</summary>
    private static Dictionary<string, string> ReadCatalogue(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        bool little = magic == 0x950412de;
        Assert.True(little || BinaryPrimitives.ReadUInt32BigEndian(bytes) == 0x950412de, $"{path} is not a GNU MO file");
        int Read(int offset) => (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset)));
        string Text(int table, int index) => Encoding.UTF8.GetString(bytes, Read(table + (index * 8) + 4), Read(table + (index * 8)));

        int count = Read(8), originals = Read(12), translations = Read(16);
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string original = Text(originals, i);
            if (original.Length == 0)
            {
                Assert.Contains("charset=UTF-8", Text(translations, i), StringComparison.OrdinalIgnoreCase);
                continue;
            }

            messages[original] = Text(translations, i);
        }

        return messages;
    }
}
