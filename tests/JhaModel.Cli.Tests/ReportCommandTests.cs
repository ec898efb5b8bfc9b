using System.Text.Json;
using JhaModel.Agreements;
using JhaModel.Cli.Tests.Support;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using NodaTime;

namespace JhaModel.Cli.Tests;

/// <summary><c>jha report</c> run as a process: the terminal tables, the JSON form checked against the library's own answers, and its failures.</summary>
public sealed class ReportCommandTests
{
    private static readonly LocalDate AsOf = new(2020, 10, 22);

    [Fact]
    public void Explain_shows_the_basis_of_each_status_with_its_date_confidence_and_source()
    {
        var run = JhaTool.Run("report", "--as-of", "2020-01-01", "--explain");

        ToolAssert.Succeeds(run);
        string text = run.Stdout.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("What each status rests on", text, StringComparison.Ordinal);
        Assert.Contains("ME Eurojust cooperation agreement: in force (inferred: the entry-into-force rests on a partial fact)", text, StringComparison.Ordinal);
        Assert.Contains("entry-into-force on or before 2018-06-13 (partial; Eurojust news, 13 June 2018", text, StringComparison.Ordinal);
        Assert.Contains("<https://www.eurojust.europa.eu/news/eurojust-montenegro-enhance-cooperation-western-balkans>", text, StringComparison.Ordinal);
        Assert.Contains("AL CETS 185: in force (inferred: no later step of AL is recorded", text, StringComparison.Ordinal);
        Assert.Contains("entry-into-force of AL on 2004-07-01 (verified; Council of Europe Treaty Office", text, StringComparison.Ordinal);
        Assert.DoesNotContain("What each status rests on", JhaTool.Run("report", "--as-of", "2020-01-01").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_reads_an_unknown_status_as_unknown_with_its_reason_never_as_not_signed()
    {
        // A layer that knows the CETS 224 signatures of 12 May 2022 only to their month: early in May 2022 they may or may not have happened.
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(JhaTool.RepositoryRoot, "data", "jha-dataset.json")));
        string protocol = data.RootElement.GetProperty("agreements").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "coe-cets-224").GetRawText()
            .Replace("\"2022-05-12\"", "\"2022-05\"", StringComparison.Ordinal);
        string layer = Path.Combine(TempDirectory.Create(), "month-only.json");
        File.WriteAllText(layer, $"{{\"formatVersion\": \"1.0\", \"producer\": \"A user's corrections\", \"generatedAt\": \"2026-12-03T12:00:00Z\", \"agreements\": [{protocol}]}}");

        var run = JhaTool.Run(["report", "--as-of", "2022-05-05", "--explain", "--data", layer]);

        ToolAssert.Succeeds(run);
        string text = run.Stdout.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("RS CETS 224: unknown (unknown: the signature by RS (2022-05) may or may not have happened by then", text, StringComparison.Ordinal);
        Assert.Contains("signature by RS on 2022-05 (verified;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RS CETS 224: not signed", text, StringComparison.Ordinal);
        Assert.Contains("RS CETS 224: not signed", JhaTool.Run(["report", "--as-of", "2022-04-30", "--explain", "--data", layer]).Stdout.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_on_the_embedded_dataset_prints_the_tables_the_chart_and_the_guarded_comparison()
    {
        var run = JhaTool.Run("report", "--as-of", "2020-10-22");

        ToolAssert.Succeeds(run);
        Assert.Contains("as of 2020-10-22", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Western Balkans six", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["Albania", "Bosnia and Herzegovina", "Montenegro", "North Macedonia", "Serbia", "Kosovo*"], CountryCells(run.Stdout));

        Assert.Contains("This designation is without prejudice to positions on status", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("EMPACT priorities of the 2018-2021 cycle", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("eurojust-wb6-registered-cases-2019", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("+3 (+2.8 %)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("comparing unequal periods", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("146.7", run.Stdout, StringComparison.Ordinal);
        // The 2020 figure of cases registered by the Western Balkans covers the whole year: not yet known on 2020-10-22.
        Assert.DoesNotContain("eurojust-wb6-new-cases-registered-by-2020", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("8 statistics whose period ends after 2020-10-22 are not shown: not yet known on that date.", run.Stdout, StringComparison.Ordinal);
        var later = JhaTool.Run("report", "--as-of", "2021-06-01");
        ToolAssert.Succeeds(later);
        Assert.Contains("Refused to compare eurojust-wb6-new-cases-registered-by-2020", later.Stdout, StringComparison.Ordinal);
        Assert.Contains("█", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_as_json_states_what_the_library_answers_for_the_date()
    {
        var run = JhaTool.Run("report", "--as-of", "2020-10-22", "--format", "json");

        ToolAssert.Succeeds(run);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("2020-10-22", root.GetProperty("asOf").GetString());

        var countries = root.GetProperty("westernBalkans").EnumerateArray().ToList();
        Assert.Equal(CountryGroupings.WesternBalkansSix.MembersOn(AsOf).Order().Select(c => c.ToString()), countries.Select(c => c.GetProperty("code").GetString()));
        var cets185 = AgreementRegistry.Get("coe-cets-185");
        var cets224 = AgreementRegistry.Get("coe-cets-224");
        foreach (var entry in countries)
        {
            var code = CountryCode.Parse(entry.GetProperty("code").GetString()!);
            var country = CountryRegistry.Get(code);
            var party = Party.Of(code);
            Assert.Equal(country.Designation?.DisplayName ?? country.NameOn(AsOf), entry.GetProperty("name").GetString());
            Assert.Equal(Wire(country.EuStatusOn(AsOf)), entry.GetProperty("euStatus").GetString());
            Assert.Equal(
                AgreementRegistry.BindingWithEuOn(party, AsOf).Select(a => a.Id.ToString()),
                entry.GetProperty("agreementsWithEu").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            Assert.Equal(Wire(cets185.StatusOn(party, AsOf)), entry.GetProperty("cets185").GetString());
            Assert.Equal(Wire(cets224.StatusOn(party, AsOf)), entry.GetProperty("cets224").GetString());
        }

        Assert.Equal("XK", countries[^1].GetProperty("code").GetString());
        Assert.Equal("Kosovo*", countries[^1].GetProperty("name").GetString());
        Assert.Equal(
            CountryRegistry.Get(CountryCode.Kosovo).Designation!.FootnoteOf(OrganisationId.EuropeanUnion)!.Text,
            root.GetProperty("footnotes")[0].GetProperty("text").GetString());

        var cycle = EmpactRegistry.CycleOn(AsOf)!;
        var empact = root.GetProperty("empact");
        Assert.Equal(cycle.Id.ToString(), empact.GetProperty("cycle").GetString());
        Assert.Equal(cycle.Priorities.Select(p => p.Name), empact.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var statistics = Statistics.CaseStatisticRegistry.All.Statistics;
        Assert.Equal(statistics.Where(s => s.Period.End <= AsOf).Select(s => s.Id.ToString()).Order(StringComparer.Ordinal), root.GetProperty("statistics").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(statistics.Where(s => s.Period.End > AsOf).Select(s => s.Id.ToString()).Order(StringComparer.Ordinal), root.GetProperty("notYetKnown").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var comparisons = root.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Single(comparisons);
        Assert.True(comparisons[0].GetProperty("allowed").GetBoolean());
        Assert.Equal(107, comparisons[0].GetProperty("baselineValue").GetInt64());
        Assert.Equal(110, comparisons[0].GetProperty("subjectValue").GetInt64());
        Assert.Equal(3, comparisons[0].GetProperty("change").GetInt64());
        Assert.True(comparisons[0].GetProperty("comparesUnequalPeriods").GetBoolean());
        Assert.Equal(146.7m, Math.Round(comparisons[0].GetProperty("byMonths").GetProperty("subjectRate").GetDecimal(), 1));
        Assert.Equal(146.9m, Math.Round(comparisons[0].GetProperty("byDays").GetProperty("subjectRate").GetDecimal(), 1));

        var later = JsonDocument.Parse(JhaTool.Run("report", "--as-of", "2021-06-01", "--format", "json").Stdout).RootElement.GetProperty("comparisons");
        Assert.Equal(2, later.GetArrayLength());
        Assert.False(later[1].GetProperty("allowed").GetBoolean());
        Assert.Equal("metric", later[1].GetProperty("refused")[0].GetProperty("dimension").GetString());
    }

    [Theory]
    [InlineData("2020-10-22")]
    [InlineData("2023-06-30")]
    [InlineData("2024-12-31")]
    public void As_of_shows_only_the_statistics_known_on_the_date(string date)
    {
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        var root = JsonDocument.Parse(JhaTool.Run("report", "--as-of", date, "--format", "json").Stdout).RootElement;

        var shown = root.GetProperty("statistics").EnumerateArray().ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, s => Assert.True(
            NodaTime.Text.LocalDatePattern.Iso.Parse(s.GetProperty("period").GetProperty("end").GetString()!).Value <= asOf,
            $"{s.GetProperty("id").GetString()} ends after {date}"));
        Assert.Equal(
            Statistics.CaseStatisticRegistry.All.Statistics.Count,
            shown.Count + root.GetProperty("notYetKnown").GetArrayLength());
        Assert.All(root.GetProperty("notYetKnown").EnumerateArray(), s => Assert.True(
            NodaTime.Text.LocalDatePattern.Iso.Parse(s.GetProperty("period").GetProperty("end").GetString()!).Value > asOf));
    }

    [Fact]
    public void Agreements_have_a_short_title_and_keep_their_identifier_and_title_in_json()
    {
        var root = JsonDocument.Parse(JhaTool.Run("report", "--as-of", "2024-06-01", "--format", "json").Stdout).RootElement;

        var agreements = root.GetProperty("westernBalkans").EnumerateArray()
            .SelectMany(c => c.GetProperty("agreementsWithEu").EnumerateArray())
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a, StringComparer.Ordinal);
        Assert.Equal("EU readmission agreement", agreements["eu-al-readmission"].GetProperty("shortTitle").GetString());
        Assert.Equal("Frontex status agreement", agreements["eu-me-frontex-status"].GetProperty("shortTitle").GetString());
        Assert.Equal("Frontex status agreement (2nd)", agreements["eu-me-frontex-status-2"].GetProperty("shortTitle").GetString());
        Assert.Equal("Eurojust cooperation agreement", agreements["eurojust-al-cooperation"].GetProperty("shortTitle").GetString());
        Assert.Equal("Europol operational agreement", agreements["europol-rs-operational"].GetProperty("shortTitle").GetString());
        Assert.Equal("Europol working arrangement", agreements["europol-xk-working-arrangement"].GetProperty("shortTitle").GetString());
        Assert.All(agreements.Values, a => Assert.Equal(AgreementRegistry.Get(a.GetProperty("id").GetString()!).Title, a.GetProperty("title").GetString()));
    }

    [Fact]
    public void As_of_moves_the_date_of_every_section()
    {
        var before = JsonDocument.Parse(JhaTool.Run("report", "--as-of", "2018-06-01", "--format", "json").Stdout).RootElement;
        var after = JsonDocument.Parse(JhaTool.Run("report", "--as-of", "2024-06-01", "--format", "json").Stdout).RootElement;

        Assert.Equal("2018-2021", before.GetProperty("empact").GetProperty("cycle").GetString());
        Assert.Equal("2022-2025", after.GetProperty("empact").GetProperty("cycle").GetString());
        var macedoniaBefore = before.GetProperty("westernBalkans").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "MK");
        var macedoniaAfter = after.GetProperty("westernBalkans").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "MK");
        Assert.Equal(CountryRegistry.Get(CountryCode.NorthMacedonia).NameOn(new LocalDate(2018, 6, 1)), macedoniaBefore.GetProperty("name").GetString());
        Assert.Equal("North Macedonia", macedoniaAfter.GetProperty("name").GetString());
        var bosniaBefore = before.GetProperty("westernBalkans").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BA");
        var bosniaAfter = after.GetProperty("westernBalkans").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BA");
        Assert.Equal("potential-candidate", bosniaBefore.GetProperty("euStatus").GetString());
        Assert.Equal("candidate", bosniaAfter.GetProperty("euStatus").GetString());
    }

    [Fact]
    public void Report_on_the_sample_document_says_what_the_report_on_the_embedded_dataset_says()
    {
        string directory = TempDirectory.Create();
        ToolAssert.Succeeds(JhaTool.Run(["sample", "--out", "sample.json"], directory));

        var embedded = JhaTool.Run(["report", "--as-of", "2020-10-22", "--format", "json"], directory);
        var fromFile = JhaTool.Run(["report", "sample.json", "--as-of", "2020-10-22", "--format", "json"], directory);

        ToolAssert.Succeeds(fromFile);
        Assert.Equal("sample.json", JsonDocument.Parse(fromFile.Stdout).RootElement.GetProperty("source").GetString());
        Assert.Equal(WithoutSource(embedded.Stdout), WithoutSource(fromFile.Stdout));
    }

    [Fact]
    public void Report_reads_a_document_from_standard_input()
    {
        byte[] document = JhaExchange.Write(JhaExchange.ReferenceDataset(Instant.FromUtc(2024, 1, 1, 0, 0)) with { AsOf = new LocalDate(2019, 3, 1) });

        var run = JhaTool.Run(["report", "-", "--format", "json"], stdin: document);

        ToolAssert.Succeeds(run);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("standard input", root.GetProperty("source").GetString());
        Assert.Equal("2019-03-01", root.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Report_on_a_document_without_statistics_or_cycles_says_so()
    {
        var document = new ExchangeDocument { FormatVersion = "1.0", Producer = "test", GeneratedAt = Instant.FromUtc(2024, 1, 1, 0, 0) };
        string directory = TempDirectory.Create();
        File.WriteAllBytes(Path.Combine(directory, "empty.json"), JhaExchange.Write(document));

        var run = JhaTool.Run(["report", "empty.json", "--as-of", "2024-01-01"], directory);

        ToolAssert.Succeeds(run);
        Assert.Contains("the data hold no policy cycle in force on 2024-01-01", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Case statistics: the data hold none.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("not in the data", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_document_is_exit_code_1_with_one_line_naming_the_first_problem()
    {
        string directory = TempDirectory.Create();
        File.WriteAllText(Path.Combine(directory, "bad.json"), """{"formatVersion":"1.0","producer":"x","generatedAt":"2024-01-01T00:00:00Z","extra":1}""");

        var run = JhaTool.Run(["report", "bad.json"], directory);

        ToolAssert.FailsWithOneLine(run, 1, "'bad.json' is not a valid exchange document (1 error; the first: error JHA-DOC-003 $.extra");
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData(new[] { "report", "missing.json" }, "cannot read 'missing.json': no such file")]
    [InlineData(new[] { "report", "." }, "cannot read '.': it is a directory")]
    [InlineData(new[] { "report", "--as-of", "2020-13-01" }, "--as-of: '2020-13-01' is not a date; expected YYYY-MM-DD")]
    [InlineData(new[] { "report", "--as-of" }, "--as-of")]
    [InlineData(new[] { "report", "--format", "xml" }, "--format: 'xml' is not one of text, json")]
    [InlineData(new[] { "report", "--colour" }, "unknown option '--colour'")]
    [InlineData(new[] { "report", "a.json", "b.json" }, "unexpected argument 'b.json'")]
    [InlineData(new[] { "reprot" }, "unknown command 'reprot' (did you mean 'report'?); the commands are report, validate, dataset, schema, sample, completion and help")]
    [InlineData(new[] { "report", "--as-off", "2020-10-22" }, "unknown option '--as-off' (did you mean '--as-of'?)")]
    [InlineData(new string[0], "a command is required: report, validate, schema, sample, completion or help")]
    [InlineData(new[] { "report", "--html", "/proc/no-such-dir/report.html" }, "cannot write to '/proc/no-such-dir': no such directory (--create-dirs creates it)")]
    [InlineData(new[] { "report", "--html", "/proc/no-such-dir/report.html", "--create-dirs" }, "cannot create the directory '/proc/no-such-dir': ")]
    public void Bad_input_or_options_are_exit_code_2_with_one_line(string[] args, string expected)
    {
        ToolAssert.FailsWithOneLine(JhaTool.Run(args), 2, expected);
    }

    private static string WithoutSource(string reportJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(reportJson)!.AsObject();
        node.Remove("source");
        return node.ToJsonString();
    }

    private static string Wire<T>(T value)
        where T : struct, Enum => Serialization.JhaModelJson.Serialize(value).Trim('"');

    /// <summary>The Country column of the Western Balkans six table, each cell's wrapped lines joined with a space.</summary>
    private static List<string> CountryCells(string stdout)
    {
        var cells = new List<string>();
        foreach (string line in stdout.Split('\n').SkipWhile(l => !l.Contains("│ Code", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('│')))
        {
            string[] columns = line.Split('│');
            string code = columns[1].Trim();
            string country = columns[2].Trim();
            if (code.Length > 0)
            {
                cells.Add(country);
            }
            else if (country.Length > 0)
            {
                cells[^1] += " " + country;
            }
        }

        return cells;
    }
}
