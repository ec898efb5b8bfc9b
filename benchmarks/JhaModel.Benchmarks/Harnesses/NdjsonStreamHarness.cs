using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JhaModel.Exchange;

namespace JhaModel.Benchmarks.Harnesses;

/// <summary>
/// Streams a large NDJSON file (1 GB by default) through <see cref="JhaExchange.ReadNdjson"/> and through a raw reader
/// pass over the same file, and reports throughput, peak working set, GC heap and gen-2 collections.
/// Run: <c>dotnet run -c Release --project benchmarks/JhaModel.Benchmarks -- harness ndjson [megabytes]</c>.
/// </summary>
internal static class NdjsonStreamHarness
{
    public static int Run(string[] args)
    {
        long megabytes = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1024;
        string path = Path.Combine(Path.GetTempPath(), $"jhamodel-{megabytes}mb.ndjson");
        byte[] block = BenchmarkData.Ndjson(BenchmarkData.Valid);
        long target = megabytes * 1024 * 1024;
        long lines = 0;
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            while (file.Length < target)
            {
                file.Write(block);
                lines += 1000;
            }
        }

        long bytes = new FileInfo(path).Length;
        try
        {
            var raw = Stopwatch.StartNew();
            long tokens = RawPass(path);
            raw.Stop();

            GC.Collect();
            int gen2Before = GC.CollectionCount(2);
            long peakHeap = 0;
            long valid = 0;
            var read = Stopwatch.StartNew();
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
            {
                foreach (var record in JhaExchange.ReadNdjson(stream, null))
                {
                    valid += record.IsSuccess ? 1 : 0;
                    if (record.LineNumber % 100_000 == 0)
                    {
                        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                    }
                }
            }

            read.Stop();
            double rawMBs = bytes / 1048576.0 / raw.Elapsed.TotalSeconds;
            double readMBs = bytes / 1048576.0 / read.Elapsed.TotalSeconds;
            Console.WriteLine($"| File | {bytes / 1048576.0:N0} MiB, {lines:N0} records ({valid:N0} valid) |");
            Console.WriteLine($"| Raw reader pass | {raw.Elapsed.TotalSeconds:N1} s, {rawMBs:N0} MiB/s ({tokens:N0} tokens) |");
            Console.WriteLine($"| JhaExchange.ReadNdjson | {read.Elapsed.TotalSeconds:N1} s, {readMBs:N0} MiB/s, {readMBs / rawMBs:N2} of the raw pass |");
            Console.WriteLine($"| Peak working set | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB |");
            Console.WriteLine($"| Largest managed heap sampled | {peakHeap / 1048576.0:N1} MiB |");
            Console.WriteLine($"| Gen-2 collections while reading | {GC.CollectionCount(2) - gen2Before} |");
            return valid == lines ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A raw reader pass over every line of the file; the token count.</summary>
    internal static long RawPass(string path)
    {
        long tokens = 0;
        var buffer = new byte[1 << 20];
        int carry = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var data = buffer.AsSpan(0, carry + read);
            int last = data.LastIndexOf((byte)'\n');
            var complete = data[..(last + 1)];
            while (!complete.IsEmpty)
            {
                int end = complete.IndexOf((byte)'\n');
                var reader = new Utf8JsonReader(complete[..end]);
                while (reader.Read())
                {
                    tokens++;
                }

                complete = complete[(end + 1)..];
            }

            carry = data.Length - (last + 1);
            data[(last + 1)..].CopyTo(buffer);
        }

        return tokens;
    }
}
