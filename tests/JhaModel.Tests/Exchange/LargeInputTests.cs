using System.Text;
using JhaModel.Exchange;
using JhaModel.Tests.Support;
using JhaModel.Validation;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The large entries of the malformed-input corpus, generated here rather than committed: 10,000-level nesting, very
/// long strings, member names and numbers, a 100 MB document, endless streams, oversized collections and floods of
/// problems. Each is answered with problems (or read, when valid) within the time and allocation bounds. They run
/// alone, after the other tests, so that their hundreds of megabytes do not disturb the tests that measure memory.
/// </summary>
[Collection(nameof(LargeInputTests))]
public sealed class LargeInputTests
{
    private const string Head = "{\"formatVersion\":\"1.0\",\"producer\":\"p\",\"generatedAt\":\"2026-11-30T12:00:00Z\"";

    private static ReadResult<ExchangeDocument> Read(string json, ExchangeReaderOptions? options = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        return MalformedInputCorpusTests.Measured(bytes.Length, () => JhaExchange.Read(bytes, options));
    }

    private static void AssertCodes(ReadResult<ExchangeDocument> result, params string[] codes) =>
        Assert.True(codes.SequenceEqual(result.Problems.Select(p => p.Code)), $"expected [{string.Join(", ", codes)}], found:\n{string.Join("\n", result.Problems.Select(p => Shorten(p.ToString())))}");

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Ten_thousand_levels_of_nesting_exceed_the_depth_limit(char open, char close)
    {
        string nested = open == '[' ? new string('[', 10_000) + new string(']', 10_000) : string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "0" + new string(close, 10_000);

        var result = Read(Head + ",\"x\":" + nested + "}");

        AssertCodes(result, JhaErrorCodes.LimitExceeded);
        Assert.Contains("64", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_within_a_raised_depth_limit_do_not_overflow_the_stack()
    {
        var options = new ExchangeReaderOptions { MaxDepth = 10_010 };
        string nested = new string('[', 10_000) + new string(']', 10_000);

        AssertCodes(Read(Head + ",\"x\":" + nested + "}", options), JhaErrorCodes.UnknownMember);
        AssertCodes(Read(Head + ",\"agreements\":" + nested + "}", options), JhaErrorCodes.JsonTypeMismatch);
        AssertCodes(Read(Head + ",\"agreements\":[{\"events\":" + nested + "}]}", options), JhaErrorCodes.JsonTypeMismatch, JhaErrorCodes.RequiredMemberMissing, JhaErrorCodes.RequiredMemberMissing, JhaErrorCodes.RequiredMemberMissing, JhaErrorCodes.RequiredMemberMissing);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_on_an_ndjson_line_exceed_the_depth_limit_of_that_line_only()
    {
        string ndjson = "{\"kind\":\"organisation\",\"record\":" + new string('[', 10_000) + new string(']', 10_000) + "}\n"
            + "{\"kind\":\"organisation\",\"record\":{\"id\":\"eurojust\",\"name\":\"Eurojust\",\"kind\":\"eu-agency\",\"parent\":\"eu\",\"formerAcronyms\":[]}}\n";

        var records = JhaExchange.ReadNdjson(new MemoryStream(Encoding.UTF8.GetBytes(ndjson)), null).ToList();

        Assert.Equal([JhaErrorCodes.LimitExceeded], records[0].Problems.Select(p => p.Code));
        Assert.True(records[1].IsSuccess);
    }

    [Fact]
    public void Strings_are_limited_to_64_KiB_and_a_10_MB_string_is_one_problem()
    {
        string Producer(int length) => Head.Replace("\"p\"", "\"" + new string('a', length) + "\"", StringComparison.Ordinal) + "}";

        Assert.True(Read(Producer(64 * 1024)).IsSuccess);
        AssertCodes(Read(Producer((64 * 1024) + 1)), JhaErrorCodes.LimitExceeded);
        var huge = Read(Producer(10_000_000));
        AssertCodes(huge, JhaErrorCodes.LimitExceeded);
        Assert.Equal("$.producer", huge.Problems[0].Path);
    }

    [Fact]
    public void A_10_MB_member_name_is_one_limit_problem_that_does_not_repeat_the_name()
    {
        var result = Read(Head + ",\"" + new string('a', 10_000_000) + "\":1}");

        AssertCodes(result, JhaErrorCodes.LimitExceeded);
        Assert.True(result.Problems[0].ToString().Length < 500, "The problem repeats the oversized name.");
    }

    [Fact]
    public void A_number_of_a_million_digits_is_a_type_problem_with_a_shortened_message()
    {
        string statistic = "{\"id\":\"s-1\",\"metric\":\"registered-cases-involving\",\"reportingBody\":\"eurojust\",\"scope\":{\"grouping\":\"wb6\"},"
            + "\"period\":{\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"},\"value\":" + new string('9', 1_000_000) + ",\"source\":{\"title\":\"t\"},\"confidence\":\"verified\"}";

        var result = Read(Head + ",\"statistics\":[" + statistic + "]}");

        AssertCodes(result, JhaErrorCodes.JsonTypeMismatch);
        Assert.Equal("$.statistics[0].value", result.Problems[0].Path);
        Assert.True(result.Problems[0].Message.Length < 300);
    }

    [Fact]
    public void An_array_one_past_the_collection_limit_is_one_problem()
    {
        var result = Read(Head + ",\"organisations\":[" + string.Join(",", Enumerable.Repeat("0", 1_000_001)) + "]}");

        AssertCodes(result, JhaErrorCodes.LimitExceeded);
        Assert.Equal("$.organisations", result.Problems[0].Path);
    }

    [Fact]
    public void Five_thousand_problems_are_listed_up_to_the_limit_and_the_rest_counted()
    {
        var result = Read(Head + string.Concat(Enumerable.Range(0, 5_000).Select(i => $",\"x{i}\":1")) + "}");

        Assert.Equal(1_001, result.Problems.Count);
        Assert.All(result.Problems.Take(1_000), p => Assert.Equal(JhaErrorCodes.UnknownMember, p.Code));
        Assert.Equal(JhaErrorCodes.LimitExceeded, result.Problems[^1].Code);
        Assert.Contains("4,000 more problems", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_stream_is_cut_at_the_size_limit()
    {
        var options = new ExchangeReaderOptions { MaxDocumentBytes = 1 << 20 };
        using var endless = new EndlessStream("{\"formatVersion\":\"1.0\",\"organisations\":["u8.ToArray(), "{},"u8.ToArray());

        var result = MalformedInputCorpusTests.Measured(options.MaxDocumentBytes, () => JhaExchange.Read(endless, options));

        AssertCodes(result, JhaErrorCodes.LimitExceeded);
        Assert.True(endless.Position < 2L << 20, $"The reader read {endless.Position:N0} bytes of an endless stream; expected to stop just past the limit.");
    }

    [Fact]
    public void An_endless_ndjson_line_is_one_problem_reported_once_the_limit_is_passed()
    {
        var options = new ExchangeReaderOptions { MaxDocumentBytes = 1 << 20 };
        using var endless = new EndlessStream("{\"kind\":\"organisation\",\"record\":\""u8.ToArray(), "a"u8.ToArray());

        var records = MalformedInputCorpusTests.Measured(options.MaxDocumentBytes, () => JhaExchange.ReadNdjson(endless, options).ToList());

        Assert.Equal([JhaErrorCodes.LimitExceeded], records.SelectMany(r => r.Problems).Select(p => p.Code));
        Assert.True(endless.Position < 2L << 20, $"The reader read {endless.Position:N0} bytes of an endless line; expected to stop just past the limit.");
    }

    [Fact]
    public void A_2_MB_document_of_rankings_over_a_large_population_is_read_within_the_allocation_bound()
    {
        // Each ranking's population, "outside the EU", resolves to some 220 countries: checking its entries must not
        // build that list for every ranking.
        const string Ranking = "{\"metric\":\"cases-involving\",\"reportingBody\":\"eurojust\",\"population\":{\"outside\":\"eu\"},\"published\":\"2020-10-22\",\"entries\":[{\"country\":\"AL\",\"rank\":1,\"value\":40},{\"country\":\"RS\",\"within\":10}],\"source\":{\"title\":\"t\"},\"confidence\":\"verified\"}";
        string json = Head + ",\"rankings\":[" + string.Join(",", Enumerable.Repeat(Ranking, 2_000_000 / Ranking.Length)) + "]}";

        var result = Read(json);

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems.Take(3)));
        Assert.Equal(2_000_000 / Ranking.Length, result.Value!.Rankings.Count);
    }

    [Fact]
    public void A_2_MB_document_of_rankings_with_an_error_each_is_read_within_the_allocation_bound()
    {
        const string Ranking = "{\"metric\":\"cases-involving\",\"reportingBody\":\"eurojust\",\"population\":{\"outside\":\"eu\"},\"published\":\"2020-10-22\",\"entries\":[{\"country\":\"FR\",\"rank\":1,\"value\":40}],\"source\":{\"title\":\"t\"},\"confidence\":\"verified\"}";
        var options = new ExchangeReaderOptions { MaxProblems = int.MaxValue };
        byte[] bytes = Encoding.UTF8.GetBytes(Head + ",\"rankings\":[" + string.Join(",", Enumerable.Repeat(Ranking, 2_000_000 / Ranking.Length)) + "]}");

        var result = MalformedInputCorpusTests.Measured(bytes.Length, () => JhaExchange.Read(bytes, options));

        Assert.Equal(2_000_000 / Ranking.Length, result.Problems.Count(p => p.Code == JhaErrorCodes.RankingCountryOutsidePopulation));
    }

    [Fact]
    public void A_100_MB_document_of_600_000_organisations_is_read_validated_and_written_back()
    {
        var json = new StringBuilder(Head).Append(",\"organisations\":[");
        int count = 0;
        while (json.Length < 100_000_000)
        {
            json.Append(count == 0 ? "" : ",").Append("{\"id\":\"org-").Append(count).Append("\",\"name\":\"Organisation number ").Append(count)
                .Append(" of the corpus, with a name long enough to fill the document\",\"kind\":\"international-organisation\",\"formerAcronyms\":[]}");
            count++;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(json.Append("]}").ToString());
        json.Clear();

        var result = MalformedInputCorpusTests.Measured(bytes.Length, () => JhaExchange.Read(new MemoryStream(bytes)));

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems.Take(5)));
        Assert.Equal(count, result.Value.Organisations.Count);
        var again = JhaExchange.Read(JhaExchange.Write(result.Value));
        Assert.Equal(result.Value, again.Value);
    }

    [Fact]
    public void A_100_MB_document_of_broken_organisations_lists_the_first_problems_and_counts_the_rest()
    {
        var json = new StringBuilder(Head).Append(",\"organisations\":[");
        int count = 0;
        while (json.Length < 100_000_000)
        {
            json.Append(count == 0 ? "" : ",").Append("{\"id\":\"org-").Append(count % 1_000)
                .Append("\",\"name\":\"An organisation whose identifier repeats and whose parent does not exist\",\"kind\":\"international-organisation\",\"parent\":\"nowhere\",\"formerAcronyms\":[]}");
            count++;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(json.Append("]}").ToString());
        json.Clear();

        var result = MalformedInputCorpusTests.Measured(bytes.Length, () => JhaExchange.Read(bytes));

        Assert.False(result.IsSuccess);
        Assert.Equal(1_001, result.Problems.Count);
        Assert.Equal(JhaErrorCodes.LimitExceeded, result.Problems[^1].Code);
        Assert.Contains($"{(2 * count) - 1_000 - 1_000:N0} more problems", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100_MB_document_over_a_lower_size_limit_is_refused_before_it_is_parsed()
    {
        byte[] bytes = new byte[100_000_000];
        Encoding.UTF8.GetBytes(Head + ",\"x\":\"").CopyTo(bytes, 0);
        bytes.AsSpan(100).Fill((byte)' ');
        var options = new ExchangeReaderOptions { MaxDocumentBytes = 64L << 20 };

        var result = MalformedInputCorpusTests.Measured(options.MaxDocumentBytes, () => JhaExchange.Read(new MemoryStream(bytes), options));

        AssertCodes(result, JhaErrorCodes.LimitExceeded);
    }

    /// <summary>A stream that gives a head, then a body repeated until <c>limit</c> bytes (or for ever).</summary>
    private sealed class EndlessStream(byte[] head, byte[] body, long limit = long.MaxValue) : GeneratedStream
    {
        protected override long Limit => limit;

        protected override byte ByteAt(long position) => position < head.Length ? head[position] : body[(position - head.Length) % body.Length];
    }
}

/// <summary>The large-input tests run alone: they hold hundreds of megabytes, which other tests would see in their memory measurements.</summary>
[CollectionDefinition(nameof(LargeInputTests), DisableParallelization = true)]
public sealed class LargeInputsRunAlone;
