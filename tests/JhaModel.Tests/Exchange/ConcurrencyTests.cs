using System.Text;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Exchange;
using JhaModel.Serialization;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The validators, the JSON resolver and the reference dataset are shared singletons: eight threads reading,
/// validating and writing at once must each get exactly what one thread alone gets.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    private static readonly Instant Generated = Instant.FromUtc(2026, 11, 30, 12, 0);

    [Fact(Timeout = 300_000)]
    public async Task Eight_threads_reading_validating_and_writing_at_once_get_the_single_threaded_results()
    {
        string corpus = Path.Combine(Support.Golden.RepositoryRoot, "tests/JhaModel.Tests/Corpus");
        var inputs = new List<byte[]> { JhaExchange.Write(JhaExchange.ReferenceDataset(Generated)) };
        inputs.AddRange(Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        byte[] ndjson = File.ReadAllBytes(Path.Combine(Support.Golden.RepositoryRoot, "docs/examples/records.ndjson"));

        // The single-threaded answers, computed before any other thread touches the shared state of this test.
        string[] expected = [.. inputs.Select(Outcome)];
        string expectedNdjson = NdjsonOutcome(ndjson);
        string expectedValidation = ValidationOutcome();

        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TestContext.Current.CancellationToken);
                var mismatches = new List<string>();
                for (int round = 0; round < 3; round++)
                {
                    // Each thread walks the inputs in its own order, so that different inputs meet in the shared code.
                    for (int k = 0; k < inputs.Count; k++)
                    {
                        int i = (k + (t * inputs.Count / Threads)) % inputs.Count;
                        if (Outcome(inputs[i]) != expected[i])
                        {
                            mismatches.Add($"thread {t}, input {i}");
                        }
                    }

                    if (NdjsonOutcome(ndjson) != expectedNdjson)
                    {
                        mismatches.Add($"thread {t}, NDJSON");
                    }

                    if (ValidationOutcome() != expectedValidation)
                    {
                        mismatches.Add($"thread {t}, validators");
                    }
                }

                return mismatches;
            },
            TestContext.Current.CancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        var results = await Task.WhenAll(workers);

        Assert.Empty(results.SelectMany(m => m));
    }

    /// <summary>Everything a read gives, as text: the problems, and for a document the bytes it writes back.</summary>
    private static string Outcome(byte[] input)
    {
        var result = JhaExchange.Read(input);
        return string.Join("\n", result.Problems) + "\n=" + (result.Value is { } document ? Convert.ToBase64String(JhaExchange.Write(document)) : "none");
    }

    private static string NdjsonOutcome(byte[] input)
    {
        var records = JhaExchange.ReadNdjson(new MemoryStream(input), null).ToList();
        using var written = new MemoryStream();
        JhaExchange.WriteNdjson(written, records.Where(r => r.IsSuccess).Select(r => r.Value!));
        return string.Join("\n", records.SelectMany(r => r.Problems)) + "\n=" + Convert.ToBase64String(written.ToArray());
    }

    /// <summary>The shared validators and resolver used directly: every embedded record validated and serialized.</summary>
    private static string ValidationOutcome()
    {
        var text = new StringBuilder();
        foreach (var country in CountryRegistry.All)
        {
            text.Append(CountryValidator.Instance.Validate(country).Errors.Count).Append(JhaModelJson.Serialize(country));
        }

        var agreements = new AgreementValidator(id => AgreementRegistry.TryGet(id, out var a) ? a : null);
        foreach (var agreement in AgreementRegistry.All)
        {
            text.Append(agreements.Validate(agreement).Errors.Count).Append(JhaModelJson.Serialize(agreement));
        }

        text.Append(CaseStatisticSetValidator.Instance.Validate(CaseStatisticRegistry.All).Errors.Count);
        return text.ToString();
    }
}
