using System.Diagnostics;
using System.Globalization;
using JhaModel.Exchange;
using NodaTime;

namespace JhaModel.Benchmarks.Harnesses;

/// <summary>
/// Cold start: a fresh process reads and validates its first document of 10 agreements. The parent starts each child
/// several times and reports the child's own time and the wall time. (The first query of the reference data is
/// measured by <c>benchmarks/JhaModel.ColdStart/cold-start.sh</c>, before and after in one run.)
/// Run: <c>dotnet run -c Release --project benchmarks/JhaModel.Benchmarks -- harness cold-start</c>.
/// </summary>
internal static class ColdStartHarness
{
    public static int Run()
    {
        var (first, wall) = Measure();
        Console.WriteLine($"| First document of 10 agreements read and validated (median of 7, in-process) | {first:N1} ms |");
        Console.WriteLine($"| Whole process, start to exit (median of 7) | {wall:N0} ms |");
        return 0;
    }

    private static (double First, double Wall) Measure()
    {
        string self = Environment.ProcessPath!;
        string dll = typeof(ColdStartHarness).Assembly.Location;
        var first = new List<double>();
        var wall = new List<double>();
        for (int i = 0; i < 7; i++)
        {
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (!self.EndsWith("JhaModel.Benchmarks", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(dll);
            }

            start.ArgumentList.Add("harness");
            start.ArgumentList.Add("cold-start-child");
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            stopwatch.Stop();
            first.Add(double.Parse(output.Trim(), CultureInfo.InvariantCulture));
            wall.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        first.Sort();
        wall.Sort();
        return (first[3], wall[3]);
    }

    public static int Child()
    {
        var clock = Stopwatch.StartNew();
        byte[] document = JhaExchange.Write(new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "cold start",
            GeneratedAt = Instant.FromUtc(2026, 11, 30, 12, 0),
            Agreements = [.. JhaModel.Agreements.AgreementRegistry.All.Take(10)],
        });
        var written = clock.Elapsed;
        var result = JhaExchange.Read(document);
        double readMs = (clock.Elapsed - written).TotalMilliseconds;
        Console.WriteLine(readMs.ToString("F2", CultureInfo.InvariantCulture));
        return result.IsSuccess ? 0 : 1;
    }
}
