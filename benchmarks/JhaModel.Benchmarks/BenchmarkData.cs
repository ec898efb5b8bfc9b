using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Agreements;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Testing;
using NodaTime;

namespace JhaModel.Benchmarks;

/// <summary>The data sets: 1,000 valid agreements (a fixed sample of the generators), and the same with every tenth broken.</summary>
public static class BenchmarkData
{
    /// <summary>The data set names.</summary>
    public const string Valid = "valid";

    /// <summary>One agreement in ten breaks two rules (a blank title, a third party on a bilateral agreement).</summary>
    public const string WithErrors = "with-errors";

    private static readonly Lazy<Agreement[]> ValidAgreements = new(() =>
        [.. JhaGenerators.Agreement.Sample(1500, 12).DistinctBy(a => a.Id).Take(1000)]);

    /// <summary>The agreements of a data set.</summary>
    /// <param name="set">The set name.</param>
    /// <returns>1,000 agreements.</returns>
    public static Agreement[] Agreements(string set) => set == Valid
        ? ValidAgreements.Value
        : [.. ValidAgreements.Value.Select((a, i) => i % 10 == 0 ? a with { Title = " ", Parties = [.. a.Parties, Organisations.Party.Parse("FR")] } : a)];

    /// <summary>The agreements as one JSON array.</summary>
    /// <param name="set">The set name.</param>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] Array(string set) => JhaModelJson.SerializeToUtf8Bytes<IReadOnlyList<Agreement>>(Agreements(set));

    /// <summary>The agreements in an exchange document.</summary>
    /// <param name="set">The set name.</param>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] Document(string set) => JhaExchange.Write(new ExchangeDocument
    {
        FormatVersion = ExchangeDocument.CurrentFormatVersion,
        Producer = "JhaModel benchmarks",
        GeneratedAt = Instant.FromUtc(2026, 11, 30, 12, 0),
        Agreements = Agreements(set),
    });

    /// <summary>The agreements as NDJSON, one record per line.</summary>
    /// <param name="set">The set name.</param>
    /// <returns>UTF-8 NDJSON.</returns>
    public static byte[] Ndjson(string set)
    {
        using var stream = new MemoryStream();
        JhaExchange.WriteNdjson(stream, Agreements(set));
        return stream.ToArray();
    }

    /// <summary>The agreements as NDJSON lines of bare records (no kind envelope), for the peers.</summary>
    /// <param name="set">The set name.</param>
    /// <returns>The lines, UTF-8.</returns>
    public static byte[][] RecordLines(string set) =>
        [.. Agreements(set).Select(a => Encoding.UTF8.GetBytes(JhaModelJson.Serialize(a)))];
}
