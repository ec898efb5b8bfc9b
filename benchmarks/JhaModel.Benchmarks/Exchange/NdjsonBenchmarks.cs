using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JhaModel.Benchmarks.Peers;
using JhaModel.Exchange;

namespace JhaModel.Benchmarks.Exchange;

/// <summary>Reading 1,000 agreements as an NDJSON stream, against the raw reader and the usual stack line by line.</summary>
[MemoryDiagnoser]
public class NdjsonBenchmarks
{
    private byte[] _ndjson = [];
    private byte[][] _lines = [];

    /// <summary>Valid records, or one in ten with errors.</summary>
    [Params(BenchmarkData.Valid, BenchmarkData.WithErrors)]
    public string DataSet { get; set; } = BenchmarkData.Valid;

    /// <summary>Builds the data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ndjson = BenchmarkData.Ndjson(DataSet);
        _lines = BenchmarkData.RecordLines(DataSet);
    }

    /// <summary>The limit: a raw reader pass over every line.</summary>
    /// <returns>The token count.</returns>
    [Benchmark(Baseline = true)]
    public int RawReader()
    {
        int tokens = 0;
        var rest = _ndjson.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            var reader = new Utf8JsonReader(line);
            while (reader.Read())
            {
                tokens++;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return tokens;
    }

    /// <summary>JhaModel: <see cref="JhaExchange.ReadNdjson"/>, every line checked and validated.</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int JhaModelReadNdjson()
    {
        int valid = 0;
        foreach (var record in JhaExchange.ReadNdjson(new MemoryStream(_ndjson), null))
        {
            valid += record.IsSuccess ? 1 : 0;
        }

        return valid;
    }

    /// <summary>The usual stack line by line: STJ with NodaTime into the DTO, FluentValidation (singleton).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int StjNodaTimeFluentValidation()
    {
        int valid = 0;
        foreach (var line in _lines)
        {
            var dto = JsonSerializer.Deserialize<AgreementDto>(line, PeerStacks.ReflectionNodaTime)!;
            valid += PeerStacks.Validator.Validate(dto).IsValid ? 1 : 0;
        }

        return valid;
    }
}
