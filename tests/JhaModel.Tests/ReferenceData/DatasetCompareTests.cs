using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.ReferenceData;
using static JhaModel.Tests.Support.Dates;

namespace JhaModel.Tests.ReferenceData;

/// <summary><see cref="JhaDataset.Compare"/>: added, removed and changed entries, and in a changed entry each fact.</summary>
public sealed class DatasetCompareTests
{
    [Fact]
    public void A_dataset_equals_itself_and_a_copy()
    {
        var copy = JhaDataset.Load(JhaDataset.Default.Write()).Value!;

        Assert.Empty(JhaDataset.Compare(JhaDataset.Default, JhaDataset.Default));
        Assert.Empty(JhaDataset.Compare(JhaDataset.Default, copy));
    }

    [Fact]
    public void An_added_event_is_the_only_change()
    {
        var layered = JhaDataset.Default.Layer(DatasetLayerTests.RatificationLayer()).Value!;

        var change = Assert.Single(JhaDataset.Compare(JhaDataset.Default, layered));

        Assert.Equal((DatasetChangeKind.Changed, "agreements", "coe-cets-224"), (change.Kind, change.Collection, change.Id));
        Assert.Equal(
            [
                "added partyEvents AL consent-to-be-bound: on 2026-06-01; consentForm ratification; unverified; source: Test layer: a hypothetical ratification, not a fact",
                "added partyEvents AL entry-into-force: on 2026-09-01; unverified; source: Test layer: a hypothetical ratification, not a fact",
            ],
            change.Facts.Select(f => f.ToString()));
    }

    [Fact]
    public void A_changed_date_and_confidence_are_named_with_their_old_and_new_values()
    {
        var mk = JhaDataset.Default.Countries.Get(CountryCode.NorthMacedonia);
        var events = mk.EuRelationship.Events
            .Select(e => e.Kind == EuRelationEventKind.Application ? e with { Date = EventDate.On(D("2004-03-23")), Confidence = Confidence.Unverified } : e)
            .ToList();
        var layer = DatasetLayerTests.RatificationLayer() with { Agreements = [], Countries = [mk with { EuRelationship = new EuRelationshipTimeline { Events = events } }] };
        var layered = JhaDataset.Default.Layer(layer).Value!;

        var change = Assert.Single(JhaDataset.Compare(JhaDataset.Default, layered));

        Assert.Equal(("countries", "MK"), (change.Collection, change.Id));
        Assert.Equal(
            ["changed euRelationship.events application date: 2004-03-22 → 2004-03-23", "changed euRelationship.events application confidence: partial → unverified"],
            change.Facts.Select(f => f.ToString()));
    }

    [Fact]
    public void Added_and_removed_entries_are_named()
    {
        var layered = JhaDataset.Default.Layer(DatasetLayerTests.RatificationLayer()).Value!;

        var changes = JhaDataset.Compare(layered, JhaDataset.Empty);

        Assert.All(changes, c => Assert.Equal(DatasetChangeKind.Removed, c.Kind));
        Assert.Contains(changes, c => c.Collection == "agreements" && c.Id == "coe-cets-224");
        Assert.Equal(JhaDataset.Default.Agreements.All.Count, changes.Count(c => c.Collection == "agreements"));
        Assert.All(JhaDataset.Compare(JhaDataset.Empty, layered), c => Assert.Equal(DatasetChangeKind.Added, c.Kind));
    }
}
