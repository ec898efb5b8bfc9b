using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.ReferenceData;
using JhaModel.Validation;
using NodaTime;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.ReferenceData;

/// <summary>
/// Layering a user's document over a dataset: an entry replaces the entry of its identifier, whole. The layers here
/// are hypothetical corrections, marked so in their sources; they exercise the layering, not the facts.
/// </summary>
public sealed class DatasetLayerTests
{
    private static readonly AgreementId Cets224 = AgreementId.Parse("coe-cets-224");

    private static readonly Source Hypothetical = new() { Title = "Test layer: a hypothetical ratification, not a fact" };

    /// <summary>CETS 224 with a hypothetical Albanian ratification on 2026-06-01, in force for Albania from 2026-09-01.</summary>
    internal static ExchangeDocument RatificationLayer()
    {
        var protocol = JhaDataset.Default.Agreements.Get(Cets224);
        return new ExchangeDocument
        {
            FormatVersion = ExchangeDocument.CurrentFormatVersion,
            Producer = "A user's corrections",
            GeneratedAt = Instant.FromUtc(2026, 12, 3, 12, 0),
            Agreements =
            [
                protocol with
                {
                    PartyEvents =
                    [
                        .. protocol.PartyEvents,
                        new PartyEvent { Party = CountryCode.Albania, Kind = PartyEventKind.ConsentToBeBound, ConsentForm = ConsentForm.Ratification, Date = EventDate.On(D("2026-06-01")), Source = Hypothetical, Confidence = Confidence.Unverified },
                        new PartyEvent { Party = CountryCode.Albania, Kind = PartyEventKind.EntryIntoForce, Date = EventDate.On(D("2026-09-01")), Source = Hypothetical, Confidence = Confidence.Unverified },
                    ],
                },
            ],
        };
    }

    [Fact]
    public void A_layer_adding_a_ratification_changes_the_status_and_the_parties_bound()
    {
        var result = JhaDataset.Default.Layer(RatificationLayer());

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        var layered = result.Value.Agreements.Get(Cets224);
        Assert.Equal(AgreementStatus.ConsentExpressed, layered.StatusOn(CountryCode.Albania, D("2026-06-01")));
        Assert.Equal(AgreementStatus.InForce, layered.StatusOn(CountryCode.Albania, D("2026-09-01")));
        Assert.Equal([Party.Of(CountryCode.Albania)], layered.PartiesBoundOn(D("2026-09-01")));

        // The default dataset is unchanged.
        var embedded = JhaDataset.Default.Agreements.Get(Cets224);
        Assert.Equal(AgreementStatus.Signed, embedded.StatusOn(CountryCode.Albania, D("2026-09-01")));
        Assert.Empty(embedded.PartiesBoundOn(D("2026-09-01")));
        Assert.Equal(AgreementStatus.Signed, AgreementRegistry.Get(Cets224).StatusOn(CountryCode.Albania, D("2026-09-01")));
    }

    [Fact]
    public void A_layer_replaces_entries_by_identifier_and_keeps_the_rest()
    {
        var layered = JhaDataset.Default.Layer(RatificationLayer()).Value!;

        Assert.Equal(JhaDataset.Default.Agreements.All.Select(a => a.Id), layered.Agreements.All.Select(a => a.Id));
        Assert.Equal(JhaDataset.Default.Agreements.Get("coe-cets-185"), layered.Agreements.Get("coe-cets-185"));
        Assert.Equal(JhaDataset.Default.Countries.All, layered.Countries.All);
        Assert.Equal(JhaDataset.Default.Organisations.All, layered.Organisations.All);
        Assert.Equal(JhaDataset.Default.Empact.Cycles, layered.Empact.Cycles);
        Assert.Equal("2026.12+local", layered.Version);
        Assert.Equal(JhaDataset.Default.ReviewedUntil, layered.ReviewedUntil);
        Assert.Equal("2026.12+local", layered.Layer(RatificationLayer()).Value!.Version);
    }

    [Fact]
    public void A_layer_adds_entries_with_new_identifiers()
    {
        var interpol = new Organisation { Id = OrganisationId.Parse("interpol"), Name = "INTERPOL", Kind = OrganisationKind.InternationalOrganisation };
        var layer = RatificationLayer() with { Agreements = [], Organisations = [interpol] };

        var layered = JhaDataset.Default.Layer(layer).Value!;

        Assert.Equal(JhaDataset.Default.Organisations.All.Count + 1, layered.Organisations.All.Count);
        Assert.True(layered.Organisations.TryFind("INTERPOL", out _));
        Assert.False(JhaDataset.Default.Organisations.TryFind("INTERPOL", out _));
    }

    [Fact]
    public void A_layer_with_an_error_is_rejected_with_its_problems_and_the_dataset_is_unchanged()
    {
        var layer = RatificationLayer();
        layer = layer with { Agreements = [layer.Agreements[0] with { Framework = OrganisationId.Parse("interpol") }] };

        var result = JhaDataset.Default.Layer(layer);

        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((JhaErrorCodes.ReferenceUnresolved, "$.agreements[0].framework"), (problem.Code, problem.Path));
        Assert.Equal(OrganisationId.CouncilOfEurope, JhaDataset.Default.Agreements.Get(Cets224).Framework);
    }

    [Fact]
    public void A_layer_that_contradicts_itself_is_rejected()
    {
        var layer = RatificationLayer();
        var other = layer.Agreements[0] with { PartyEvents = [.. layer.Agreements[0].PartyEvents.Take(layer.Agreements[0].PartyEvents.Count - 2)] };

        var result = JhaDataset.Default.Layer(layer with { Agreements = [layer.Agreements[0], other] });

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Code == JhaErrorCodes.IdentifierDuplicate && p.Path == "$.agreements[1].id");
    }

    [Fact]
    public void A_layer_resolves_its_references_against_the_dataset_under_it()
    {
        // CETS 224's parent, CETS 185, is in the default dataset only.
        var layer = RatificationLayer();

        Assert.True(JhaDataset.Default.Layer(layer).IsSuccess);
        var alone = JhaDataset.Load(JhaExchange.Write(layer));
        Assert.False(alone.IsSuccess);
        Assert.Contains(alone.Problems, p => p.Path.StartsWith("$.agreements[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_layer_with_a_dataset_member_gives_the_result_its_version()
    {
        byte[] document = JhaExchange.Write(RatificationLayer(), indented: true);
        byte[] layer = [.. "{\"dataset\": {\"version\": \"2027.01\", \"reviewedUntil\": \"2026-12-31\"},"u8, .. document.AsSpan(1)];

        var layered = JhaDataset.Default.Layer(layer).Value!;

        Assert.Equal("2027.01", layered.Version);
        Assert.Equal(new LocalDate(2026, 12, 31), layered.ReviewedUntil);
    }

    [Fact]
    public void Two_datasets_side_by_side_give_independent_answers_on_eight_threads()
    {
        var embedded = JhaDataset.Default;
        var layered = embedded.Layer(RatificationLayer()).Value!;
        var date = D("2026-09-01");
        string Ask(JhaDataset data) => string.Join(
            ";",
            data.Agreements.Get(Cets224).StatusOn(CountryCode.Albania, date),
            string.Join(",", data.Agreements.Get(Cets224).PartiesBoundOn(date)),
            string.Join(",", data.Groupings.WesternBalkansSix.MembersOn(date)),
            string.Join(",", data.Agreements.BindingWithEuOn(CountryCode.Albania, date).Select(a => a.Id)));

        var expected = (Embedded: Ask(embedded), Layered: Ask(layered));
        Assert.NotEqual(expected.Embedded, expected.Layered);

        var answers = new (string Embedded, string Layered)[8 * 20];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Half the calls ask the layered dataset first.
            string first = i % 2 == 0 ? Ask(embedded) : Ask(layered);
            string second = i % 2 == 0 ? Ask(layered) : Ask(embedded);
            answers[i] = i % 2 == 0 ? (first, second) : (second, first);
        });

        Assert.All(answers, a => Assert.Equal(expected, a));
    }

    [Fact]
    public void The_exchange_reader_resolves_references_against_the_dataset_it_is_given()
    {
        var interpol = new Organisation { Id = OrganisationId.Parse("interpol"), Name = "INTERPOL", Kind = OrganisationKind.InternationalOrganisation };
        var layered = JhaDataset.Default.Layer(RatificationLayer() with { Agreements = [], Organisations = [interpol] }).Value!;
        byte[] document = JhaExchange.Write(RatificationLayer() with
        {
            Agreements = [],
            Organisations = [new Organisation { Id = OrganisationId.Parse("ipsa"), Name = "IPSA", Kind = OrganisationKind.InternationalOrganisation, Parent = interpol.Id }],
        });

        var embedded = JhaExchange.Read(document);
        var against = JhaExchange.Read(document, ExchangeReaderOptions.Default with { ReferenceData = layered });
        var alone = JhaExchange.Read(JhaExchange.Write(RatificationLayer()), ExchangeReaderOptions.Default with { ReferenceData = JhaDataset.Empty });

        Assert.Equal((JhaErrorCodes.ReferenceUnresolved, "$.organisations[0].parent"), (embedded.Problems.Single().Code, embedded.Problems.Single().Path));
        Assert.True(against.IsSuccess, string.Join("\n", against.Problems));
        Assert.Contains(alone.Problems, p => p.Code == JhaErrorCodes.ReferenceUnresolved && p.Path == "$.agreements[0].framework");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"dataset\": {")]
    [InlineData("{\"dataset\": {\"version\": \"2026.12\"")]
    [InlineData("{\"dataset\": 1, \"dataset\": []}")]
    [InlineData("[{\"dataset\": {}}]")]
    [InlineData("\"dataset\"")]
    [InlineData("{\"dataset\": {\"version\": \"2026.12\", \"reviewedUntil\": \"2026-11-30\"}}")]
    public void Malformed_input_gives_problems_and_never_throws(string json)
    {
        var loaded = JhaDataset.Load(System.Text.Encoding.UTF8.GetBytes(json));
        var layered = JhaDataset.Default.Layer(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.False(loaded.IsSuccess);
        Assert.NotEmpty(loaded.Problems);
        Assert.False(layered.IsSuccess);
    }

    [Fact]
    public void Text_that_is_not_utf8_in_the_dataset_member_is_a_problem_not_an_exception()
    {
        byte[] input = [.. "{\"dataset\": {\""u8, 0xFF, 0xFE, .. "\": \"2026.12\"}, \"formatVersion\": \"1.0\", \"producer\": \"p\", \"generatedAt\": \"2026-12-03T12:00:00Z\"}"u8];

        var result = JhaDataset.Load(input);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Code == JhaErrorCodes.JsonSyntaxInvalid);
    }

    [Fact]
    public void Every_corpus_document_and_each_of_its_prefixes_loads_without_throwing()
    {
        string corpus = Path.Combine(Support.Golden.RepositoryRoot, "tests", "JhaModel.Tests", "Corpus");
        foreach (string file in Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories))
        {
            byte[] bytes = File.ReadAllBytes(file);
            byte[] withHeader = [.. "{\"dataset\": {\"version\": \"2026.12\", \"reviewedUntil\": \"2026-11-30\"},"u8, .. bytes.AsSpan(Math.Min(1, bytes.Length))];
            foreach (byte[] input in new[] { bytes, withHeader, bytes[..(bytes.Length / 2)], withHeader[..(withHeader.Length / 2)] })
            {
                var result = JhaDataset.Default.Layer(input);
                Assert.True(result.IsSuccess || result.Problems.Count > 0, $"{file}: no dataset and no problem");
            }
        }
    }
}
