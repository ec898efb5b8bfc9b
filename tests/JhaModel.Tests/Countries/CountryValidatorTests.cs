using FsCheck.Xunit;
using FluentValidation.Results;
using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;
using JhaModel.Validation;
using NodaTime;

namespace JhaModel.Tests.Countries;

public sealed class CountryValidatorTests
{
    private static readonly Source ASource = new() { Title = "A source" };

    private static Country Valid => CountryRegistry.Get(CountryCode.NorthMacedonia);

    [Property]
    public bool Every_generated_country_is_valid(Country country) => CountryValidator.Instance.Validate(country).IsValid;

    [Property]
    public bool Every_generated_timeline_is_valid(EuRelationshipTimeline timeline) => EuRelationshipTimelineValidator.Instance.Validate(timeline).IsValid;

    [Fact]
    public void A_missing_code_is_reported()
    {
        AssertOnly(CountryValidator.Instance.Validate(Valid with { Code = default }), JhaErrorCodes.CountryCodeMissing, "Code");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_short_name_is_reported(string name)
    {
        AssertOnly(CountryValidator.Instance.Validate(Valid with { ShortName = name }), JhaErrorCodes.ShortNameMissing, "ShortName");
    }

    [Fact]
    public void A_blank_official_name_is_reported_but_an_absent_one_is_not()
    {
        AssertOnly(CountryValidator.Instance.Validate(Valid with { OfficialName = " " }), JhaErrorCodes.OptionalNameBlank, "OfficialName");
        Assert.True(CountryValidator.Instance.Validate(Valid with { OfficialName = null }).IsValid);
    }

    [Fact]
    public void A_null_former_name_is_reported_with_its_index()
    {
        AssertOnly(CountryValidator.Instance.Validate(Valid with { FormerNames = [Valid.FormerNames[0], null!] }), JhaErrorCodes.NullElement, "FormerNames[1]");
    }

    [Fact]
    public void Former_names_listed_newest_first_are_reported()
    {
        var older = Valid.FormerNames[0] with { Name = "Older", ValidUntil = EventDate.InYear(1990) };
        AssertOnly(CountryValidator.Instance.Validate(Valid with { FormerNames = [Valid.FormerNames[0], older] }), JhaErrorCodes.FormerNamesOutOfOrder, "FormerNames");
    }

    [Fact]
    public void A_former_name_that_ends_before_it_starts_is_reported()
    {
        var name = Valid.FormerNames[0] with { ValidFrom = EventDate.InYear(2020) };
        AssertOnly(CountryValidator.Instance.Validate(Valid with { FormerNames = [name] }), JhaErrorCodes.FormerNamePeriodInvalid, "FormerNames[0].ValidUntil");
    }

    [Fact]
    public void A_former_name_without_an_end_date_is_reported()
    {
        var name = Valid.FormerNames[0] with { ValidUntil = default };
        AssertOnly(CountryValidator.Instance.Validate(Valid with { FormerNames = [name] }), JhaErrorCodes.EventDateMissing, "FormerNames[0].ValidUntil");
    }

    [Fact]
    public void A_former_name_without_a_source_is_reported()
    {
        var name = Valid.FormerNames[0] with { Source = null! };
        AssertOnly(CountryValidator.Instance.Validate(Valid with { FormerNames = [name] }), JhaErrorCodes.SourceMissing, "FormerNames[0].Source");
    }

    [Fact]
    public void Kosovo_without_a_designation_is_reported()
    {
        var kosovo = CountryRegistry.Get(CountryCode.Kosovo);
        AssertOnly(CountryValidator.Instance.Validate(kosovo with { Designation = null }), JhaErrorCodes.DesignationRequired, "Designation");
    }

    [Fact]
    public void Two_footnotes_of_one_issuer_are_reported()
    {
        var kosovo = CountryRegistry.Get(CountryCode.Kosovo);
        var designation = kosovo.Designation! with { Footnotes = [.. kosovo.Designation!.Footnotes, kosovo.Designation.Footnotes[0]] };
        AssertOnly(CountryValidator.Instance.Validate(kosovo with { Designation = designation }), JhaErrorCodes.FootnoteIssuerDuplicate, "Designation.Footnotes");
    }

    [Fact]
    public void A_footnote_without_issuer_or_text_is_reported()
    {
        var footnote = new DesignationFootnote { Issuer = default, Text = "", Source = ASource, Confidence = Confidence.Verified };
        var result = DesignationFootnoteValidator.Instance.Validate(footnote);

        Assert.Equal([JhaErrorCodes.FootnoteIssuerMissing, JhaErrorCodes.FootnoteTextMissing], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void A_source_with_a_blank_title_and_a_relative_url_is_reported_twice()
    {
        var result = SourceValidator.Instance.Validate(new Source { Title = " ", Url = "eur-lex.europa.eu" });

        Assert.Equal([JhaErrorCodes.SourceTitleMissing, JhaErrorCodes.SourceUrlInvalid], result.Errors.Select(e => e.ErrorCode));
        Assert.Contains("'eur-lex.europa.eu'", result.Errors[1].ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative")]
    [InlineData("not a url")]
    public void Only_absolute_http_urls_are_sources(string url)
    {
        Assert.False(SourceValidator.Instance.Validate(new Source { Title = "t", Url = url }).IsValid);
    }

    [Fact]
    public void Events_out_of_order_are_reported_with_the_offending_index()
    {
        var events = Valid with { EuRelationship = new EuRelationshipTimeline { Events = [Event(EuRelationEventKind.CandidateStatus, "2010-01-01"), Event(EuRelationEventKind.Application, "2009-01-01")] } };
        var failure = AssertOnly(CountryValidator.Instance.Validate(events), JhaErrorCodes.EuEventsOutOfOrder, "EuRelationship.Events");

        Assert.Contains("events[1] (application on 2009-01-01)", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_uncertain_dates_are_not_out_of_order()
    {
        var timeline = new EuRelationshipTimeline { Events = [Event(EuRelationEventKind.Application, "2009-06"), Event(EuRelationEventKind.CandidateStatus, "2009-06-01")] };

        Assert.True(EuRelationshipTimelineValidator.Instance.Validate(timeline).IsValid);
    }

    [Fact]
    public void A_repeated_event_is_reported()
    {
        var timeline = new EuRelationshipTimeline { Events = [Event(EuRelationEventKind.Application, "2009-01-01"), Event(EuRelationEventKind.Application, "2009-01-01")] };

        AssertOnly(EuRelationshipTimelineValidator.Instance.Validate(timeline), JhaErrorCodes.EuEventDuplicate, "Events");
    }

    [Fact]
    public void A_withdrawal_without_membership_is_reported()
    {
        var timeline = new EuRelationshipTimeline { Events = [Event(EuRelationEventKind.Withdrawal, "2020-01-31")] };

        AssertOnly(EuRelationshipTimelineValidator.Instance.Validate(timeline), JhaErrorCodes.WithdrawalWithoutMembership, "Events");
    }

    [Fact]
    public void An_event_with_an_undefined_kind_no_date_and_an_undefined_confidence_reports_each()
    {
        var e = Event(EuRelationEventKind.Application, "2009-01-01") with { Kind = (EuRelationEventKind)99, Date = default, Confidence = 0, DecidedBy = "" };
        var result = EuRelationEventValidator.Instance.Validate(e);

        Assert.Equal(
            [JhaErrorCodes.EuEventKindUndefined, JhaErrorCodes.EventDateMissing, JhaErrorCodes.EuEventTextBlank, JhaErrorCodes.ConfidenceUndefined],
            result.Errors.Select(x => x.ErrorCode));
    }

    [Fact]
    public void A_null_event_is_reported_with_its_index()
    {
        var timeline = new EuRelationshipTimeline { Events = [Event(EuRelationEventKind.Application, "2009-01-01"), null!] };

        AssertOnly(EuRelationshipTimelineValidator.Instance.Validate(timeline), JhaErrorCodes.NullElement, "Events[1]");
    }

    [Fact]
    public void Organisations_are_validated()
    {
        Assert.All(OrganisationRegistry.All, o => Assert.True(OrganisationValidator.Instance.Validate(o).IsValid));
        var bad = new Organisation { Id = OrganisationId.Europol, Name = " ", Kind = 0, Parent = OrganisationId.Europol, FormerAcronyms = [""] };

        Assert.Equal(
            [JhaErrorCodes.OrganisationNameMissing, JhaErrorCodes.OrganisationKindUndefined, JhaErrorCodes.FormerAcronymBlank, JhaErrorCodes.OrganisationParentSelf],
            OrganisationValidator.Instance.Validate(bad).Errors.Select(e => e.ErrorCode));
        Assert.Equal([JhaErrorCodes.OrganisationIdMissing], OrganisationValidator.Instance.Validate(OrganisationRegistry.All[0] with { Id = default }).Errors.Select(e => e.ErrorCode));
    }

    private static EuRelationEvent Event(EuRelationEventKind kind, string date) =>
        new() { Kind = kind, Date = EventDate.Parse(date), Source = ASource, Confidence = Confidence.Verified };

    private static ValidationFailure AssertOnly(ValidationResult result, string code, string property)
    {
        var failure = Assert.Single(result.Errors);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal(property, failure.PropertyName);
        Assert.False(string.IsNullOrWhiteSpace(failure.ErrorMessage));
        return failure;
    }
}
