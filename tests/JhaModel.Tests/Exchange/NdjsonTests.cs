using System.Text;
using JhaModel.Agreements;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;

using JhaModel.Tests.Support;

namespace JhaModel.Tests.Exchange;

public sealed class NdjsonTests
{
    private static readonly ExchangeDocument Dataset = JhaExchange.ReferenceDataset(Instant.FromUtc(2026, 11, 30, 12, 0));

    private static IEnumerable<object> DatasetRecords =>
        Dataset.Organisations.Cast<object>()
            .Concat(Dataset.Countries)
            .Concat(Dataset.Agreements)
            .Concat(Dataset.PolicyCycles)
            .Concat(Dataset.Statistics)
            .Concat(Dataset.Rankings);

    [Fact]
    public void Every_kind_of_record_round_trips_line_by_line()
    {
        using var stream = new MemoryStream();
        JhaExchange.WriteNdjson(stream, DatasetRecords);
        stream.Position = 0;

        var read = JhaExchange.ReadNdjson(stream, null).ToList();

        Assert.All(read, r => Assert.Empty(r.Problems));
        Assert.Equal(DatasetRecords, read.Select(r => r.Value));
        Assert.Equal(Enumerable.Range(1, read.Count).Select(i => (long)i), read.Select(r => r.LineNumber));
        Assert.Equal(["organisation", "country", "agreement", "policy-cycle", "statistic", "ranking"], read.Select(r => r.Kind).Distinct());
    }

    [Fact]
    public async Task Asynchronous_writing_and_reading_agree_with_the_synchronous_ones()
    {
        using var sync = new MemoryStream();
        JhaExchange.WriteNdjson(sync, DatasetRecords);
        using var async = new MemoryStream();
        await JhaExchange.WriteNdjsonAsync(async, DatasetRecords.ToAsyncEnumerable(), CancellationToken.None);

        Assert.Equal(sync.ToArray(), async.ToArray());
        async.Position = 0;
        int count = 0;
        await foreach (var record in JhaExchange.ReadNdjsonAsync(async, null, CancellationToken.None))
        {
            Assert.True(record.IsSuccess);
            count++;
        }

        Assert.Equal(DatasetRecords.Count(), count);
    }

    [Fact]
    public void Each_bad_line_reports_its_own_problems_with_its_line_number()
    {
        string agreement = Encoding.UTF8.GetString(Line(AgreementRegistry.Get("eu-al-readmission"))).TrimEnd('\n');
        string text = string.Join("\n",
            agreement,
            "{\"kind\":\"treaty\",\"record\":{}}",
            "not json",
            "",
            agreement.Replace("\"bilateral\"", "\"trilateral\"", StringComparison.Ordinal),
            "{\"kind\":\"organisation\",\"record\":{\"id\":\"europol\",\"name\":\" \",\"kind\":\"eu-agency\"},\"extra\":true}",
            "[1,2]",
            "{\"record\":{}}") + "\r\n";

        var read = JhaExchange.ReadNdjson(new MemoryStream(Encoding.UTF8.GetBytes(text)), null).ToList();

        Assert.Equal([1L, 2, 3, 5, 6, 7, 8], read.Select(r => r.LineNumber));
        Assert.True(read[0].IsSuccess);
        Assert.Equal([JhaErrorCodes.RecordKindUnknown], read[1].Problems.Select(p => p.Code));
        Assert.Equal([JhaErrorCodes.JsonSyntaxInvalid], read[2].Problems.Select(p => p.Code));
        Assert.Equal([(JhaErrorCodes.JsonTypeMismatch, "$.record.form")], read[3].Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal([JhaErrorCodes.UnknownMember], read[4].Problems.Select(p => p.Code));
        Assert.Equal([JhaErrorCodes.JsonTypeMismatch], read[5].Problems.Select(p => p.Code));
        Assert.Equal([JhaErrorCodes.RequiredMemberMissing], read[6].Problems.Select(p => p.Code));
        Assert.All(read.Skip(1), r => Assert.All(r.Problems, p => Assert.Equal(r.LineNumber, p.Line)));
    }

    [Fact]
    public void A_valid_line_with_a_broken_rule_reports_the_rule_at_its_path()
    {
        var organisation = OrganisationRegistry.Get(OrganisationId.Europol) with { Name = " " };

        var record = Assert.Single(JhaExchange.ReadNdjson(new MemoryStream(Line(organisation)), null));

        Assert.Equal((JhaErrorCodes.OrganisationNameMissing, "$.record.name", 1L), Assert.Single(record.Problems) is var p ? (p.Code, p.Path, p.Line!.Value) : default);
        Assert.Null(record.Value);
    }

    [Fact]
    public void An_overlong_line_is_the_last_result_a_limit_problem_and_reading_stops_there()
    {
        byte[] good = Line(OrganisationRegistry.Get(OrganisationId.Eurojust));
        byte[] text = [.. good, .. Encoding.UTF8.GetBytes("{\"kind\":\"organisation\",\"record\":{\"name\":\"" + new string('x', 5000) + "\"}}\n"), .. good];

        var read = JhaExchange.ReadNdjson(new MemoryStream(text), new ExchangeReaderOptions { MaxDocumentBytes = 1000 }).ToList();

        Assert.Equal(2, read.Count);
        Assert.True(read[0].IsSuccess);
        Assert.Equal(2, read[1].LineNumber);
        var problem = Assert.Single(read[1].Problems);
        Assert.Equal(JhaErrorCodes.LimitExceeded, problem.Code);
        Assert.Contains("Reading stopped at this line", problem.Message, StringComparison.Ordinal);
        Assert.Equal([false, true], read.Select(r => r.EndsStream));
    }

    [Fact]
    public void A_line_of_exactly_the_limit_reads_and_one_byte_more_is_too_long()
    {
        byte[] good = Line(OrganisationRegistry.Get(OrganisationId.Eurojust));
        int length = good.Length - 1;

        var exact = JhaExchange.ReadNdjson(new MemoryStream([.. good, .. good]), new ExchangeReaderOptions { MaxDocumentBytes = length }).ToList();
        var over = JhaExchange.ReadNdjson(new MemoryStream([.. good, .. good]), new ExchangeReaderOptions { MaxDocumentBytes = length - 1 }).ToList();

        Assert.Equal([true, true], exact.Select(r => r.IsSuccess));
        Assert.Equal(JhaErrorCodes.LimitExceeded, Assert.Single(Assert.Single(over).Problems).Code);
    }

    [Fact]
    public void Writing_a_type_without_a_kind_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => JhaExchange.WriteNdjson(new MemoryStream(), ["text"]));
        Assert.Throws<ArgumentNullException>(() => JhaExchange.ReadNdjson(null!, null).ToList());
    }

    [Fact]
    public void A_million_records_stream_in_flat_memory()
    {
        byte[] line = Line(OrganisationRegistry.Get(OrganisationId.Europol));
        const int Count = 1_000_000;
        using var stream = new RepeatingStream(line, Count);
        long atStart = 0, atTenth = 0, valid = 0;
        foreach (var record in JhaExchange.ReadNdjson(stream, null))
        {
            valid += record.IsSuccess ? 1 : 0;
            if (record.LineNumber == 1000)
            {
                atStart = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (record.LineNumber == Count / 10)
            {
                atTenth = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        long atEnd = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Equal(Count, valid);
        // Keeping even a few bytes per record would grow the heap by hundreds of megabytes over a million records;
        // the bound leaves room for what tests running in parallel in the same process allocate meanwhile.
        Assert.True(atEnd - atStart < 32 * 1024 * 1024, $"managed memory grew from {atStart:N0} to {atEnd:N0} bytes over {Count:N0} records");
        Assert.True(atEnd - atTenth < 32 * 1024 * 1024, $"managed memory at 10% {atTenth:N0}, at the end {atEnd:N0}");
    }

    private static byte[] Line(object record)
    {
        using var stream = new MemoryStream();
        JhaExchange.WriteNdjson(stream, [record]);
        return stream.ToArray();
    }

    /// <summary>A read-only stream that yields the same line many times without holding them.</summary>
    private sealed class RepeatingStream(byte[] line, long count) : GeneratedStream
    {
        protected override long Limit => line.Length * count;

        protected override byte ByteAt(long position) => line[position % line.Length];
    }
}
