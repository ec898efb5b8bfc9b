using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using JhaModel.Countries;

namespace JhaModel.Benchmarks.Countries;

/// <summary>
/// Parsing a country code in each of its forms, against the lookup most code bases write by hand: a
/// case-insensitive frozen dictionary from every alpha-2, alpha-3 and numeric form to the alpha-2 string.
/// </summary>
[MemoryDiagnoser]
public class CountryCodeParsingBenchmarks
{
    private static readonly FrozenDictionary<string, string> HandWritten = CountryCode.All
        .SelectMany(c => new[] { (c.Alpha2, c.Alpha2), (c.Alpha3, c.Alpha2) }.Concat(c.NumericCode is { } n ? [(n, c.Alpha2)] : []))
        .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>The input: alpha-2, lower-case alpha-3, numeric.</summary>
    [Params("MK", "mkd", "807")]
    public string Input { get; set; } = "MK";

    /// <summary>The hand-written dictionary lookup.</summary>
    /// <returns>The alpha-2 code.</returns>
    [Benchmark(Baseline = true)]
    public string? FrozenDictionaryLookup() => HandWritten.GetValueOrDefault(Input);

    /// <summary><see cref="CountryCode.TryParse(string?, out CountryCode)"/>.</summary>
    /// <returns>The code.</returns>
    [Benchmark]
    public CountryCode CountryCodeTryParse() => CountryCode.TryParse(Input, out var code) ? code : default;
}
