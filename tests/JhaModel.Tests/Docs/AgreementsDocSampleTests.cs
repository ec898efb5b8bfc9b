using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Tests.Docs;

/// <summary>The samples of docs/agreements.md, "Answers with their basis", as written there, with the results the page shows.</summary>
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
}
