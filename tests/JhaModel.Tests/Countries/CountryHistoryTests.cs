using JhaModel.Countries;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.Countries;

/// <summary>Names, EU status and Schengen participation over time, pinned to the reference facts.</summary>
public sealed class CountryHistoryTests
{
    private static Country Of(string code) => CountryRegistry.Get(CountryCode.Parse(code));

    [Fact]
    public void North_Macedonia_was_the_former_Yugoslav_Republic_of_Macedonia_in_2018_and_North_Macedonia_in_2020()
    {
        var mk = Of("MK");

        Assert.Equal("the former Yugoslav Republic of Macedonia", mk.NameOn(D("2018-06-01")));
        Assert.Equal("North Macedonia", mk.NameOn(D("2020-01-01")));
    }

    [Fact]
    public void The_name_change_counts_from_the_last_day_the_sources_allow()
    {
        var mk = Of("MK");

        Assert.Equal("the former Yugoslav Republic of Macedonia", mk.NameOn(D("2019-02-11")));
        Assert.Equal("North Macedonia", mk.NameOn(D("2019-02-12")));
    }

    [Theory]
    [InlineData("ME", "2010-12-16", EuStatus.PotentialCandidate)]
    [InlineData("ME", "2010-12-17", EuStatus.Candidate)]
    [InlineData("HR", "2013-06-30", EuStatus.ThirdCountry)]
    [InlineData("HR", "2013-07-01", EuStatus.Member)]
    [InlineData("AL", "2014-06-23", EuStatus.PotentialCandidate)]
    [InlineData("AL", "2014-06-24", EuStatus.Candidate)]
    [InlineData("MK", "2005-12-14", EuStatus.PotentialCandidate)]
    [InlineData("MK", "2005-12-15", EuStatus.Unknown)] // the European Council of 15–16 December 2005 ran into the night of the 16th to the 17th
    [InlineData("MK", "2005-12-16", EuStatus.Unknown)]
    [InlineData("MK", "2005-12-17", EuStatus.Candidate)]
    [InlineData("RS", "2012-02-29", EuStatus.PotentialCandidate)]
    [InlineData("RS", "2012-03-01", EuStatus.Candidate)]
    [InlineData("BA", "2022-12-14", EuStatus.PotentialCandidate)]
    [InlineData("BA", "2022-12-15", EuStatus.Candidate)]
    [InlineData("XK", "2023-01-01", EuStatus.PotentialCandidate)]
    [InlineData("AL", "2000-05-31", EuStatus.ThirdCountry)]
    [InlineData("AL", "2000-06-30", EuStatus.PotentialCandidate)]
    [InlineData("GB", "2019-12-31", EuStatus.Member)]
    [InlineData("GB", "2020-02-01", EuStatus.ThirdCountry)]
    [InlineData("FR", "1958-01-01", EuStatus.Member)]
    [InlineData("US", "2020-01-01", EuStatus.Unknown)] // no EU-relationship event is recorded for the United States
    [InlineData("NO", "2020-01-01", EuStatus.ThirdCountry)]
    public void EuStatusOn_follows_the_reference_facts(string code, string date, EuStatus expected)
    {
        Assert.Equal(expected, Of(code).EuStatusOn(D(date)));
    }

    [Fact]
    public void Albania_records_both_the_Council_and_the_European_Council_decision_on_candidate_status()
    {
        var decisions = Of("AL").EuRelationship.Events.Where(e => e.Kind == EuRelationEventKind.CandidateStatus).ToList();

        Assert.Equal(["Council", "European Council"], decisions.Select(d => d.DecidedBy));
        Assert.Equal(["2014-06-24", "2014-06-27"], decisions.Select(d => d.Date.ToString()));
    }

    [Theory]
    [InlineData("BG", "2024-03-30", SchengenStatus.NotParticipating)]
    [InlineData("BG", "2024-03-31", SchengenStatus.AirAndSeaBorders)]
    [InlineData("RO", "2024-12-31", SchengenStatus.AirAndSeaBorders)]
    [InlineData("RO", "2025-01-01", SchengenStatus.Full)]
    [InlineData("HR", "2022-12-31", SchengenStatus.NotParticipating)]
    [InlineData("HR", "2023-01-01", SchengenStatus.LandAndSeaBorders)]
    [InlineData("HR", "2023-03-25", SchengenStatus.LandAndSeaBorders)]
    [InlineData("HR", "2023-03-26", SchengenStatus.Full)]
    [InlineData("AT", "1997-11-30", SchengenStatus.NotParticipating)]
    [InlineData("AT", "1997-12-01", SchengenStatus.AirAndSeaBorders)]
    [InlineData("AT", "1998-04-01", SchengenStatus.Full)]
    [InlineData("AT", "2025-01-01", SchengenStatus.Full)]
    [InlineData("DE", "1995-03-25", SchengenStatus.NotParticipating)]
    [InlineData("DE", "1995-03-26", SchengenStatus.Full)]
    [InlineData("DE", "2020-01-01", SchengenStatus.Full)]
    [InlineData("IT", "1997-10-26", SchengenStatus.AirAndSeaBorders)]
    [InlineData("IT", "1998-04-01", SchengenStatus.Full)]
    [InlineData("GR", "1999-12-31", SchengenStatus.NotParticipating)]
    [InlineData("GR", "2000-02-01", SchengenStatus.Unknown)]
    [InlineData("GR", "2000-03-26", SchengenStatus.Full)]
    [InlineData("SE", "2001-03-25", SchengenStatus.Full)]
    [InlineData("PL", "2007-12-20", SchengenStatus.NotParticipating)]
    [InlineData("PL", "2007-12-21", SchengenStatus.LandAndSeaBorders)]
    [InlineData("PL", "2008-03-30", SchengenStatus.Full)]
    [InlineData("CH", "2008-12-12", SchengenStatus.LandAndSeaBorders)]
    [InlineData("CH", "2009-03-29", SchengenStatus.Full)]
    [InlineData("CH", "2025-06-01", SchengenStatus.Full)]
    [InlineData("LI", "2011-12-18", SchengenStatus.NotParticipating)]
    [InlineData("LI", "2011-12-19", SchengenStatus.Full)]
    [InlineData("IE", "2025-06-01", SchengenStatus.NotParticipating)]
    [InlineData("CY", "2025-06-01", SchengenStatus.NotParticipating)]
    [InlineData("RS", "2025-06-01", SchengenStatus.NotParticipating)]
    public void SchengenStatusOn_follows_the_reference_facts(string code, string date, SchengenStatus expected)
    {
        Assert.Equal(expected, Of(code).SchengenStatusOn(D(date)));
    }
}
