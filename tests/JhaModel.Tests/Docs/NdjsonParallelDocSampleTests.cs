using System.Text;
using JhaModel.Exchange;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Docs;

/// <summary>The sample of docs/exchange-format.md, "Reading NDJSON on several cores", as written there (its output to a writer).</summary>
public sealed class NdjsonParallelDocSampleTests
{
    [Fact]
    public void The_sample_reads_the_example_records_on_every_core_and_reports_the_bad_line()
    {
        string page = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "docs/exchange-format.md"));
        Assert.Contains("foreach (var record in JhaExchange.ReadNdjsonParallel(stream, options: null, Environment.ProcessorCount, cancellationToken))", page, StringComparison.Ordinal);
        byte[] examples = File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, "docs/examples/records.ndjson"));
        using var stream = new MemoryStream([.. examples, .. "{\"kind\":\"treaty\",\"record\":{}}\n"u8]);
        var cancellationToken = TestContext.Current.CancellationToken;
        var output = new StringBuilder();

        foreach (var record in JhaExchange.ReadNdjsonParallel(stream, options: null, Environment.ProcessorCount, cancellationToken))
        {
            if (!record.IsSuccess)
            {
                output.Append("line ").Append(record.LineNumber).Append(": ").AppendLine(record.Problems[0].Message);
            }
        }

        Assert.Equal(
            "line 12: Found the kind \"treaty\"; expected one of: organisation, country, agreement, policy-cycle, action-plan, statistic, ranking.\n",
            output.ToString());
    }
}
