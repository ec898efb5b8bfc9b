using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Serialization;
using JhaModel.Tests.Support;

namespace JhaModel.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    [Property]
    public bool Countries_round_trip(Country country) => RoundTrip(country) == country;

    [Property]
    public bool Timelines_round_trip(EuRelationshipTimeline timeline) => RoundTrip(timeline) == timeline;

    [Property]
    public bool Sources_round_trip(Source source) => RoundTrip(source) == source;

    [Property]
    public bool Country_codes_round_trip(CountryCode code) => RoundTrip(code) == code;

    [Property]
    public bool Event_dates_round_trip(EventDate date) => RoundTrip(date) == date;

    [Property]
    public bool Parties_round_trip(Party party) => RoundTrip(party) == party;

    [Property]
    public bool Organisations_round_trip(Organisation organisation) => RoundTrip(organisation) == organisation;

    [Property]
    public bool Indented_and_compact_output_read_the_same(Country country) =>
        JhaModelJson.Deserialize<Country>(JhaModelJson.Serialize(country, indented: true)) == JhaModelJson.Deserialize<Country>(JhaModelJson.Serialize(country));

    [Fact]
    public void The_whole_registry_round_trips_as_a_list()
    {
        var json = JhaModelJson.SerializeToUtf8Bytes(CountryRegistry.All);
        var back = JhaModelJson.Deserialize<IReadOnlyList<Country>>(json);

        Assert.Equal(CountryRegistry.All, back);
    }

    [Fact]
    public void Withdrawn_entries_round_trip()
    {
        Assert.All(CountryRegistry.Withdrawn, w => Assert.Equal(w, RoundTrip(w)));
    }

    [Fact]
    public void North_Macedonia_serializes_to_the_committed_json()
    {
        Golden.AssertMatches("tests/JhaModel.Tests/Golden/country-mk.json", JhaModelJson.Serialize(CountryRegistry.Get(CountryCode.NorthMacedonia), indented: true) + "\n");
    }

    [Fact]
    public void Kosovo_serializes_to_the_committed_json()
    {
        Golden.AssertMatches("tests/JhaModel.Tests/Golden/country-xk.json", JhaModelJson.Serialize(CountryRegistry.Get(CountryCode.Kosovo), indented: true) + "\n");
    }

    [Fact]
    public void Output_is_compact_camel_case_and_omits_absent_members()
    {
        var json = JhaModelJson.Serialize(new Source { Title = "Eurojust news, 22 Oct 2020" });

        Assert.Equal("""{"title":"Eurojust news, 22 Oct 2020"}""", json);
        Assert.Equal("\"2005-12-15/2005-12-16\"", JhaModelJson.Serialize(EventDate.Parse("2005-12-15/2005-12-16")));
        Assert.Equal("\"verified\"", JhaModelJson.Serialize(Confidence.Verified));
        Assert.Equal("\"schengen-air-and-sea-borders\"", JhaModelJson.Serialize(new EuRelationEvent
        {
            Kind = EuRelationEventKind.SchengenAirAndSeaBorders,
            Date = EventDate.InYear(2024),
            Source = new Source { Title = "t" },
            Confidence = Confidence.Partial,
        }).Split(',')[0].Split(':')[1]);
    }

    [Fact]
    public void Writing_a_default_code_is_an_error_not_an_empty_string()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => JhaModelJson.Serialize(default(CountryCode)));
    }

    private static T RoundTrip<T>(T value) => JhaModelJson.Deserialize<T>(JhaModelJson.Serialize(value));
}
