using System.Text.Json;
using JhaModel.Cli.Tests.Support;
using JhaModel.Exchange;
using JhaModel.ReferenceData;

namespace JhaModel.Cli.Tests;

/// <summary>
/// <c>--data</c>, <c>jha dataset info</c>, <c>jha dataset diff</c> and <c>jha dataset write</c> run as processes. The
/// layers are hypothetical corrections, marked so in their sources; they exercise the layering, not the facts.
/// </summary>
public sealed class DatasetCommandTests
{
    /// <summary>A layer with CETS 224 and one more event: Albania's hypothetical ratification on 2026-06-01.</summary>
    private static string WriteRatificationLayer(string directory)
    {
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(JhaTool.RepositoryRoot, "data", "jha-dataset.json")));
        var protocol = data.RootElement.GetProperty("agreements").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "coe-cets-224");
        string events = string.Join(",", protocol.GetProperty("partyEvents").EnumerateArray().Select(e => e.GetRawText()));
        string agreement = protocol.GetRawText().Replace(
            protocol.GetProperty("partyEvents").GetRawText(),
            $"[{events}, {{\"party\": \"AL\", \"kind\": \"consent-to-be-bound\", \"consentForm\": \"ratification\", \"date\": \"2026-06-01\", \"source\": {{\"title\": \"Test layer: a hypothetical ratification, not a fact\"}}, \"confidence\": \"unverified\"}}]",
            StringComparison.Ordinal);
        string path = Path.Combine(directory, "layer.json");
        File.WriteAllText(path, $"{{\"formatVersion\": \"1.0\", \"producer\": \"A user's corrections\", \"generatedAt\": \"2026-12-03T12:00:00Z\", \"agreements\": [{agreement}]}}");
        return path;
    }

    [Fact]
    public void Report_with_data_shows_the_layered_status()
    {
        string directory = TempDirectory.Create();
        string layer = WriteRatificationLayer(directory);

        var plain = JhaTool.Run(["report", "--as-of", "2026-07-01", "-f", "json"]);
        var layered = JhaTool.Run(["report", "--as-of", "2026-07-01", "-f", "json", "--data", layer]);

        ToolAssert.Succeeds(plain);
        ToolAssert.Succeeds(layered);
        Assert.Equal("signed", Cets224Of(plain.Stdout, "AL"));
        Assert.Equal("consent-expressed", Cets224Of(layered.Stdout, "AL"));
        Assert.Equal(Cets224Of(plain.Stdout, "RS"), Cets224Of(layered.Stdout, "RS"));
        Assert.Contains("layer.json", layered.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_an_invalid_layer_lists_its_problems_and_exits_1()
    {
        string directory = TempDirectory.Create();
        string layer = Path.Combine(directory, "bad.json");
        File.WriteAllText(layer, "{\"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\", \"organisations\": [{\"id\": \"interpol\", \"name\": \"INTERPOL\", \"kind\": \"international-organisation\", \"parent\": \"un-odc\"}]}");

        var run = JhaTool.Run(["report", "--data", layer]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("JHA-DOC-011 $.organisations[0].parent", run.Stderr, StringComparison.Ordinal);
        ToolAssert.NoStackTrace(run);
    }

    [Fact]
    public void Report_with_a_missing_layer_is_exit_code_2()
    {
        var run = JhaTool.Run(["report", "--data", Path.Combine(TempDirectory.Create(), "missing.json")]);

        ToolAssert.FailsWithOneLine(run, 2, "no such file");
    }

    [Fact]
    public void Validate_resolves_references_against_the_layered_dataset()
    {
        string directory = TempDirectory.Create();
        string layer = Path.Combine(directory, "interpol.json");
        File.WriteAllText(layer, "{\"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\", \"organisations\": [{\"id\": \"interpol\", \"name\": \"INTERPOL\", \"kind\": \"international-organisation\"}]}");
        string document = Path.Combine(directory, "statistic.json");
        File.WriteAllText(document, "{\"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\", \"organisations\": [{\"id\": \"ipsa\", \"name\": \"IPSA\", \"kind\": \"international-organisation\", \"parent\": \"interpol\"}]}");

        var without = JhaTool.Run(["validate", document]);
        var with = JhaTool.Run(["validate", document, "--data", layer]);

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("JHA-DOC-011", without.Stdout, StringComparison.Ordinal);
        ToolAssert.Succeeds(with);
    }

    [Fact]
    public void Info_names_the_version_the_review_date_and_the_counts()
    {
        var run = JhaTool.Run(["dataset", "info", "-f", "json"]);

        ToolAssert.Succeeds(run);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(JhaDataset.Default.Version, root.GetProperty("version").GetString());
        Assert.Equal("2026-11-30", root.GetProperty("reviewedUntil").GetString());
        Assert.Equal(JhaDataset.Default.Agreements.All.Count, root.GetProperty("counts").GetProperty("agreements").GetInt32());
        Assert.Equal(JhaDataset.Default.Facts.Count, root.GetProperty("confidence").EnumerateArray().Sum(c => c.GetProperty("facts").GetInt32()));

        var text = JhaTool.Run(["dataset", "info"]);
        ToolAssert.Succeeds(text);
        Assert.Contains("Version:        2026.12", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Reviewed until: 2026-11-30", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_identical_files_exits_0()
    {
        string directory = TempDirectory.Create();
        string file = Path.Combine(directory, "embedded.json");
        ToolAssert.Succeeds(JhaTool.Run(["dataset", "write", "-o", file]));

        var run = JhaTool.Run(["dataset", "diff", file, Path.Combine(JhaTool.RepositoryRoot, "data", "jha-dataset.json")]);

        ToolAssert.Succeeds(run);
        Assert.Contains("The datasets hold the same data.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_datasets_that_differ_by_one_event_prints_exactly_that_change_and_exits_1()
    {
        string directory = TempDirectory.Create();
        string layer = WriteRatificationLayer(directory);
        string embedded = Path.Combine(directory, "embedded.json"), layered = Path.Combine(directory, "layered.json");
        ToolAssert.Succeeds(JhaTool.Run(["dataset", "write", "-o", embedded]));
        ToolAssert.Succeeds(JhaTool.Run(["dataset", "write", "--data", layer, "-o", layered]));

        var text = JhaTool.Run(["dataset", "diff", embedded, layered]);
        var json = JhaTool.Run(["dataset", "diff", embedded, layered, "-f", "json"]);

        Assert.Equal(1, text.ExitCode);
        Assert.Equal(
            [
                $"--- {embedded} (2026.12)",
                $"+++ {layered} (2026.12+local)",
                "changed agreement coe-cets-224 (Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence)",
                "  added partyEvents AL consent-to-be-bound: on 2026-06-01; consentForm ratification; unverified; source: Test layer: a hypothetical ratification, not a fact",
                "1 entry differs.",
            ],
            text.Stdout.TrimEnd('\n').Split('\n'));
        Assert.Equal(1, json.ExitCode);
        using var parsed = JsonDocument.Parse(json.Stdout);
        var change = Assert.Single(parsed.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("coe-cets-224", change.GetProperty("id").GetString());
        var fact = Assert.Single(change.GetProperty("facts").EnumerateArray());
        Assert.Equal(("added", "partyEvents", "AL consent-to-be-bound"), (fact.GetProperty("change").GetString(), fact.GetProperty("member").GetString(), fact.GetProperty("key").GetString()));
        Assert.False(parsed.RootElement.GetProperty("equal").GetBoolean());
    }

    [Fact]
    public void Diff_of_an_invalid_file_lists_its_problems_and_exits_2()
    {
        string directory = TempDirectory.Create();
        string bad = Path.Combine(directory, "bad.json");
        File.WriteAllText(bad, "{\"dataset\": {\"version\": \"next\", \"reviewedUntil\": \"2026-11-30\"}, \"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\"}");

        var run = JhaTool.Run(["dataset", "diff", bad, Path.Combine(JhaTool.RepositoryRoot, "data", "jha-dataset.json")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("JHA-DOC-002 $.dataset.version", run.Stderr, StringComparison.Ordinal);
        ToolAssert.NoStackTrace(run);
    }

    private static string? Cets224Of(string reportJson, string code)
    {
        using var json = JsonDocument.Parse(reportJson);
        return json.RootElement.GetProperty("westernBalkans").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == code)
            .GetProperty("cets224").GetString();
    }
}
