using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JhaModel.Agreements;
using JhaModel.Benchmarks.Peers;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Validation;

namespace JhaModel.Benchmarks.Exchange;

/// <summary>
/// Reading and validating 1,000 agreements, against the peers in the same run: the raw reader (the limit), bare
/// source-generated STJ into a DTO, STJ with NodaTime's converters and FluentValidation, Json.NET with
/// FluentValidation (a singleton validator, and a new validator per record).
/// </summary>
[MemoryDiagnoser]
public class AgreementDocumentBenchmarks
{
    private byte[] _array = [];
    private byte[] _document = [];
    private Agreement[] _agreements = [];

    /// <summary>Valid records, or one in ten with errors.</summary>
    [Params(BenchmarkData.Valid, BenchmarkData.WithErrors)]
    public string DataSet { get; set; } = BenchmarkData.Valid;

    /// <summary>Builds the data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _array = BenchmarkData.Array(DataSet);
        _document = BenchmarkData.Document(DataSet);
        _agreements = BenchmarkData.Agreements(DataSet);
        _ = JhaValidation.IsValid(_agreements[0]);
    }

    /// <summary>The limit: a raw <see cref="Utf8JsonReader"/> pass over the array.</summary>
    /// <returns>The token count.</returns>
    [Benchmark(Baseline = true)]
    public int RawReader()
    {
        var reader = new Utf8JsonReader(_array);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Bare source-generated STJ into the DTO: no strictness, no validation.</summary>
    /// <returns>The count.</returns>
    [Benchmark]
    public int BareStjSourceGenDto() => PeerStacks.ReadSourceGenerated(_array).Count;

    /// <summary>STJ (reflection) with NodaTime's stock converters, then FluentValidation (singleton).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int StjNodaTimeFluentValidation() => PeerStacks.CountValid(PeerStacks.ReadReflection(_array), PeerStacks.Validator);

    /// <summary>Json.NET with NodaTime, then FluentValidation (singleton).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int NewtonsoftFluentValidation() => PeerStacks.CountValid(PeerStacks.ReadNewtonsoft(_array), PeerStacks.Validator);

    /// <summary>Json.NET with NodaTime, then a new FluentValidation validator per record (the naive form).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int NewtonsoftFluentValidationPerRecord() => PeerStacks.CountValid(PeerStacks.ReadNewtonsoft(_array));

    /// <summary>JhaModel: strict source-generated reading, then the rules' fast path (FluentValidation only for failing records).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int JhaModelReadAndValidate()
    {
        int valid = 0;
        foreach (var agreement in JhaModelJson.Deserialize<IReadOnlyList<Agreement>>(_array))
        {
            valid += JhaValidation.Validate(agreement).IsValid ? 1 : 0;
        }

        return valid;
    }

    /// <summary>JhaModel's document reader: limits, strict reading, every rule, the document checks, every problem with its path.</summary>
    /// <returns>The number of problems.</returns>
    [Benchmark]
    public int JhaModelExchangeRead() => JhaExchange.Read(_document).Problems.Count;

    /// <summary>Validation alone on the fast path (the records are already in memory).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int JhaModelFastPathOnly()
    {
        int valid = 0;
        for (int i = 0; i < _agreements.Length; i++)
        {
            valid += JhaValidation.IsValid(_agreements[i]) ? 1 : 0;
        }

        return valid;
    }

    /// <summary>FluentValidation alone over the same in-memory records (JhaModel's validators).</summary>
    /// <returns>The number of valid records.</returns>
    [Benchmark]
    public int FluentValidationOnly()
    {
        int valid = 0;
        for (int i = 0; i < _agreements.Length; i++)
        {
            valid += AgreementValidator.Instance.Validate(_agreements[i]).IsValid ? 1 : 0;
        }

        return valid;
    }

    /// <summary>JhaModel's serialization of the array (output buffer included).</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] JhaModelSerialize() => JhaModelJson.SerializeToUtf8Bytes<IReadOnlyList<Agreement>>(_agreements);

    /// <summary>Bare source-generated STJ serialization of the DTOs.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] BareStjSerializeDto() => JsonSerializer.SerializeToUtf8Bytes(PeerStacks.ReadSourceGenerated(_array), PeerStacks.SourceGenerated);
}
