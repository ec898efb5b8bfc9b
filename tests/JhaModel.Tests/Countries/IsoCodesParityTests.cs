using System.Text.Json;
using JhaModel.Countries;

namespace JhaModel.Tests.Countries;

/// <summary>The registry equals Debian's iso-codes tables (installed by ./test.sh), field by field.</summary>
public sealed class IsoCodesParityTests
{
    private const string IsoCodesDirectory = "/usr/share/iso-codes/json";

    [Fact]
    public void Every_iso_3166_1_entry_matches_the_registry_field_by_field()
    {
        using var document = ReadTable("iso_3166-1.json");
        var entries = document.RootElement.GetProperty("3166-1").EnumerateArray().ToList();

        Assert.Equal(249, entries.Count);
        foreach (var entry in entries)
        {
            string alpha2 = entry.GetProperty("alpha_2").GetString()!;
            Assert.True(CountryCode.TryParse(alpha2, out var code), $"{alpha2} is missing from the registry");
            var country = CountryRegistry.Get(code);

            Assert.Equal(alpha2, code.Alpha2);
            Assert.Equal(entry.GetProperty("alpha_3").GetString(), code.Alpha3);
            Assert.Equal(entry.GetProperty("numeric").GetString(), code.NumericCode);
            Assert.Equal(entry.GetProperty("name").GetString(), country.ShortName);
            Assert.Equal(Optional(entry, "official_name"), country.OfficialName);
            Assert.Equal(Optional(entry, "common_name"), country.CommonName);
            Assert.False(code.IsUserAssigned);
        }

        var isoCodes = entries.Select(e => e.GetProperty("alpha_2").GetString()).ToHashSet();
        var extra = CountryCode.All.Where(c => !isoCodes.Contains(c.Alpha2)).ToList();
        Assert.Equal([CountryCode.Kosovo], extra);
    }

    [Fact]
    public void The_withdrawn_entries_match_iso_3166_3_field_by_field()
    {
        using var document = ReadTable("iso_3166-3.json");
        var entries = document.RootElement.GetProperty("3166-3").EnumerateArray().ToList();

        foreach (var withdrawn in CountryRegistry.Withdrawn)
        {
            var entry = entries.Single(e => e.GetProperty("alpha_4").GetString() == withdrawn.Alpha4);
            Assert.Equal(entry.GetProperty("alpha_2").GetString(), withdrawn.Alpha2);
            Assert.Equal(entry.GetProperty("alpha_3").GetString(), withdrawn.Alpha3);
            Assert.Equal(Optional(entry, "numeric"), withdrawn.NumericCode);
            Assert.Equal(entry.GetProperty("name").GetString(), withdrawn.Name);
            Assert.Equal(entry.GetProperty("withdrawal_date").GetString(), withdrawn.WithdrawalDate.ToString("uuuu-MM-dd", null));
            Assert.Equal(Optional(entry, "comment"), withdrawn.Comment);
        }
    }

    private static JsonDocument ReadTable(string file)
    {
        string path = Path.Combine(IsoCodesDirectory, file);
        Assert.True(File.Exists(path), $"{path} is missing: install Debian's iso-codes package (./test.sh does).");
        return JsonDocument.Parse(File.ReadAllBytes(path));
    }

    private static string? Optional(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? value.GetString() : null;
}
