using System.Text;
using JhaModel.Countries;
using JhaModel.Exchange;
using JhaModel.Provenance;
using JhaModel.ReferenceData;
using JhaModel.Statistics;
using JhaModel.Validation;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.ReferenceData;

/// <summary>
/// The scopes and populations of statistics resolve against the dataset a record is checked against: a layer in which
/// Montenegro joins the EU (a hypothetical accession, marked so in its source) makes Montenegro leave the population
/// "outside the EU" of that dataset, in the validators, their fast paths, the document reader and the NDJSON reader,
/// while the embedded dataset answers as before.
/// </summary>
public sealed class DatasetScopeTests
{
    private static readonly Source Hypothetical = new() { Title = "Test layer: a hypothetical accession, not a fact" };

    private static readonly Lazy<JhaDataset> Acceded = new(() =>
    {
        var montenegro = JhaDataset.Default.Countries.Get(CountryCode.Montenegro);
        var accession = new EuRelationEvent { Kind = EuRelationEventKind.Membership, Date = EventDate.On(D("2026-01-01")), Source = Hypothetical, Confidence = Confidence.Unverified };
        var layer = new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "A user's corrections",
            GeneratedAt = Instant.FromUtc(2026, 12, 3, 12, 0),
            Countries = [montenegro with { EuRelationship = new EuRelationshipTimeline { Events = [.. montenegro.EuRelationship.Events, accession] } }],
        };
        var result = JhaDataset.Default.Layer(layer);
        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        return result.Value!;
    });

    /// <summary>A ranking among third countries, published after the hypothetical accession, that ranks Montenegro.</summary>
    private static CountryRanking Ranking() => new()
    {
        Metric = StatisticMetric.Parse("cases-involving"),
        ReportingBody = JhaModel.Organisations.OrganisationId.Parse("eurojust"),
        Population = StatisticScope.ThirdCountries,
        Published = D("2026-06-01"),
        Entries = [new RankingEntry { Country = CountryCode.Serbia, Within = 10 }, new RankingEntry { Country = CountryCode.Montenegro, Within = 10 }],
        Source = Hypothetical,
        Confidence = Confidence.Unverified,
    };

    [Fact]
    public void The_layer_makes_the_accession_count_in_its_own_groupings_only()
    {
        Assert.Equal(GroupingMembership.Member, Acceded.Value.Groupings.EuMemberStates.MembershipOn(CountryCode.Montenegro, D("2026-06-01")));
        Assert.Equal(GroupingMembership.NotMember, CountryGroupings.EuMemberStates.MembershipOn(CountryCode.Montenegro, D("2026-06-01")));
    }

    [Fact]
    public void The_validators_and_their_fast_paths_resolve_the_population_in_the_dataset_they_are_given()
    {
        var ranking = Ranking();

        Assert.True(new CountryRankingValidator(JhaDataset.Default).Validate(ranking).IsValid);
        Assert.True(StatisticsRules.IsValid(ranking, JhaDataset.Default));
        Assert.True(CountryRankingValidator.Instance.Validate(ranking).IsValid);

        var failure = Assert.Single(new CountryRankingValidator(Acceded.Value).Validate(ranking).Errors);
        Assert.Equal(JhaErrorCodes.RankingCountryOutsidePopulation, failure.ErrorCode);
        Assert.Contains("names ME, which is not in the population", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.False(StatisticsRules.IsValid(ranking, Acceded.Value));

        var set = new CaseStatisticSet { Rankings = [ranking] };
        Assert.True(new CaseStatisticSetValidator(JhaDataset.Default).Validate(set).IsValid);
        Assert.Equal(JhaErrorCodes.RankingCountryOutsidePopulation, Assert.Single(new CaseStatisticSetValidator(Acceded.Value).Validate(set).Errors).ErrorCode);
        Assert.False(StatisticsRules.IsValid(set, Acceded.Value));
    }

    [Fact]
    public void A_document_is_read_against_the_dataset_of_its_options()
    {
        byte[] document = JhaExchange.Write(new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "An analyst",
            GeneratedAt = Instant.FromUtc(2026, 12, 3, 12, 0),
            Rankings = [Ranking()],
        });

        Assert.Empty(JhaExchange.Read(document).Problems);
        var problem = Assert.Single(JhaExchange.Read(document, ExchangeReaderOptions.Default with { ReferenceData = Acceded.Value }).Problems);
        Assert.Equal((JhaErrorCodes.RankingCountryOutsidePopulation, "$.rankings[0].entries[1]"), (problem.Code, problem.Path));
    }

    [Fact]
    public void An_ndjson_record_is_read_against_the_dataset_of_its_options()
    {
        string record = Encoding.UTF8.GetString(JhaExchange.Write(new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "An analyst",
            GeneratedAt = Instant.FromUtc(2026, 12, 3, 12, 0),
            Rankings = [Ranking()],
        }));
        string ranking = System.Text.Json.Nodes.JsonNode.Parse(record)!["rankings"]![0]!.ToJsonString();
        byte[] line = Encoding.UTF8.GetBytes($$"""{"kind":"ranking","record":{{ranking}}}""" + "\n");

        var embedded = Assert.Single(JhaExchange.ReadNdjson(new MemoryStream(line), null).ToList());
        Assert.Empty(embedded.Problems);
        var layered = Assert.Single(JhaExchange.ReadNdjson(new MemoryStream(line), ExchangeReaderOptions.Default with { ReferenceData = Acceded.Value }).ToList());
        var problem = Assert.Single(layered.Problems);
        Assert.Equal((JhaErrorCodes.RankingCountryOutsidePopulation, "$.record.entries[1]"), (problem.Code, problem.Path));
    }

    [Fact]
    public void The_western_balkans_six_follow_the_establishments_of_the_dataset()
    {
        // The embedded data: Montenegro declared independence on 2006-06-03 (its source is in the data file).
        var montenegro = JhaDataset.Default.Countries.Get(CountryCode.Montenegro);
        Assert.Equal(EventDate.On(D("2006-06-03")), montenegro.Established!.Date);
        Assert.DoesNotContain(CountryCode.Montenegro, StatisticScope.WesternBalkansSix.CountriesOn(D("2005-12-31"), JhaDataset.Default));
        Assert.Contains(CountryCode.Montenegro, StatisticScope.WesternBalkansSix.CountriesOn(D("2006-06-03"), JhaDataset.Default));

        // A layer without the establishment counts Montenegro on every date, in that dataset only.
        var layer = new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "A user's corrections",
            GeneratedAt = Instant.FromUtc(2026, 12, 3, 12, 0),
            Countries = [montenegro with { Established = null }],
        };
        var layered = JhaDataset.Default.Layer(layer).Value!;
        Assert.Contains(CountryCode.Montenegro, StatisticScope.WesternBalkansSix.CountriesOn(D("2005-12-31"), layered));
        Assert.Equal(GroupingMembership.Member, layered.Groupings.WesternBalkansSix.MembershipOn(CountryCode.Montenegro, D("2005-12-31")));
        Assert.Equal(GroupingMembership.NotMember, CountryGroupings.WesternBalkansSix.MembershipOn(CountryCode.Montenegro, D("2005-12-31")));
    }
}
