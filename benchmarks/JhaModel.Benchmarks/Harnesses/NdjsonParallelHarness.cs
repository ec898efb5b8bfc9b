using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JhaModel.Exchange;

namespace JhaModel.Benchmarks.Harnesses;

/// <summary>
/// NDJSON on several cores: a large file of the records of <c>docs/examples/records.ndjson</c> repeated (256 MiB by
/// default) is read by <see cref="JhaExchange.ReadNdjson"/> and by <see cref="JhaExchange.ReadNdjsonParallel"/> with
/// each job count, each in a fresh process that reports its time and its peak working set; the rounds alternate the
/// job counts so that a change of load on a shared machine touches them all alike. Side by side: a raw
/// <see cref="Utf8JsonReader"/> pass over the same lines, and the serial part of the parallel reader (finding the line
/// breaks and copying the lines into batches), which bounds the throughput whatever the number of cores.
/// Run: <c>dotnet run -c Release --project benchmarks/JhaModel.Benchmarks -- harness ndjson-parallel [megabytes] [jobs,...]</c>.
/// </summary>
internal static class NdjsonParallelHarness
{
    private const int Rounds = 3;

    public static int Run(string[] args)
    {
        long megabytes = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 256;
        int[] jobs = args.Length > 1 ? [.. args[1].Split(',').Select(j => int.Parse(j, CultureInfo.InvariantCulture))] : [1, 2];
        string path = Path.Combine(Path.GetTempPath(), $"jhamodel-examples-{megabytes}mb.ndjson");
        byte[] block = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "docs", "examples", "records.ndjson"));
        long target = megabytes * 1024 * 1024;
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            while (file.Length < target)
            {
                file.Write(block);
            }
        }

        long bytes = new FileInfo(path).Length;
        string loadBefore = LoadAverage();
        try
        {
            // "0" is ReadNdjson, the sequential reader; n > 0 is ReadNdjsonParallel with n jobs.
            int[] configurations = [0, .. jobs];
            var seconds = configurations.ToDictionary(c => c, _ => new List<double>());
            var peaks = configurations.ToDictionary(c => c, _ => 0L);
            var raw = new List<double>();
            var split = new List<double>();
            long records = 0;
            for (int round = 0; round < Rounds; round++)
            {
                raw.Add(Time(() => NdjsonStreamHarness.RawPass(path)));
                split.Add(Time(() => SplitPass(path)));
                foreach (int configuration in configurations)
                {
                    var (elapsed, peak, read) = RunChild(path, configuration);
                    seconds[configuration].Add(elapsed);
                    peaks[configuration] = Math.Max(peaks[configuration], peak);
                    records = read;
                }
            }

            double MiBs(List<double> times) => bytes / 1048576.0 / Median(times);
            double one = MiBs(seconds[0]);
            Console.WriteLine($"File: {bytes / 1048576.0:N0} MiB, {records:N0} records; medians of {Rounds} alternating rounds; {Environment.ProcessorCount} cores; load average before: {loadBefore}");
            Console.WriteLine();
            Console.WriteLine("| Reader | MiB/s | vs ReadNdjson | efficiency per job | of the raw pass | peak working set |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Console.WriteLine($"| Raw `Utf8JsonReader` pass over the lines | {MiBs(raw):N0} | | | 1.00 | |");
            Console.WriteLine($"| Serial part: line breaks found, lines copied into batches | {MiBs(split):N0} | | | {MiBs(split) / MiBs(raw):N2} | |");
            foreach (int configuration in configurations)
            {
                double rate = MiBs(seconds[configuration]);
                string name = configuration == 0 ? "`ReadNdjson`" : $"`ReadNdjsonParallel`, {configuration} job{(configuration == 1 ? string.Empty : "s")}";
                string efficiency = configuration == 0 ? string.Empty : $"{rate / one / configuration:N2}";
                Console.WriteLine($"| {name} | {rate:N0} | {rate / one:N2} | {efficiency} | {rate / MiBs(raw):N3} | {peaks[configuration] / 1048576.0:N0} MiB |");
            }

            Console.WriteLine();
            Console.WriteLine($"Load average after: {LoadAverage()}");
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The child: reads the file once and prints its seconds, its peak working set and the valid records.</summary>
    public static int Child(string path, int jobs)
    {
        long valid = 0;
        long all = 0;
        var clock = Stopwatch.StartNew();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var records = jobs == 0 ? JhaExchange.ReadNdjson(stream, null) : JhaExchange.ReadNdjsonParallel(stream, null, jobs, CancellationToken.None);
            foreach (var record in records)
            {
                all++;
                valid += record.IsSuccess ? 1 : 0;
            }
        }

        clock.Stop();
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:R} {peak} {valid}"));
        return valid == all ? 0 : 1;
    }

    private static (double Seconds, long Peak, long Records) RunChild(string path, int jobs)
    {
        string self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (!self.EndsWith("JhaModel.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(NdjsonParallelHarness).Assembly.Location);
        }

        foreach (string arg in new[] { "harness", "ndjson-parallel-child", path, jobs.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child with {jobs} jobs ended with {process.ExitCode}: {output}");
        }

        string[] parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>What the reading task of the parallel reader does alone: find each line break and copy the line into a batch buffer.</summary>
    private static long SplitPass(string path)
    {
        long lines = 0;
        var buffer = new byte[1 << 16];
        var batch = new byte[128 * 1024];
        int used = 0;
        int carry = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var data = buffer.AsSpan(0, carry + read);
            int last = data.LastIndexOf((byte)'\n');
            var complete = data[..(last + 1)];
            while (!complete.IsEmpty)
            {
                int end = complete.IndexOf((byte)'\n');
                if (batch.Length - used < end)
                {
                    used = 0;
                }

                complete[..end].CopyTo(batch.AsSpan(used));
                used += end;
                lines++;
                complete = complete[(end + 1)..];
            }

            carry = data.Length - (last + 1);
            data[(last + 1)..].CopyTo(buffer);
        }

        return lines;
    }

    private static double Time(Func<long> pass)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(pass());
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JhaModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (JhaModel.sln) was not found above " + AppContext.BaseDirectory);
    }
}
