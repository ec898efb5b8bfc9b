using System.Diagnostics;
using JhaModel.Exchange;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The producers of docs/examples/producers — Python with its standard library (json.dumps, datetime.isoformat(),
/// None left out) and JavaScript with node (JSON.stringify, Date.prototype.toISOString(), undefined left out) — write
/// a document and NDJSON records that the reader reads without a single problem and both schema validators accept.
/// </summary>
public sealed class ProducerTests
{
    [Theory]
    [InlineData("python3", "produce.py")]
    [InlineData("node", "produce.mjs")]
    public void What_the_producer_writes_passes_the_reader_and_both_schemas(string runtime, string program)
    {
        string output = Path.Combine(Path.GetTempPath(), $"jha-producer-{Path.GetFileNameWithoutExtension(program)}-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(runtime == "python3" && File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : runtime)
        {
            ArgumentList = { Path.Combine(Golden.RepositoryRoot, "docs/examples/producers", program), output },
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{runtime} {program} exited with {process.ExitCode}: {errors}");
        }

        string document = Path.Combine(output, "document.json");
        string records = Path.Combine(output, "records.ndjson");
        var read = JhaExchange.Read(File.ReadAllBytes(document));
        Assert.True(read.Problems.Count == 0, $"{program}'s document: {string.Join(" | ", read.Problems)}");
        Assert.Equal(2, read.Value!.Statistics.Count);
        using (var stream = File.OpenRead(records))
        {
            var lines = JhaExchange.ReadNdjson(stream, null).ToList();
            Assert.Equal(4, lines.Count);
            Assert.All(lines, r => Assert.True(r.Problems.Count == 0, $"{program}'s line {r.LineNumber}: {string.Join(" | ", r.Problems)}"));
        }

        foreach (string checker in SchemaCheckers.Names)
        {
            Assert.True(SchemaCheckers.Check(checker, Path.Combine(Golden.RepositoryRoot, "docs/schema/exchange-document.schema.json"), [document])[document], $"{checker} rejects {program}'s document");
            Assert.True(SchemaCheckers.Check(checker, Path.Combine(Golden.RepositoryRoot, "docs/schema/ndjson-record.schema.json"), [records])[records], $"{checker} rejects {program}'s records");
        }

        Directory.Delete(output, recursive: true);
    }
}
