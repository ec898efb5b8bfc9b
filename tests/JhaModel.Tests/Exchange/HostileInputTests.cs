using System.Text;
using System.Text.Json;
using JhaModel.Agreements;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Provenance;
using JhaModel.Serialization;
using JhaModel.Statistics;
using JhaModel.Tests.Support;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Exchange;

/// <summary>
/// The findings of an independent fuzzer against the readers, each pinned as the behaviour it broke: calendar
/// arithmetic at the end of the calendar, reader options outside their range, non-default depth limits on every
/// path, lone surrogates, closed vocabularies read loosely, numbers rounded, and input echoed into messages.
/// The corpus (tests/JhaModel.Tests/Corpus) holds the same inputs as files.
/// </summary>
public sealed class HostileInputTests
{
    private const string Head = "{\"formatVersion\":\"1.0\",\"producer\":\"p\",\"generatedAt\":\"2026-11-30T12:00:00Z\"";

    [Fact]
    public void The_last_month_and_year_of_the_calendar_end_on_its_last_day()
    {
        Assert.Equal(new LocalDate(9999, 12, 31), EventDate.InMonth(9999, 12).Latest);
        Assert.Equal(new LocalDate(9999, 12, 31), EventDate.Parse("9999-12").Latest);
        Assert.Equal(new LocalDate(9999, 12, 31), EventDate.InYear(9999).Latest);
        Assert.Equal(new LocalDate(1, 1, 31), EventDate.InMonth(1, 1).Latest);
        Assert.Equal(new LocalDate(2024, 2, 29), EventDate.InMonth(2024, 2).Latest);
        Assert.Equal(new LocalDate(2023, 2, 28), EventDate.InMonth(2023, 2).Latest);
    }

    [Fact]
    public void Statistic_periods_at_the_end_of_the_calendar_are_measured_without_passing_it()
    {
        var december = StatisticPeriods.Month(9999, 12);

        Assert.Equal(new LocalDate(9999, 12, 31), december.End);
        Assert.Equal(StatisticPeriodKind.CalendarMonth, StatisticPeriods.KindOf(december));
        Assert.Equal(1m, StatisticPeriods.LengthInMonths(december));
        Assert.Equal(StatisticPeriodKind.CalendarYear, StatisticPeriods.KindOf(StatisticPeriods.Months(9999, 1, 12)));
    }

    [Fact]
    public void An_entry_into_force_past_the_calendar_is_no_date_and_never_an_overflow()
    {
        var rule = EntryIntoForceRule.CouncilOfEuropeThreeMonths;

        Assert.True(rule.TryEntryIntoForceFor(new LocalDate(9999, 8, 31), null, out var last));
        Assert.Equal(new LocalDate(9999, 12, 1), last);
        Assert.False(rule.TryEntryIntoForceFor(new LocalDate(9999, 9, 1), null, out var none));
        Assert.Equal(default, none);
        Assert.Throws<ArgumentOutOfRangeException>(() => rule.EntryIntoForceFor(new LocalDate(9999, 12, 31), null));
        Assert.False(new EntryIntoForceRule { MonthsAfterConsent = int.MaxValue }.TryEntryIntoForceFor(new LocalDate(2020, 1, 1), null, out _));
        Assert.False(new EntryIntoForceRule { MonthsAfterConsent = int.MinValue }.TryEntryIntoForceFor(new LocalDate(2020, 1, 1), null, out _));
    }

    [Fact]
    public void The_computed_entry_into_force_is_the_first_day_of_the_month_after_the_period_whatever_the_day_of_consent()
    {
        var rule = EntryIntoForceRule.CouncilOfEuropeThreeMonths;

        // CETS 185 for Albania: ratified 20 June 2002, in force 1 July 2004 (the convention's own entry into force).
        Assert.Equal(new LocalDate(2004, 7, 1), rule.EntryIntoForceFor(new LocalDate(2002, 6, 20), new LocalDate(2004, 7, 1)));
        Assert.Equal(new LocalDate(2021, 6, 1), rule.EntryIntoForceFor(new LocalDate(2021, 2, 1), null));
        Assert.Equal(new LocalDate(2021, 6, 1), rule.EntryIntoForceFor(new LocalDate(2021, 2, 28), null));
        Assert.Equal(new LocalDate(2021, 3, 1), rule.EntryIntoForceFor(new LocalDate(2020, 11, 30), null));
    }

    [Theory]
    [InlineData(nameof(ExchangeReaderOptions.MaxDepth), int.MaxValue)]
    [InlineData(nameof(ExchangeReaderOptions.MaxDepth), ExchangeReaderOptions.MaxDepthLimit + 1)]
    [InlineData(nameof(ExchangeReaderOptions.MaxDepth), 0)]
    [InlineData(nameof(ExchangeReaderOptions.MaxDepth), -5)]
    [InlineData(nameof(ExchangeReaderOptions.MaxDocumentBytes), long.MaxValue)]
    [InlineData(nameof(ExchangeReaderOptions.MaxDocumentBytes), 0)]
    [InlineData(nameof(ExchangeReaderOptions.MaxStringLength), 0)]
    [InlineData(nameof(ExchangeReaderOptions.MaxCollectionLength), -1)]
    [InlineData(nameof(ExchangeReaderOptions.MaxProblems), 0)]
    public void Options_out_of_range_are_refused_when_set_and_name_the_option(string option, long value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => option switch
        {
            nameof(ExchangeReaderOptions.MaxDepth) => ExchangeReaderOptions.Default with { MaxDepth = (int)value },
            nameof(ExchangeReaderOptions.MaxDocumentBytes) => new ExchangeReaderOptions { MaxDocumentBytes = value },
            nameof(ExchangeReaderOptions.MaxStringLength) => new ExchangeReaderOptions { MaxStringLength = (int)value },
            nameof(ExchangeReaderOptions.MaxCollectionLength) => new ExchangeReaderOptions { MaxCollectionLength = (int)value },
            _ => new ExchangeReaderOptions { MaxProblems = (int)value },
        });

        Assert.Equal(option, e.ParamName);
        Assert.Contains($"ExchangeReaderOptions.{option}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_options_read_every_entry_point_without_a_failure_of_their_own()
    {
        var options = new ExchangeReaderOptions
        {
            MaxDepth = ExchangeReaderOptions.MaxDepthLimit,
            MaxDocumentBytes = Array.MaxLength,
            MaxStringLength = int.MaxValue,
            MaxCollectionLength = int.MaxValue,
            MaxProblems = int.MaxValue,
        };
        string line = "{\"kind\":\"organisation\",\"record\":{\"id\":\"x" + new string('y', 100_000) + "\"}}\n";

        var records = JhaExchange.ReadNdjson(new MemoryStream(Encoding.UTF8.GetBytes(line)), options).ToList();
        var document = JhaExchange.Read(Head + "}", options);

        Assert.Equal(JhaErrorCodes.JsonTypeMismatch, Assert.Single(records).Problems[0].Code);
        Assert.True(document.IsSuccess);
    }

    [Theory]
    [InlineData(65, 70)]
    [InlineData(200, 70)]
    [InlineData(200, 199)]
    [InlineData(ExchangeReaderOptions.MaxDepthLimit, 100_000)]
    public void A_raised_depth_limit_holds_on_the_fast_and_detailed_paths_of_ndjson_and_documents(int maxDepth, int levels)
    {
        var options = new ExchangeReaderOptions { MaxDepth = maxDepth };
        string nested = new string('[', levels) + new string(']', levels);
        byte[] line = Encoding.UTF8.GetBytes("{\"kind\":\"organisation\",\"record\":{\"id\":\"europol\",\"x\":" + nested + "}}\n");
        byte[] document = Encoding.UTF8.GetBytes(Head + ",\"agreements\":[{\"events\":" + nested + "}]}");

        var record = Assert.Single(JhaExchange.ReadNdjson(new MemoryStream(line), options));
        var read = JhaExchange.Read(document, options);

        Assert.False(record.IsSuccess);
        Assert.Contains(record.Problems, p => p.Code is JhaErrorCodes.UnknownMember or JhaErrorCodes.LimitExceeded);
        Assert.False(read.IsSuccess);
    }

    [Fact]
    public void A_lone_surrogate_in_text_is_a_problem_with_its_line_and_column_never_a_replacement()
    {
        string json = Head + ",\n\"producer2\":\"a" + (char)0xD800 + "b\"}";

        var result = JhaExchange.Read(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal(15, problem.Column);
        Assert.Contains("U+D800", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_surrogate_pair_in_text_is_read_as_the_character_it_encodes()
    {
        var result = JhaExchange.Read(Head.Replace("\"p\"", "\"p \U0001F600\"", StringComparison.Ordinal) + "}");

        Assert.True(result.IsSuccess);
        Assert.Equal("p \U0001F600", result.Value!.Producer);
    }

    [Theory]
    [InlineData("{\"title\":\"a", 0xD800, "\"}")]
    [InlineData("{\"title\":\"", 0xDC00, "\"}")]
    [InlineData("{\"title\":\"a\"}", 0xD83D, "")]
    public void Deserializing_text_with_a_lone_surrogate_throws_the_documented_json_exception(string before, int surrogate, string after)
    {
        // Built here: a lone surrogate in an attribute's string would be replaced when the attribute is compiled.
        string json = before + (char)surrogate + after;

        var e = Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<Source>(json));

        Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signature, consent-to-be-bound", "One value is expected, not a list.")]
    [InlineData("signature,consent-to-be-bound", "One value is expected, not a list.")]
    [InlineData("Signature", "Did you mean \"signature\"?")]
    [InlineData("SIGNATURE", "Did you mean \"signature\"?")]
    [InlineData(" signature", "Did you mean \"signature\"?")]
    [InlineData("signature ", "Did you mean \"signature\"?")]
    [InlineData("consent_to_be_bound", "Did you mean \"consent-to-be-bound\"?")]
    [InlineData("signatrue", "Did you mean \"signature\"?")]
    [InlineData("denounciation", "Did you mean \"denunciation\"?")]
    [InlineData("1", "")]
    [InlineData("ratification", "")]
    public void A_closed_vocabulary_reads_only_its_exact_text_and_says_what_was_meant(string kind, string hint)
    {
        string json = "{\"party\":\"AL\",\"kind\":\"" + kind + "\",\"date\":\"2020-01-01\",\"source\":{\"title\":\"t\"},\"confidence\":\"verified\"}";

        var e = Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<PartyEvent>(json));

        Assert.StartsWith($"Found \"{kind}\"; expected one of: signature, consent-to-be-bound, entry-into-force, provisional-application, denunciation.", e.Message, StringComparison.Ordinal);
        if (hint.Length == 0)
        {
            Assert.DoesNotContain("Did you mean", e.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(hint, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_value_of_every_closed_vocabulary_reads_back_as_itself()
    {
        foreach (var kind in Enum.GetValues<PartyEventKind>())
        {
            string text = JhaModelJson.Serialize(kind);
            Assert.Equal(kind, JhaModelJson.Deserialize<PartyEventKind>(text));
        }

        Assert.Equal("\"verified\"", JhaModelJson.Serialize(Confidence.Verified));
        Assert.Throws<JsonException>(() => JhaModelJson.Serialize((Confidence)0));
        Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<Confidence>("1"));
    }

    [Theory]
    [InlineData("1.00000000000000000001", "1.00000000000000000001")]
    [InlineData("42.0", "42.0")]
    [InlineData("1.25E1", "12.5")]
    [InlineData("1e2", "100")]
    [InlineData("-0", "0")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void A_number_a_decimal_holds_exactly_is_read_as_that_number(string number, string written)
    {
        var quantity = JhaModelJson.Deserialize<Quantity>("{\"value\":" + number + ",\"unit\":\"count\"}");

        Assert.Equal(decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture), quantity.Value);
        Assert.Equal("{\"value\":" + written + ",\"unit\":\"count\"}", JhaModelJson.Serialize(quantity));
    }

    [Theory]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e-400")]
    [InlineData("1e309")]
    [InlineData("123456789012345678901234567890")]
    public void A_number_a_decimal_would_round_is_an_error_naming_it(string number)
    {
        var e = Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<Quantity>("{\"value\":" + number + ",\"unit\":\"count\"}"));

        Assert.Contains($"Found the number {number}, which a decimal cannot hold exactly", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"start\":\"2020-01-01\\u0000\",\"end\":\"2020-12-31\"}")]
    [InlineData("{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\\u0000x\"}")]
    public void A_date_with_a_nul_character_is_an_error_not_the_date_before_it(string period)
    {
        Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<NodaTime.DateInterval>(period));
        Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<LocalDate>("\"2021-07-06\\u0000\""));
        Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<Instant>("\"2021-07-06T00:00:00Z\\u0000\""));
        Assert.Equal(new LocalDate(2021, 7, 6), JhaModelJson.Deserialize<LocalDate>("\"2021-07-\\u00306\""));
    }

    [Fact]
    public void Echoed_values_are_quoted_escaped_and_cut_and_no_message_holds_a_line_break()
    {
        string forged = Head.Replace("\"1.0\"", "\"2.0\\nfake.json: valid (document)\\u001b[0m\"", StringComparison.Ordinal) + "}";

        var problem = Assert.Single(JhaExchange.Read(forged).Problems);

        Assert.Equal(JhaErrorCodes.FormatVersionUnsupported, problem.Code);
        Assert.Contains("\"2.0\\nfake.json: valid (document)\\u001b[0m\"", problem.Message, StringComparison.Ordinal);
        MalformedInputCorpusTests.AssertPrintable(problem);
    }

    [Fact]
    public void A_long_value_is_echoed_to_the_documented_length_with_the_rest_counted()
    {
        string quoted = JsonErrors.Quote(new string('x', 1000));

        Assert.Equal("\"" + new string('x', ExchangeProblem.MaxEchoLength) + "\"… (900 more characters)", quoted);
        Assert.Equal("\"\\ud83d\"", JsonErrors.Quote("\uD83D"));
        Assert.Equal("\"\U0001F600\"", JsonErrors.Quote("\U0001F600"));
        Assert.Equal("\"a\\\"b\\\\c\\u2028\\u0085\"", JsonErrors.Quote("a\"b\\c\u2028\u0085"));
        Assert.Equal("\"" + new string('x', ExchangeProblem.MaxEchoLength - 1) + "\"… (2 more characters)", JsonErrors.Quote(new string('x', ExchangeProblem.MaxEchoLength - 1) + "\U0001F600"));
    }

    [Fact]
    public void A_bad_literal_before_megabytes_of_input_gives_one_short_message()
    {
        byte[] input = Encoding.UTF8.GetBytes(Head + ",\"asOf\":tru" + new string('e', 5_000_000) + "}");

        var problem = Assert.Single(MalformedInputCorpusTests.Measured(input.Length, () => JhaExchange.Read(input)).Problems);

        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, problem.Code);
        MalformedInputCorpusTests.AssertPrintable(problem);
        Assert.True(problem.Message.Length < 200, problem.Message);
    }

    [Fact]
    public void A_seekable_stream_over_the_size_limit_is_refused_from_its_length_without_being_read()
    {
        using var stream = new MemoryStream(new byte[5_000]);
        var options = new ExchangeReaderOptions { MaxDocumentBytes = 1_000 };

        var problem = Assert.Single(JhaExchange.Read(stream, options).Problems);

        Assert.Equal(JhaErrorCodes.LimitExceeded, problem.Code);
        Assert.Equal("The input is 5,000 bytes; expected at most 1,000 bytes (the reader's size limit).", problem.Message);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void A_byte_order_mark_does_not_count_towards_the_size_limit_of_a_stream()
    {
        byte[] document = Encoding.UTF8.GetBytes(Head + "}");
        var options = new ExchangeReaderOptions { MaxDocumentBytes = document.Length };

        Assert.True(JhaExchange.Read(new MemoryStream([0xEF, 0xBB, 0xBF, .. document]), options).IsSuccess);
        Assert.False(JhaExchange.Read(new MemoryStream([0xEF, 0xBB, 0xBF, .. document, (byte)' ']), options).IsSuccess);
    }

    [Fact]
    public void A_stream_with_an_early_syntax_error_is_read_no_further_than_the_chunk_that_shows_it()
    {
        byte[] head = Encoding.UTF8.GetBytes("{\"formatVersion\":\"1.0\",\"producer\":x");
        using var stream = new OneWayStream([.. head, .. new byte[50_000_000]]);

        var problem = Assert.Single(JhaExchange.Read(stream).Problems);

        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, problem.Code);
        Assert.Equal(head.Length, problem.Column);
        Assert.True(stream.Position < 1_000_000, $"{stream.Position:N0} bytes were read; expected the reading to stop at the first chunk.");
    }

    [Fact]
    public void A_stream_whose_tokens_span_chunks_reads_as_the_same_bytes_do()
    {
        string producer = new string('p', 200_000);
        byte[] document = Encoding.UTF8.GetBytes(Head.Replace("\"p\"", "\"" + producer + "\"", StringComparison.Ordinal) + ",\"asOf\":\"2020-01-01\"}");
        var options = new ExchangeReaderOptions { MaxStringLength = 1_000_000 };

        var fromStream = JhaExchange.Read(new OneWayStream(document, chunk: 7), options);

        Assert.True(fromStream.IsSuccess, string.Join("\n", fromStream.Problems));
        Assert.Equal(producer, fromStream.Value!.Producer);
        Assert.Equal(JhaExchange.Read(document, options).Value, fromStream.Value);
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"1.0\",\"producer\":x", JhaErrorCodes.JsonSyntaxInvalid)]
    [InlineData("[[[[[[[[[[[[[[[[[[[[", JhaErrorCodes.LimitExceeded)]
    [InlineData("{\"formatVersion\":\"1.0\",\"producer\":\"p\",", JhaErrorCodes.LimitExceeded)]
    public void An_input_over_the_size_limit_is_refused_for_its_size_when_that_is_known_and_else_for_what_comes_first(string head, string firstInPipe)
    {
        byte[] input = [.. Encoding.UTF8.GetBytes(head), .. Encoding.UTF8.GetBytes(new string(' ', 5_000)), (byte)'}'];
        var options = new ExchangeReaderOptions { MaxDocumentBytes = 1_000, MaxDepth = 10 };
        string size = $"The input is {input.Length:N0} bytes; expected at most 1,000 bytes (the reader's size limit).";

        Assert.Equal(size, Assert.Single(JhaExchange.Read(input, options).Problems).Message);
        Assert.Equal(size, Assert.Single(JhaExchange.Read(Encoding.UTF8.GetString(input), options).Problems).Message);
        Assert.Equal(size, Assert.Single(JhaExchange.Read(new MemoryStream(input), options).Problems).Message);
        var fromPipe = Assert.Single(JhaExchange.Read(new OneWayStream(input, chunk: 3), options).Problems);
        Assert.Equal(firstInPipe, fromPipe.Code);
        if (head.EndsWith(',') )
        {
            Assert.Equal("The input is more than 1,000 bytes (reading stopped there); expected at most 1,000 bytes (the reader's size limit).", fromPipe.Message);
        }
    }

    /// <summary>A stream that cannot seek and returns at most <c>chunk</c> bytes a read, as a pipe does.</summary>
    private sealed class OneWayStream(byte[] bytes, int chunk = 65_536) : GeneratedStream
    {
        protected override long Limit => bytes.Length;

        protected override int Chunk => chunk;

        protected override byte ByteAt(long position) => bytes[position];
    }
}
