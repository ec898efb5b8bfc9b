using System.Text;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.ReferenceData;
using JhaModel.Statistics;
using JhaModel.Testing;
using JhaModel.Tests.Support;
using JhaModel.Validation;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.ReferenceData;

/// <summary>The embedded dataset, loading, and the dataset format's <c>dataset</c> member.</summary>
public sealed class JhaDatasetTests
{
    private static readonly Instant Generated = Instant.FromUtc(2026, 12, 3, 12, 0);

    [Fact]
    public void The_default_dataset_is_versioned_apart_from_the_package()
    {
        Assert.Equal("2026.12", JhaDataset.Default.Version);
        Assert.Equal(new LocalDate(2026, 11, 30), JhaDataset.Default.ReviewedUntil);
        Assert.Equal("JhaModel reference dataset 2026.12 (reviewed until 2026-11-30)", JhaDataset.Default.ToString());
    }

    [Fact]
    public void The_default_dataset_is_loaded_once()
    {
        Assert.Same(JhaDataset.Default, JhaDataset.Default);
        Assert.Same(JhaDataset.Default.Agreements.All, AgreementRegistry.All);
    }

    [Fact]
    public void The_data_file_is_the_canonical_form_of_the_dataset()
    {
        Golden.AssertMatches("data/jha-dataset.json", Encoding.UTF8.GetString(JhaDataset.Default.Write()));
    }

    [Fact]
    public void The_embedded_bytes_read_through_the_exchange_reader_without_a_problem()
    {
        var result = JhaDataset.Load(JhaDataset.EmbeddedBytes());

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(JhaDataset.Default.Write(), result.Value.Write());
        Assert.NotSame(JhaDataset.Default, result.Value);
    }

    [Fact]
    public void The_code_compiled_from_the_data_file_builds_what_the_serializer_reads_from_it()
    {
        var compiled = JhaDataset.Default;
        var read = JhaDataset.LoadEmbeddedJson();

        Assert.Equal(read.Version, compiled.Version);
        Assert.Equal(read.ReviewedUntil, compiled.ReviewedUntil);
        Assert.Equal(read.Producer, compiled.Producer);
        Assert.Equal(read.GeneratedAt, compiled.GeneratedAt);
        Assert.Equal(read.Organisations.All, compiled.Organisations.All);
        Assert.Equal(read.Countries.Recorded, compiled.Countries.Recorded);
        Assert.Equal(read.Agreements.All, compiled.Agreements.All);
        Assert.Equal(read.Empact.Cycles, compiled.Empact.Cycles);
        Assert.Equal(read.Statistics.Statistics, compiled.Statistics.Statistics);
        Assert.Equal(read.Statistics.Rankings, compiled.Statistics.Rankings);
        // Written, they are the same bytes: decimals keep the scale of their text (1.50 is not written 1.5).
        Assert.Equal(read.Write(), compiled.Write());
    }

    [Fact]
    public void The_reference_document_loads_as_an_unversioned_dataset()
    {
        var result = JhaDataset.Load(JhaExchange.Write(JhaExchange.ReferenceDataset(Generated)));

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        Assert.Null(result.Value.Version);
        Assert.Null(result.Value.ReviewedUntil);
        Assert.Equal(JhaDataset.Default.Agreements.All, result.Value.Agreements.All);
    }

    [Fact]
    public void Counts_and_sources_of_the_default_dataset()
    {
        var data = JhaDataset.Default;

        Assert.Equal(8, data.Organisations.All.Count);
        Assert.Equal(250, data.Countries.All.Count);
        Assert.Equal(3, data.Empact.Cycles.Count);
        Assert.Equal(data.Sources.Count, data.Sources.Distinct().Count());
        Assert.All(data.Facts, f => Assert.Contains(f.Source, data.Sources));
        Assert.Contains(data.Facts, f => f.Confidence == Confidence.Unverified);
    }

    [Fact]
    public void Empty_holds_the_bare_countries_only()
    {
        Assert.Empty(JhaDataset.Empty.Organisations.All);
        Assert.Empty(JhaDataset.Empty.Agreements.All);
        Assert.Empty(JhaDataset.Empty.Countries.Recorded);
        Assert.Equal("North Macedonia", JhaDataset.Empty.Countries.Get(CountryCode.NorthMacedonia).ShortName);
        // Nothing is recorded of Croatia's EU relationship in an empty dataset, so its status is unknown (it is a member).
        Assert.Equal(EuStatus.Unknown, JhaDataset.Empty.Countries.Get(CountryCode.Parse("HR")).EuStatusOn(D("2020-01-01")));
    }

    [Fact]
    public void Bad_data_gives_problems_and_never_throws()
    {
        var result = JhaDataset.Load("{\"formatVersion\": \"1.0\", \"producer\": 7}"u8);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Code == JhaErrorCodes.JsonTypeMismatch && p.Path == "$.producer");
        Assert.Contains(result.Problems, p => p.Code == JhaErrorCodes.RequiredMemberMissing);
    }

    [Theory]
    [InlineData("{\"version\": \"2026.13\", \"reviewedUntil\": \"2026-11-30\"}", JhaErrorCodes.JsonTypeMismatch, "$.dataset.version")]
    [InlineData("{\"version\": 2026, \"reviewedUntil\": \"2026-11-30\"}", JhaErrorCodes.JsonTypeMismatch, "$.dataset.version")]
    [InlineData("{\"reviewedUntil\": \"2026-11-30\"}", JhaErrorCodes.RequiredMemberMissing, "$.dataset.version")]
    [InlineData("{\"version\": \"2026.12\"}", JhaErrorCodes.RequiredMemberMissing, "$.dataset.reviewedUntil")]
    [InlineData("{\"version\": \"2026.12\", \"reviewedUntil\": \"2026-02-30\"}", JhaErrorCodes.JsonTypeMismatch, "$.dataset.reviewedUntil")]
    [InlineData("{\"version\": \"2026.12\", \"reviewedUntil\": \"2026-11-30\", \"by\": \"me\"}", JhaErrorCodes.UnknownMember, "$.dataset.by")]
    [InlineData("[\"2026.12\"]", JhaErrorCodes.JsonTypeMismatch, "$.dataset")]
    public void A_bad_dataset_member_is_reported_with_its_path(string member, string code, string path)
    {
        var result = JhaDataset.Load(Encoding.UTF8.GetBytes($"{{\"dataset\": {member}, \"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\"}}"));

        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, path), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("{\"dataset\": {\"version\": \"2026.12.1\", \"reviewedUntil\": \"2026-12-01\"}, \"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\"}")]
    [InlineData("{\"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\", \"dataset\": {\"version\": \"2026.12.1\", \"reviewedUntil\": \"2026-12-01\"}}")]
    [InlineData("{\"formatVersion\": \"1.0\", \"dataset\": {\"version\": \"2026.12.1\", \"reviewedUntil\": \"2026-12-01\"}, \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\"}")]
    public void The_dataset_member_may_stand_anywhere_among_the_members(string json)
    {
        var result = JhaDataset.Load(Encoding.UTF8.GetBytes(json));

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        Assert.Equal("2026.12.1", result.Value.Version);
        Assert.Equal(new LocalDate(2026, 12, 1), result.Value.ReviewedUntil);
    }

    [Fact]
    public void Problems_after_the_dataset_member_keep_their_line_and_column()
    {
        string json = "{\n  \"dataset\": {\n    \"version\": \"2026.12\",\n    \"reviewedUntil\": \"2026-11-30\"\n  },\n  \"formatVersion\": \"1.0\",\n  \"producer\": \"p\",,\n}";

        var problem = Assert.Single(JhaDataset.Load(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal(JhaErrorCodes.JsonSyntaxInvalid, problem.Code);
        Assert.Equal(7, problem.Line);
    }

    [Fact]
    public void A_document_with_action_plans_is_not_a_dataset()
    {
        var document = JhaModelFactory.ExchangeDocument();
        Assert.NotEmpty(document.ActionPlans);

        var result = JhaDataset.Default.Layer(document);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Code == JhaErrorCodes.DatasetHoldsActionPlans && p.Path == "$.actionPlans");
    }

    [Fact]
    public void A_scope_resolves_against_the_given_dataset()
    {
        var wb6 = StatisticScope.WesternBalkansSix;

        Assert.Equal(6, wb6.CountriesOn(D("2020-09-30"), JhaDataset.Default).Count);
        Assert.Equal(6, wb6.CountriesOn(D("2020-09-30"), JhaDataset.Empty).Count);
        Assert.Empty(StatisticScope.Grouping("eu").CountriesOn(D("2020-09-30"), JhaDataset.Empty));
        Assert.Equal(27, StatisticScope.Grouping("eu").CountriesOn(D("2020-09-30"), JhaDataset.Default).Count);
    }
}
