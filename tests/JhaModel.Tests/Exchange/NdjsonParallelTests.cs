using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Exchange;
using JhaModel.Testing;
using JhaModel.Tests.Support;
using JhaModel.Validation;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// <see cref="JhaExchange.ReadNdjsonParallel"/> gives exactly what <see cref="JhaExchange.ReadNdjson"/> gives, line for
/// line, for every job count and batch size, on valid and broken records, syntax errors, invalid UTF-8, blank lines,
/// over-long lines and lines cut across the reads of the stream; it stops, fails and cancels as the sequential reader
/// does, and never reads far ahead of its consumer.
/// </summary>
public sealed class NdjsonParallelTests
{
    private static readonly Gen<object> ValidRecord = Gen.OneOf(
        JhaGenerators.Agreement.Select(v => (object)v),
        JhaGenerators.Country.Select(v => (object)v),
        JhaGenerators.Organisation.Select(v => (object)v),
        JhaGenerators.PolicyCycle.Select(v => (object)v),
        JhaGenerators.CaseStatistic.Select(v => (object)v),
        JhaGenerators.CountryRanking.Select(v => (object)v));

    /// <summary>The error codes whose breaking generator makes records of an NDJSON kind.</summary>
    private static readonly string[] RecordBreakingCodes =
        [.. Invalid.ErrorCodes.Where(code => NdjsonKinds.Find(Invalid.TargetOf(code)) is not null)];

    private static readonly Gen<byte[]> Line = Gen.Frequency(
        (6, ValidRecord.Select(RecordLine)),
        (4, Gen.Elements(RecordBreakingCodes).SelectMany(Invalid.For).Select(WritableRecordLine).Where(line => line is not null).Select(line => line!)),
        (1, Gen.Elements(
            "not json",
            "{\"kind\":\"treaty\",\"record\":{}}",
            "[1,2]",
            "{\"record\":{}}",
            "{\"kind\":\"agreement\",\"record\":{\"id\":1},\"kind\":\"country\"}",
            "{\"kind\":\"country\",\"record\":{\"code\":\"AL\"",
            "").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Elements(" ", " \t ", "\t").Select(Encoding.UTF8.GetBytes)),
        (1, ValidRecord.Select(RecordLine).SelectMany(line => Gen.Choose(0, line.Length - 1).Select(at => WithInvalidUtf8(line, at)))),
        (1, Gen.Choose(2_000, 40_000).Select(length => Encoding.UTF8.GetBytes("{\"kind\":\"country\",\"record\":\"" + new string('x', length) + "\"}"))));

    private static readonly Gen<ParallelCase> Cases =
        from lines in Gen.Sized(size => Gen.Choose(0, Math.Min(size, 40)).SelectMany(n => Line.ListOf(n)))
        from crlf in Gen.ListOf(Gen.Elements(false, true), lines.Count)
        from lastTerminated in Gen.Elements(true, false)
        from maxLine in Gen.Frequency((3, Gen.Constant(ExchangeReaderOptions.Default.MaxDocumentBytes)), (1, Gen.Choose(1_000, 30_000).Select(n => (long)n)))
        from chunk in Gen.Elements(1, 7, 500, 4_096, 65_536, int.MaxValue)
        from jobs in Gen.Choose(1, 4)
        from batchBytes in Gen.Elements(1, 100, 3_000, 16 * 1024, JhaExchange.NdjsonBatchBytes)
        select new ParallelCase(Join(lines, crlf, lastTerminated), maxLine, chunk, jobs, batchBytes);

    [Property(MaxTest = 150)]
    public Property Parallel_reading_gives_the_sequential_results_line_for_line() =>
        Prop.ForAll(Cases.ToArbitrary(), Check);

    [Fact]
    public void Every_job_count_and_batch_size_gives_the_sequential_results_on_the_example_records_cut_into_pieces()
    {
        byte[] example = File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, "docs/examples/records.ndjson"));
        byte[] ndjson = [.. Enumerable.Repeat(example, 20).SelectMany(b => b)];
        foreach (int jobs in new[] { 1, 2, 3, 4 })
        {
            foreach (int batchBytes in new[] { 1, 1_000, 16 * 1024, JhaExchange.NdjsonBatchBytes })
            {
                Check(new ParallelCase(ndjson, ExchangeReaderOptions.Default.MaxDocumentBytes, 1_000, jobs, batchBytes));
            }
        }
    }

    [Fact]
    public void A_line_longer_than_the_limit_ends_the_results_as_in_the_sequential_reader()
    {
        byte[] ndjson = Encoding.UTF8.GetBytes("{\"kind\":\"treaty\",\"record\":{}}\n\n" + new string(' ', 5_000) + "x\nnot json\n");
        var options = new ExchangeReaderOptions { MaxDocumentBytes = 4_000 };

        var read = JhaExchange.ReadNdjsonParallel(new MemoryStream(ndjson), options, 2, TestContext.Current.CancellationToken).ToList();

        Assert.Equal([1L, 3L], read.Select(r => r.LineNumber));
        Assert.True(read[^1].EndsStream);
        Assert.Equal([JhaErrorCodes.LimitExceeded], read[^1].Problems.Select(p => p.Code));
        Check(new ParallelCase(ndjson, options.MaxDocumentBytes, int.MaxValue, 2, 100));
    }

    [Fact]
    public void A_stream_that_fails_gives_the_lines_before_it_and_then_its_exception()
    {
        byte[] example = File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, "docs/examples/records.ndjson"));
        byte[] ndjson = [.. Enumerable.Repeat(example, 30).SelectMany(b => b)];
        int failAt = ndjson.Length / 2;

        var sequential = new List<NdjsonRecord>();
        var sequentialError = Assert.Throws<IOException>(() => sequential.AddRange(JhaExchange.ReadNdjson(new FailingStream(ndjson, failAt), null)));
        var parallel = new List<NdjsonRecord>();
        var parallelError = Assert.Throws<IOException>(() => parallel.AddRange(
            JhaExchange.ReadNdjsonParallel(new FailingStream(ndjson, failAt), null, 3, TestContext.Current.CancellationToken)));

        Assert.Equal(sequentialError.Message, parallelError.Message);
        Assert.NotEmpty(sequential);
        AssertSame(sequential, parallel);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cancelling_stops_the_reading_of_an_endless_stream()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in JhaExchange.ReadNdjsonParallelAsync(new EndlessRecords(), null, 2, cancel.Token))
            {
                Assert.True(record.IsSuccess, string.Join("; ", record.Problems.Select(p => p.Message)));
                if (++seen == 100)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(100, seen);
    }

    [Fact(Timeout = 60_000)]
    public void Stopping_early_ends_the_background_reading_and_a_slow_consumer_holds_back_the_reader()
    {
        var stream = new EndlessRecords();
        const int Jobs = 2;
        long readWhenPaused;
        using (var records = JhaExchange.ReadNdjsonParallel(stream, null, Jobs, TestContext.Current.CancellationToken).GetEnumerator())
        {
            Assert.True(records.MoveNext());
            Assert.True(records.Current.IsSuccess);
            Thread.Sleep(500);
            readWhenPaused = stream.Position;
        }

        long afterStop = stream.Position;
        Thread.Sleep(200);

        // In flight at most: the bounded queue (2 × jobs + 2 batches), the batch each worker and the reader hold, and the
        // line reader's own buffer.
        long bound = ((2L * Jobs) + 2 + Jobs + 1) * JhaExchange.NdjsonBatchBytes + (64 * 1024);
        Assert.True(readWhenPaused <= bound, $"{readWhenPaused:N0} bytes read while the consumer paused after one record; expected at most {bound:N0}");
        Assert.Equal(afterStop, stream.Position);
    }

    [Fact]
    public void The_arguments_are_checked_when_the_method_is_called()
    {
        Assert.Throws<ArgumentNullException>(() => JhaExchange.ReadNdjsonParallel(null!, null, 2, CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => JhaExchange.ReadNdjsonParallelAsync(new MemoryStream(), null, 0, CancellationToken.None));
    }

    private static void Check(ParallelCase c)
    {
        var options = ExchangeReaderOptions.Default with { MaxDocumentBytes = c.MaxLine };
        var sequential = JhaExchange.ReadNdjson(new ChunkedStream(c.Ndjson, c.Chunk), options).ToList();
        var parallel = JhaExchange.ReadNdjsonParallelCore(new ChunkedStream(c.Ndjson, c.Chunk), options, c.Jobs, c.BatchBytes, CancellationToken.None)
            .ToBlockingEnumerable().ToList();
        AssertSame(sequential, parallel);
    }

    private static void AssertSame(List<NdjsonRecord> sequential, List<NdjsonRecord> parallel)
    {
        Assert.Equal(sequential.Select(r => r.LineNumber), parallel.Select(r => r.LineNumber));
        for (int i = 0; i < sequential.Count; i++)
        {
            var (s, p) = (sequential[i], parallel[i]);
            Assert.Equal(s.Kind, p.Kind);
            Assert.Equal(s.EndsStream, p.EndsStream);
            Assert.Equal(s.Value, p.Value);
            Assert.Equal(s.Problems, p.Problems);
        }
    }

    private static byte[] RecordLine(object record)
    {
        using var stream = new MemoryStream();
        JhaExchange.WriteNdjson(stream, [record]);
        return stream.ToArray()[..^1];
    }

    /// <summary>The line of a broken record, or null when the break is one the writer refuses (a default identifier).</summary>
    private static byte[]? WritableRecordLine(object record)
    {
        try
        {
            return RecordLine(record);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static byte[] WithInvalidUtf8(byte[] line, int at)
    {
        byte[] broken = [.. line];
        broken[at] = 0xFF;
        return broken;
    }

    private static byte[] Join(List<byte[]> lines, List<bool> crlf, bool lastTerminated)
    {
        using var stream = new MemoryStream();
        for (int i = 0; i < lines.Count; i++)
        {
            stream.Write(lines[i]);
            if (i < lines.Count - 1 || lastTerminated)
            {
                stream.Write(crlf[i] ? "\r\n"u8 : "\n"u8);
            }
        }

        return stream.ToArray();
    }

    /// <summary>One case: the bytes, the line limit, the most bytes a read of the stream gives, the jobs and the batch size.</summary>
    public sealed record ParallelCase(byte[] Ndjson, long MaxLine, int Chunk, int Jobs, int BatchBytes)
    {
        public override string ToString() =>
            $"{Ndjson.Length:N0} bytes, line limit {MaxLine:N0}, reads of {Chunk:N0}, {Jobs} jobs, batches of {BatchBytes:N0}: {Convert.ToBase64String(Ndjson)}";
    }

    /// <summary>A memory stream that gives at most <c>chunk</c> bytes a read, so that lines are cut across reads.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    /// <summary>A memory stream whose read fails once it reaches a position.</summary>
    private sealed class FailingStream(byte[] bytes, int failAt) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= failAt)
            {
                throw new IOException($"The device failed at byte {Position:N0}.");
            }

            return base.Read(buffer, offset, (int)Math.Min(count, failAt - Position));
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }

    /// <summary>The example records, repeated for ever, as a pipe gives them.</summary>
    private sealed class EndlessRecords : GeneratedStream
    {
        private static readonly byte[] Records = File.ReadAllBytes(Path.Combine(Golden.RepositoryRoot, "docs/examples/records.ndjson"));

        protected override long Limit => long.MaxValue;

        protected override int Chunk => 16 * 1024;

        protected override byte ByteAt(long position) => Records[position % Records.Length];
    }
}
