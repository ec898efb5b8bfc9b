using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JhaModel.Countries;
using JhaModel.Serialization;

namespace JhaModel.Benchmarks.Countries;

/// <summary>
/// Reading the whole country registry (250 entries with their histories) from UTF-8 JSON, against the limit of a
/// raw <see cref="Utf8JsonReader"/> pass over the same bytes.
/// </summary>
[MemoryDiagnoser]
public class CountryJsonBenchmarks
{
    private byte[] _json = [];

    /// <summary>Serializes the registry once.</summary>
    [GlobalSetup]
    public void Setup() => _json = JhaModelJson.SerializeToUtf8Bytes(CountryRegistry.All);

    /// <summary>The limit: every token read, nothing materialised.</summary>
    /// <returns>The token count.</returns>
    [Benchmark(Baseline = true)]
    public int RawReaderPass()
    {
        var reader = new Utf8JsonReader(_json);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Strict, source-generated deserialization into the model.</summary>
    /// <returns>The countries.</returns>
    [Benchmark]
    public IReadOnlyList<Country> Deserialize() => JhaModelJson.Deserialize<IReadOnlyList<Country>>(_json);

    /// <summary>Deserialization followed by <see cref="CountryValidator"/> on every entry.</summary>
    /// <returns>The number of valid countries.</returns>
    [Benchmark]
    public int DeserializeAndValidate()
    {
        int valid = 0;
        foreach (var country in JhaModelJson.Deserialize<IReadOnlyList<Country>>(_json))
        {
            valid += CountryValidator.Instance.Validate(country).IsValid ? 1 : 0;
        }

        return valid;
    }

    /// <summary>Serialization of the registry.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    public byte[] Serialize() => JhaModelJson.SerializeToUtf8Bytes(CountryRegistry.All);
}
