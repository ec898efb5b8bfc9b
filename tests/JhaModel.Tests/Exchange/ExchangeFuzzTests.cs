using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using JhaModel.Exchange;
using JhaModel.Testing;
using JhaModel.Validation;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// Structure-aware fuzzing: generated valid documents are mutated (members and items deleted, duplicated, swapped,
/// retyped, moved, unknown members added; bytes flipped; the text cut) and read. Reading either yields a document or
/// a problem list, never an exception; a document accepted after mutation writes back to bytes that read the same.
/// CI runs a few hundred cases; set JHA_FUZZ_CASES for a long run (docs/reliability.md gives the command and the
/// numbers of the last long run).
/// </summary>
public sealed class ExchangeFuzzTests
{
    private const int CiCases = 300;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("JHA_FUZZ_CASES"), out int n) && n > 0 ? n : CiCases;

    [Fact]
    public void Mutated_documents_give_a_document_or_problems_and_accepted_ones_write_back_to_problems_that_read_the_same()
    {
        var stats = new FuzzStatistics();
        var property = Prop.ForAll(JhaArbitraries.ExchangeDocument(), ArbMap.Default.ArbFor<int>(), (document, seed) => CheckOne(document, seed, stats));
        var clock = Stopwatch.StartNew();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), property);

        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine(stats.Report(clock.Elapsed));
        if (Environment.GetEnvironmentVariable("JHA_FUZZ_REPORT") is { Length: > 0 } reportPath)
        {
            File.WriteAllText(reportPath, stats.Report(clock.Elapsed));
        }

        Assert.Equal(Cases, stats.Cases);
        Assert.True(stats.Rejected > 0, "No mutation was rejected: the mutations do not reach the reader.");
    }

    [Fact]
    public void The_same_seed_gives_the_same_mutation()
    {
        byte[] bytes = JhaExchange.Write(JhaExchange.ReferenceDataset(NodaTime.Instant.FromUtc(2026, 11, 30, 12, 0)));
        for (int seed = 0; seed < 50; seed++)
        {
            Assert.Equal(JsonMutator.Mutate(bytes, new Random(seed), []), JsonMutator.Mutate(bytes, new Random(seed), []));
        }
    }

    private static bool CheckOne(ExchangeDocument document, int seed, FuzzStatistics stats)
    {
        var applied = new List<string>();
        byte[] mutated = JsonMutator.Mutate(JhaExchange.Write(document), new Random(seed), applied);

        var result = JhaExchange.Read(mutated);
        bool errors = result.Problems.Any(p => p.Severity == ProblemSeverity.Error);
        if (result.IsSuccess == errors)
        {
            throw new InvalidOperationException($"The result has {(errors ? "a value and errors" : "neither a value nor errors")}.");
        }

        if (result.Problems.FirstOrDefault(p => JhaErrorCodes.Describe(p.Code) is null || !p.Path.StartsWith('$')) is { } odd)
        {
            throw new InvalidOperationException($"A problem with an unknown code or a path not from the root: {odd}");
        }

        var records = JhaExchange.ReadNdjson(new MemoryStream(mutated), null).ToList();
        if (records.Exists(r => r.IsSuccess == r.Problems.Any(p => p.Severity == ProblemSeverity.Error)))
        {
            throw new InvalidOperationException("An NDJSON record with a value and errors, or neither.");
        }

        if (result.Value is { } accepted)
        {
            byte[] written = JhaExchange.Write(accepted);
            var again = JhaExchange.Read(written);
            if (!again.IsSuccess || again.Value != accepted || !JhaExchange.Write(again.Value).AsSpan().SequenceEqual(written))
            {
                throw new InvalidOperationException($"A document accepted after [{string.Join(", ", applied)}] does not write back to bytes that read the same: {string.Join("; ", again.Problems)}");
            }
        }

        stats.Add(applied, result);
        return true;
    }

    private sealed class FuzzStatistics
    {
        private readonly Dictionary<string, int> _operators = [];
        private readonly Dictionary<string, int> _firstCodes = [];
        private long _problems;

        public int Cases { get; private set; }

        public int Rejected { get; private set; }

        public int Accepted => Cases - Rejected;

        public void Add(List<string> applied, ReadResult<ExchangeDocument> result)
        {
            Cases++;
            foreach (string op in applied)
            {
                _operators[op] = _operators.GetValueOrDefault(op) + 1;
            }

            if (!result.IsSuccess)
            {
                Rejected++;
                string code = result.Problems.First(p => p.Severity == ProblemSeverity.Error).Code;
                _firstCodes[code] = _firstCodes.GetValueOrDefault(code) + 1;
            }

            _problems += result.Problems.Count;
        }

        public string Report(TimeSpan elapsed) =>
            $"cases: {Cases:N0}; accepted after mutation and written back: {Accepted:N0}; rejected with problems: {Rejected:N0}; exceptions: 0; time: {elapsed.TotalSeconds:N0} s\n"
            + $"problems reported in all: {_problems:N0}\n"
            + $"operators applied: {string.Join(", ", _operators.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value:N0}"))}\n"
            + $"first error code of rejected cases: {string.Join(", ", _firstCodes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}"))}";
    }
}
