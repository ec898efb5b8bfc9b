using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Tests.Docs;

/// <summary>The samples of docs/agreements.md, "Answers with their basis" and the verified-only mode, as written there, with the results the page shows.</summary>
public sealed class AgreementsDocSampleTests
{
    [Fact]
    public void The_answers_with_their_basis_give_what_the_page_shows()
    {
        var cybercrime = AgreementRegistry.Get("coe-cets-185");
        var bound = cybercrime.ExplainPartiesBoundOn(new LocalDate(2024, 7, 1));
        Assert.Equal(AnswerKind.Inferred, bound.Kind);
        Assert.Equal(8, bound.Value.Count);
        Assert.Equal(
            "8 parties are recorded and the party list is partial (75 parties as of 2024-06-20 according to Council of Europe, Cybercrime news: \"30th T-CY Plenary: Treaty ceremony sees Budapest Convention reach 75 Parties\", 20 June 2024)",
            bound.Reason);

        Assert.Equal(AgreementStatus.Unknown, cybercrime.StatusOn(CountryCode.Parse("FR"), new LocalDate(2010, 1, 1)));

        var albania = cybercrime.ExplainStatusOn(CountryCode.Albania, new LocalDate(2010, 1, 1));
        Assert.Equal(AgreementStatus.InForce, albania.Value);
        Assert.Equal(AnswerKind.Inferred, albania.Kind);
        Assert.Equal("no later step of AL is recorded, and the record is not declared complete on 2010-01-01", albania.Reason);
        Assert.StartsWith("entry-into-force of AL on 2004-07-01 (verified; Council of Europe Treaty Office, chart of signatures and ratifications of Treaty 185", albania.Basis[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_verified_only_answer_gives_what_the_page_shows()
    {
        var eurojust = AgreementRegistry.Get("eurojust-me-cooperation");
        var all = eurojust.ExplainStatusOn(CountryCode.Montenegro, new LocalDate(2020, 1, 1));
        var verified = eurojust.ExplainStatusOn(CountryCode.Montenegro, new LocalDate(2020, 1, 1), FactFilter.VerifiedOnly);

        Assert.Equal((AgreementStatus.InForce, AnswerKind.Inferred), (all.Value, all.Kind));
        Assert.Equal("entry-into-force", all.Basis[0].Fact);
        Assert.Equal(AgreementStatus.Signed, verified.Value);
        Assert.Equal(AnswerKind.Inferred, verified.Kind);
        Assert.All(verified.Basis, b => Assert.Equal(Confidence.Verified, b.Confidence));
        Assert.Equal("signature by ME", Assert.Single(verified.Basis).Fact);
        Assert.Equal("the entry-into-force rests on a partial fact", all.Reason);
        Assert.StartsWith("entry-into-force on or before 2018-06-13 (partial; Eurojust news, 13 June 2018: ", all.Basis[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("no later step of ME is recorded, and the record is not declared complete on 2020-01-01", verified.Reason);
        Assert.Equal(
            "signature by ME on 2016-05-03 (verified; Government of Montenegro, \"Agreement on cooperation between Montenegro and Eurojust signed in Brussels\", 3 May 2016)",
            verified.Basis[0].ToString());
    }
}
