using System.Text.Json;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary>
/// The malformed-input corpus (tests/JhaModel.Tests/Corpus, with its expected codes in manifest.tsv) through the
/// built <c>jha validate</c> process: every entry gets its expected codes, invalid data is exit code 1 and valid data
/// exit code 0, and nothing ever prints a stack trace.
/// </summary>
public sealed class CorpusValidateTests
{
    private static readonly string Corpus = Path.Combine(JhaTool.RepositoryRoot, "tests", "JhaModel.Tests", "Corpus");

    private static readonly Lazy<IReadOnlyList<(string File, string[] Codes)>> Manifest = new(() =>
        [.. File.ReadAllLines(Path.Combine(Corpus, "manifest.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => (fields[0], fields[1] == "-" ? Array.Empty<string>() : fields[1].Split(' ')))]);

    private static bool HasError(string[] codes) => codes.Any(c => !c.EndsWith("/warning", StringComparison.Ordinal));

    public static TheoryData<string> Folders() => [.. Manifest.Value.Select(e => e.File.Split('/')[0]).Distinct(StringComparer.Ordinal)];

    [Theory(Timeout = 300_000)]
    [MemberData(nameof(Folders))]
    public async Task Every_corpus_entry_of_a_folder_gets_its_expected_codes_from_jha_validate(string folder)
    {
        var entries = Manifest.Value.Where(e => e.File.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();

        var run = await Task.Run(() => JhaTool.Run(["validate", "--format", "json", "--no-progress", .. entries.Select(e => e.File)], Corpus), TestContext.Current.CancellationToken);

        ToolAssert.NoStackTrace(run);
        Assert.True(run.ExitCode == (entries.Exists(e => HasError(e.Codes)) ? 1 : 0), run.ToString());
        using var output = JsonDocument.Parse(run.Stdout);
        var inputs = output.RootElement.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("input").GetString()!, StringComparer.Ordinal);
        Assert.All(entries, entry =>
        {
            var input = inputs[entry.File];
            bool ndjson = entry.File.EndsWith(".ndjson", StringComparison.Ordinal);
            string[] found = [.. input.GetProperty("problems").EnumerateArray().Select(p =>
                (ndjson ? $"{p.GetProperty("line").GetInt64()}:" : "") + p.GetProperty("code").GetString() + (p.GetProperty("severity").GetString() == "warning" ? "/warning" : ""))];
            Assert.True(entry.Codes.SequenceEqual(found), $"{entry.File}: expected [{string.Join(", ", entry.Codes)}], jha validate found [{string.Join(", ", found)}]");
            Assert.Equal(!HasError(entry.Codes), input.GetProperty("valid").GetBoolean());
        });
    }

    [Fact(Timeout = 300_000)]
    public async Task A_single_invalid_entry_is_exit_code_1_and_a_valid_one_exit_code_0_without_a_stack_trace()
    {
        string[] invalid = ["empty/empty.json", "utf8/producer-ff.json", "nesting/unclosed-arrays-200.json", "bom/utf16le.json", "ndjson/unknown-kind.ndjson", "numbers/syntax-nan.json"];
        string[] valid = ["valid/base.json", "bom/utf8-bom.json", "ndjson/blank-lines.ndjson", "unknown/newer-minor-version.json"];

        foreach (string file in invalid)
        {
            var run = await Task.Run(() => JhaTool.Run(["validate", "--no-progress", file], Corpus), TestContext.Current.CancellationToken);
            Assert.True(run.ExitCode == 1, $"{file}: {run}");
            Assert.Empty(run.Stderr);
            ToolAssert.NoStackTrace(run);
        }

        foreach (string file in valid)
        {
            var run = await Task.Run(() => JhaTool.Run(["validate", "--no-progress", file], Corpus), TestContext.Current.CancellationToken);
            ToolAssert.Succeeds(run);
            ToolAssert.NoStackTrace(run);
        }
    }
}
