using BenchmarkDotNet.Running;

namespace JhaModel.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/JhaModel.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>The entry point; arguments go to BenchmarkDotNet's switcher.</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
