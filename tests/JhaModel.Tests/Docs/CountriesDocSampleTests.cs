using JhaModel.Countries;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Tests.Docs;

/// <summary>The samples of docs/countries.md, "Names in other languages", "EU relationship and Schengen participation" and "Groupings", as written there, with the results the page shows.</summary>
public sealed class CountriesDocSampleTests
{
    [Fact]
    public void The_Schengen_sample_gives_what_the_page_shows()
    {
        var germany = CountryRegistry.Get(CountryCode.Parse("DE"));
        Assert.Equal(SchengenStatus.Full, germany.SchengenStatusOn(new LocalDate(2020, 1, 1)));
        Assert.Equal(SchengenStatus.LandAndSeaBorders, CountryRegistry.Get(CountryCode.Parse("HR")).SchengenStatusOn(new LocalDate(2023, 2, 1)));
    }

    [Fact]
    public void The_grouping_samples_give_what_the_page_shows()
    {
        var turkiye = CountryGroupings.CandidateCountries.ExplainMembershipOn(CountryCode.Parse("TR"), new LocalDate(2020, 1, 1));
        Assert.Equal(GroupingMembership.Member, turkiye.Value);
        Assert.StartsWith("candidate-status (European Council) on 1999-12-10/1999-12-11 (verified; Economic Development Foundation (IKV): ", turkiye.Basis[0].ToString(), StringComparison.Ordinal);

        var montenegro = CountryGroupings.WesternBalkansSix.ExplainMembershipOn(CountryCode.Montenegro, new LocalDate(2005, 12, 31));
        Assert.Equal(GroupingMembership.NotMember, montenegro.Value);
        Assert.Equal(AnswerKind.Known, montenegro.Kind);
        Assert.Equal("declaration of independence", montenegro.Basis[0].Fact);
        Assert.Equal("2006-06-03", montenegro.Basis[0].Date.ToString());
    }

    [Fact]
    public void The_names_in_other_languages_sample_gives_what_the_page_shows()
    {
        var albania = CountryRegistry.Get(CountryCode.Albania);
        Assert.Equal("Shqipëri", albania.NameOn(new LocalDate(2020, 1, 1), LanguageTag.Parse("sq")).Text);
        var mk = CountryRegistry.Get(CountryCode.NorthMacedonia).NameOn(new LocalDate(2018, 1, 1), LanguageTag.Parse("sq"));
        Assert.Equal("the former Yugoslav Republic of Macedonia", mk.Text);
        Assert.False(mk.IsTranslated);
        Assert.Equal("no source gives 'the former Yugoslav Republic of Macedonia' (MK) in sq", mk.Missing);
    }
}
