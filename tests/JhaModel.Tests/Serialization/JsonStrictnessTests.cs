using System.Text.Json;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.Serialization;

namespace JhaModel.Tests.Serialization;

/// <summary>Bad input is an error naming where and what, never a silent drop or a crash.</summary>
public sealed class JsonStrictnessTests
{
    private const string ValidEvent = """{"kind":"application","date":"2009-04-28","source":{"title":"t"},"confidence":"verified"}""";

    [Theory]
    [InlineData("""{"kind":"application","date":"2009-04-28","source":{"title":"t"},"confidence":"verified","extra":1}""", "extra")]
    [InlineData("""{"kind":"application","kind":"membership","date":"2009-04-28","source":{"title":"t"},"confidence":"verified"}""", "kind")]
    [InlineData("""{"kind":"application","source":{"title":"t"},"confidence":"verified"}""", "date")]
    [InlineData("""{"kind":"application","date":"2009-04-28","source":null,"confidence":"verified"}""", "source")]
    [InlineData("""{"kind":1,"date":"2009-04-28","source":{"title":"t"},"confidence":"verified"}""", "$.kind")]
    [InlineData("""{"kind":"Application","date":"2009-04-28","source":{"title":"t"},"confidence":"verified"}""", "$.kind")]
    [InlineData("""{"kind":"application","date":"2021-02-29","source":{"title":"t"},"confidence":"verified"}""", "$.date")]
    [InlineData("""{"kind":"application","date":"2009-04-28","source":{"title":"t","asOf":"2020-13-01"},"confidence":"verified"}""", "$.source.asOf")]
    [InlineData("""{"kind":"application","date":"2009-04-28","source":{"title":"t"},"confidence":"sure"}""", "$.confidence")]
    public void Malformed_events_are_rejected_with_the_path(string json, string expectedInMessage)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<EuRelationEvent>(json));

        Assert.Contains(expectedInMessage, error.Message + " " + error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_event_reads()
    {
        var e = JhaModelJson.Deserialize<EuRelationEvent>(ValidEvent);

        Assert.Equal(EuRelationEventKind.Application, e.Kind);
        Assert.Equal(Confidence.Verified, e.Confidence);
    }

    [Theory]
    [InlineData("\"mk\"", "expected the canonical alpha-2 form \"MK\"")]
    [InlineData("\"MKD\"", "expected the canonical alpha-2 form \"MK\"")]
    [InlineData("\"807\"", "expected the canonical alpha-2 form \"MK\"")]
    [InlineData("\"CS\"", "withdrawn code of Serbia and Montenegro")]
    [InlineData("\"ZZ\"", "is not a country code")]
    [InlineData("807", "Found a JSON number")]
    [InlineData("null", "Found a JSON null")]
    public void Country_codes_must_be_canonical_alpha2_strings(string json, string expectedInMessage)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<CountryCode>(json));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_code_reads_like_the_plain_one()
    {
        Assert.Equal(CountryCode.NorthMacedonia, JhaModelJson.Deserialize<CountryCode>("\"\\u004DK\""));
    }

    [Fact]
    public void A_null_inside_a_list_is_read_and_then_caught_by_the_validator()
    {
        var timeline = JhaModelJson.Deserialize<EuRelationshipTimeline>($$"""{"events":[{{ValidEvent}},null]}""");
        var result = EuRelationshipTimelineValidator.Instance.Validate(timeline);

        Assert.Equal(JhaModel.Validation.JhaErrorCodes.NullElement, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void A_null_document_is_an_error_not_a_null_result()
    {
        Assert.Throws<JsonException>(() => JhaModelJson.Deserialize<Country>("null"));
    }

    [Fact]
    public void Truncated_json_is_an_error_with_a_position()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JhaModelJson.Deserialize<Country>("""{"code":"MK","shortName":"""));

        Assert.NotNull(error.BytePositionInLine);
    }

    [Fact]
    public void Unregistered_types_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => JhaModelJson.Serialize(new Uri("https://example.org")));
    }

    [Fact]
    public void Absent_optional_lists_and_timelines_read_as_empty()
    {
        var country = JhaModelJson.Deserialize<Country>("""{"code":"MK","shortName":"North Macedonia"}""");

        Assert.Empty(country.FormerNames);
        Assert.Same(EuRelationshipTimeline.Empty, country.EuRelationship);
        // Nothing recorded says nothing: the status is unknown, not "third country".
        Assert.Equal(EuStatus.Unknown, country.EuStatusOn(new NodaTime.LocalDate(2020, 1, 1)));
        Assert.Empty(JhaModelJson.Deserialize<JhaModel.Agreements.Agreement>("""{"id":"x-1","kind":"readmission","title":"t","form":"bilateral"}""").PartyEvents);
    }
}
