using System.Buffers;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace JhaModel.Exchange;

/// <content>NDJSON streams read on several cores, with the results in input order.</content>
public static partial class JhaExchange
{
    /// <summary>The bytes of lines handed to a worker at once, unless a single line is longer.</summary>
    internal const int NdjsonBatchBytes = 128 * 1024;

    /// <summary>
    /// Reads an NDJSON stream on <paramref name="degreeOfParallelism"/> threads, with exactly the results of
    /// <see cref="ReadNdjsonAsync"/>, line for line and in input order: the same records, problems, line numbers and
    /// <see cref="NdjsonRecord.EndsStream"/>; bad data is reported, never thrown.
    /// </summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end and not closed. One background task reads it.</param>
    /// <param name="options">The limits (<see cref="ExchangeReaderOptions.MaxDocumentBytes"/> applies to each line); the defaults when <see langword="null"/>.</param>
    /// <param name="degreeOfParallelism">How many lines are read and validated at once, 1 or more; <see cref="Environment.ProcessorCount"/> uses every core.</param>
    /// <param name="cancellationToken">Cancels the reading; the background tasks stop too.</param>
    /// <returns>One result per non-blank line, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="IOException">The stream could not be read (thrown after the results of the lines before the failure).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// <para>
    /// A background task splits the stream into lines and groups them into batches of about 128 KiB in buffers rented
    /// from <see cref="ArrayPool{T}.Shared"/>; <paramref name="degreeOfParallelism"/> workers read and validate the
    /// batches; the enumerator hands out each batch's results in input order. At most
    /// <c>2 × degreeOfParallelism + 2</c> batches are in flight: when the consumer falls behind, the reading waits, so
    /// memory is bounded by that many batches (a batch is larger only to hold one line longer than 128 KiB, up to
    /// <see cref="ExchangeReaderOptions.MaxDocumentBytes"/>) and their results, however long the stream.
    /// </para>
    /// <para>
    /// Stopping the enumeration early (a <c>break</c>, disposing the enumerator) stops the background tasks and waits
    /// for them, including a read of the stream already under way.
    /// </para>
    /// </remarks>
    public static IAsyncEnumerable<NdjsonRecord> ReadNdjsonParallelAsync(Stream utf8Ndjson, ExchangeReaderOptions? options, int degreeOfParallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        return ReadNdjsonParallelCore(utf8Ndjson, options ?? ExchangeReaderOptions.Default, degreeOfParallelism, NdjsonBatchBytes, cancellationToken);
    }

    /// <summary>Reads an NDJSON stream on several threads, the results in input order, for a synchronous consumer; see <see cref="ReadNdjsonParallelAsync"/>.</summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The limits; the defaults when <see langword="null"/>.</param>
    /// <param name="degreeOfParallelism">How many lines are read and validated at once, 1 or more.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One result per non-blank line, in order: exactly those of <see cref="ReadNdjson"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<NdjsonRecord> ReadNdjsonParallel(Stream utf8Ndjson, ExchangeReaderOptions? options, int degreeOfParallelism, CancellationToken cancellationToken) =>
        ReadNdjsonParallelAsync(utf8Ndjson, options, degreeOfParallelism, cancellationToken).ToBlockingEnumerable(cancellationToken);

    /// <summary>The pipeline, with the batch size as a parameter so that tests can cut batches anywhere.</summary>
    internal static async IAsyncEnumerable<NdjsonRecord> ReadNdjsonParallelCore(Stream stream, ExchangeReaderOptions options, int workers, int batchBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        // Every batch goes into both queues: the bounded one keeps input order and bounds what is in flight (the
        // reader waits on it), the other hands the batches to the workers. A batch enters the second only after the
        // first, so the second never holds more than the first.
        var ordered = Channel.CreateBounded<NdjsonBatch>(new BoundedChannelOptions((2 * workers) + 2)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var work = Channel.CreateUnbounded<NdjsonBatch>(new UnboundedChannelOptions { SingleReader = workers == 1, SingleWriter = true });

        var tasks = new Task[workers + 1];
        tasks[0] = Task.Run(() => SplitIntoBatchesAsync(stream, options, batchBytes, ordered.Writer, work.Writer, token), CancellationToken.None);
        for (int i = 1; i <= workers; i++)
        {
            tasks[i] = Task.Run(() => ReadBatchesAsync(work.Reader, options, token), CancellationToken.None);
        }

        try
        {
            while (await ordered.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (ordered.Reader.TryRead(out var batch))
                {
                    var records = await batch.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var record in records)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return record;
                    }
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            work.Writer.TryComplete();
            await Task.WhenAll(tasks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (work.Reader.TryRead(out var left))
            {
                left.Release();
            }
        }
    }

    /// <summary>The reading task: lines into batches, each queued in order and for a worker; a failure of the stream is queued as the last batch.</summary>
    private static async Task SplitIntoBatchesAsync(Stream stream, ExchangeReaderOptions options, int batchBytes,
        ChannelWriter<NdjsonBatch> ordered, ChannelWriter<NdjsonBatch> work, CancellationToken token)
    {
        NdjsonBatch? batch = null;
        try
        {
            var lines = new Utf8LineReader(stream, options.MaxDocumentBytes);
            long number = 0;
            while (await lines.ReadLineAsync(token).ConfigureAwait(false) is { } line)
            {
                number++;
                if (line.TooLong)
                {
                    batch ??= new NdjsonBatch(0);
                    batch.Last = TooLongLine(number, options);
                    break;
                }

                var bytes = line.Bytes;
                if (IsBlank(bytes.Span))
                {
                    if (batch is not null && !lines.NextIsBuffered)
                    {
                        await SendAsync(batch, ordered, work, token).ConfigureAwait(false);
                        batch = null;
                    }

                    continue;
                }

                if (batch is not null && !batch.Fits(bytes.Length))
                {
                    await SendAsync(batch, ordered, work, token).ConfigureAwait(false);
                    batch = null;
                }

                batch ??= new NdjsonBatch(Math.Max(batchBytes, bytes.Length));
                batch.Add(bytes.Span, number);
                if (!lines.NextIsBuffered)
                {
                    // The next line waits for the stream (a slow pipe, `tail -f`): the lines read so far are not held back.
                    await SendAsync(batch, ordered, work, token).ConfigureAwait(false);
                    batch = null;
                }
            }

            if (batch is not null)
            {
                await SendAsync(batch, ordered, work, token).ConfigureAwait(false);
                batch = null;
            }
        }
        catch (Exception e) when (!token.IsCancellationRequested)
        {
            // The stream failed (an IOException, as ReadNdjson throws it): the lines read before it are still
            // reported, then the failure, in its place.
            if (batch is { Count: > 0 })
            {
                await SendAsync(batch, ordered, work, token).ConfigureAwait(false);
                batch = null;
            }

            var failed = new NdjsonBatch(0);
            failed.Done.SetException(e);
            await ordered.WriteAsync(failed, token).ConfigureAwait(false);
        }
        finally
        {
            batch?.Release();
            ordered.TryComplete();
            work.TryComplete();
        }
    }

    private static async ValueTask SendAsync(NdjsonBatch batch, ChannelWriter<NdjsonBatch> ordered, ChannelWriter<NdjsonBatch> work, CancellationToken token)
    {
        await ordered.WriteAsync(batch, token).ConfigureAwait(false);
        work.TryWrite(batch);
    }

    /// <summary>A worker: reads and validates the lines of each batch it takes, returns the buffer, completes the batch.</summary>
    private static async Task ReadBatchesAsync(ChannelReader<NdjsonBatch> work, ExchangeReaderOptions options, CancellationToken token)
    {
        while (await work.WaitToReadAsync(token).ConfigureAwait(false))
        {
            while (work.TryRead(out var batch))
            {
                try
                {
                    var records = new NdjsonRecord[batch.Count + (batch.Last is null ? 0 : 1)];
                    for (int i = 0; i < batch.Count && !token.IsCancellationRequested; i++)
                    {
                        records[i] = ReadNdjsonLine(batch.LineBytes(i), batch.LineNumber(i), options);
                    }

                    if (batch.Last is { } last)
                    {
                        records[^1] = last;
                    }

                    if (token.IsCancellationRequested)
                    {
                        // Stopped part-way: the results are incomplete and never handed out.
                        batch.Done.TrySetCanceled(token);
                    }
                    else
                    {
                        batch.Done.TrySetResult(records);
                    }
                }
                catch (Exception e)
                {
                    batch.Done.TrySetException(e);
                }
                finally
                {
                    batch.Release();
                }
            }
        }
    }

    /// <summary>Lines copied into one pooled buffer, with their numbers; completed with their results by a worker.</summary>
    private sealed class NdjsonBatch
    {
        private readonly List<(int Start, int Length, long Number)> _lines = [];
        private byte[]? _buffer;
        private int _used;

        public NdjsonBatch(int capacity)
        {
            _buffer = capacity == 0 ? [] : ArrayPool<byte>.Shared.Rent(capacity);
        }

        /// <summary>The results in order, or the failure of the stream.</summary>
        public TaskCompletionSource<NdjsonRecord[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The result of a line longer than the limit, after which nothing is read.</summary>
        public NdjsonRecord? Last { get; set; }

        public int Count => _lines.Count;

        public bool Fits(int length) => _buffer is { } buffer && buffer.Length - _used >= length;

        public void Add(ReadOnlySpan<byte> line, long number)
        {
            line.CopyTo(_buffer.AsSpan(_used));
            _lines.Add((_used, line.Length, number));
            _used += line.Length;
        }

        public ReadOnlyMemory<byte> LineBytes(int index) => new(_buffer, _lines[index].Start, _lines[index].Length);

        public long LineNumber(int index) => _lines[index].Number;

        /// <summary>Returns the buffer to the pool, once: the lines are not read after.</summary>
        public void Release()
        {
            if (Interlocked.Exchange(ref _buffer, null) is { Length: > 0 } buffer)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
