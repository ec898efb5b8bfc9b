using BenchmarkDotNet.Running;
using JhaModel.Benchmarks.Harnesses;

namespace JhaModel.Benchmarks;

/// <summary>
/// Runs the benchmarks (<c>-- --filter '*'</c>) or a console harness (<c>-- harness ndjson [megabytes]</c>,
/// <c>-- harness ndjson-parallel [megabytes] [jobs,...]</c>, <c>-- harness cold-start</c>).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>harness</c> and its name.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => args switch
    {
        ["harness", "ndjson", .. var rest] => NdjsonStreamHarness.Run(rest),
        ["harness", "ndjson-parallel-child", var path, var jobs] => NdjsonParallelHarness.Child(path, int.Parse(jobs, System.Globalization.CultureInfo.InvariantCulture)),
        ["harness", "ndjson-parallel", .. var rest] => NdjsonParallelHarness.Run(rest),
        ["harness", "cold-start"] => ColdStartHarness.Run(),
        ["harness", "cold-start-child"] => ColdStartHarness.Child(),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
