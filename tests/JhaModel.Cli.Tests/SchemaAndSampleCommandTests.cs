using System.Text.Json;
using JhaModel.Cli.Tests.Support;
using JhaModel.Exchange;

namespace JhaModel.Cli.Tests;

/// <summary><c>jha schema</c> and <c>jha sample</c> run as processes.</summary>
public sealed class SchemaAndSampleCommandTests
{
    [Fact]
    public void Schema_writes_every_committed_schema_byte_for_byte()
    {
        string directory = TempDirectory.Create();

        var run = JhaTool.Run(["schema", "--out", "out/schemas", "--create-dirs"], directory);

        ToolAssert.Succeeds(run);
        string written = Path.Combine(directory, "out", "schemas");
        var files = Directory.GetFiles(written).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var committed = Directory.GetFiles(Path.Combine(JhaTool.RepositoryRoot, "docs", "schema"), "*.schema.json").Select(f => Path.GetFileName(f)).ToList();
        Assert.Equal(committed.Order(StringComparer.Ordinal), files);
        foreach (string name in committed)
        {
            Assert.True(
                File.ReadAllText(Path.Combine(JhaTool.RepositoryRoot, "docs", "schema", name)) == File.ReadAllText(Path.Combine(written, name)),
                $"jha schema wrote a {name} that differs from docs/schema/{name}");
        }

        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(written, "exchange-document.schema.json")));
        // A 1.0 document ("then") and one of a later 1.x version ("else") require the same members.
        foreach (string branch in new[] { "then", "else" })
        {
            var required = schema.RootElement.GetProperty(branch).GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(["formatVersion", "producer", "generatedAt"], required);
        }
        Assert.Equal(files.Count, run.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Schema_into_a_path_that_is_a_file_is_exit_code_2()
    {
        string directory = TempDirectory.Create();
        File.WriteAllText(Path.Combine(directory, "taken"), "x");

        ToolAssert.FailsWithOneLine(JhaTool.Run(["schema", "--out", "taken"], directory), 2, "cannot write to 'taken': it is a file, not a directory");
    }

    [Theory]
    [InlineData("schema", "--out", "missing/schemas", "missing/schemas")]
    [InlineData("sample", "--out", "missing/sample.json", "missing")]
    [InlineData("report", "--html", "missing/report.html", "missing")]
    public void A_missing_output_directory_is_exit_code_2_unless_create_dirs_is_given(string command, string option, string path, string missing)
    {
        string directory = TempDirectory.Create();

        var refused = JhaTool.Run([command, option, path], directory);

        ToolAssert.FailsWithOneLine(refused, 2, $"cannot write to '{missing}': no such directory (--create-dirs creates it)");
        Assert.False(Directory.Exists(Path.Combine(directory, "missing")), "the refused run created the directory");

        var created = JhaTool.Run([command, option, path, "--create-dirs"], directory);

        ToolAssert.Succeeds(created);
        Assert.True(Directory.Exists(Path.Combine(directory, missing)), created.ToString());
    }

    [Fact]
    public void Sample_writes_the_reference_dataset_as_a_document_that_validate_accepts()
    {
        string directory = TempDirectory.Create();

        ToolAssert.Succeeds(JhaTool.Run(["sample", "-o", "data/sample.json", "--create-dirs"], directory));
        var validate = JhaTool.Run(["validate", "data/sample.json"], directory);

        ToolAssert.Succeeds(validate);
        Assert.Equal("data/sample.json: valid (document)\n", validate.Stdout);
        var read = JhaExchange.Read(File.ReadAllBytes(Path.Combine(directory, "data", "sample.json")));
        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(JhaExchange.ReferenceDataset(read.Value.GeneratedAt), read.Value);
    }

    [Fact]
    public void Sample_without_out_writes_to_standard_output()
    {
        var run = JhaTool.Run("sample");

        ToolAssert.Succeeds(run);
        var read = JhaExchange.Read(run.Stdout);
        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(JhaExchange.ReferenceDataset(read.Value.GeneratedAt), read.Value);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("sample")]
    public void Help_and_version_work_on_every_command(string command)
    {
        var help = JhaTool.Run(command, "--help");
        var version = JhaTool.Run(command, "--version");

        ToolAssert.Succeeds(help);
        Assert.Contains($"jha {command}", help.Stdout, StringComparison.Ordinal);
        ToolAssert.Succeeds(version);
        Assert.Equal(VersionOfTheLibrary() + "\n", version.Stdout);
    }

    [Fact]
    public void Help_and_version_work_without_a_command()
    {
        var help = JhaTool.Run("--help");
        var version = JhaTool.Run("--version");

        ToolAssert.Succeeds(help);
        foreach (string command in new[] { "report", "validate", "schema", "sample" })
        {
            Assert.Contains(command, help.Stdout, StringComparison.Ordinal);
        }

        ToolAssert.Succeeds(version);
        Assert.Equal(VersionOfTheLibrary() + "\n", version.Stdout);
    }

    private static string VersionOfTheLibrary()
    {
        string props = File.ReadAllText(Path.Combine(JhaTool.RepositoryRoot, "Directory.Build.props"));
        int start = props.IndexOf("<Version>", StringComparison.Ordinal) + "<Version>".Length;
        return props[start..props.IndexOf("</Version>", start, StringComparison.Ordinal)];
    }
}
