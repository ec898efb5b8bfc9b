using System.Reflection;
using System.Text;
using FluentValidation;
using JhaModel.Countries;
using JhaModel.Tests.Support;
using JhaModel.Validation;

namespace JhaModel.Tests.Validation;

public sealed class ErrorCatalogueTests
{
    private static readonly Assembly Library = typeof(CountryCode).Assembly;

    [Fact]
    public void Every_error_code_constant_is_in_the_catalogue_once_in_order()
    {
        var constants = typeof(JhaErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)), JhaErrorCodes.Catalogue.OrderBy(e => e.Name).Select(e => (e.Name, e.Code)));
        Assert.Equal(JhaErrorCodes.Catalogue.Select(e => e.Code).Distinct(), JhaErrorCodes.Catalogue.Select(e => e.Code));
        Assert.All(JhaErrorCodes.Catalogue, e => Assert.Matches("^JHA-[A-Z]{3}-[0-9]{3}$", e.Code));
    }

    [Fact]
    public void Every_code_a_validator_reports_is_in_the_catalogue_and_every_code_is_reported_by_some_validator()
    {
        var used = ValidatorCodes().ToHashSet();

        Assert.All(used, code => Assert.NotNull(JhaErrorCodes.Describe(code)));
        Assert.DoesNotContain(JhaErrorCodes.Catalogue, e => e.Stage == ErrorStage.Validation && !used.Contains(e.Code));
        Assert.DoesNotContain(JhaErrorCodes.Catalogue, e => e.Stage != ErrorStage.Validation && used.Contains(e.Code));
    }

    [Fact]
    public void The_validation_rules_page_is_generated_from_the_catalogue()
    {
        var page = new StringBuilder()
            .Append("# Validation rules\n\n")
            .Append("Every failure a JhaModel validator reports carries one of these codes as its `ErrorCode`. A code never changes\n")
            .Append("meaning; messages may improve. This page is generated from `JhaErrorCodes.Catalogue` and checked by a test\n")
            .Append("(`ErrorCatalogueTests`); regenerate it with `JHA_UPDATE_GOLDEN=1 dotnet test`.\n");
        foreach (var area in JhaErrorCodes.Catalogue.GroupBy(e => e.Area))
        {
            page.Append("\n## ").Append(area.Key).Append("\n\n| Code | Name | Reported | Rule |\n|---|---|---|---|\n");
            foreach (var entry in area)
            {
                string stage = entry.Stage switch
                {
                    ErrorStage.Reading => "while reading",
                    ErrorStage.DocumentCheck => "by the document checks",
                    _ => "by the validators",
                };
                page.Append("| `").Append(entry.Code).Append("` | `").Append(entry.Name).Append("` | ").Append(stage).Append(" | ").Append(entry.Description).Append(" |\n");
            }
        }

        Golden.AssertMatches("docs/validation-rules.md", page.ToString());
    }

    private static IEnumerable<string> ValidatorCodes() =>
        Library.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && typeof(IValidator).IsAssignableFrom(t))
            .Select(t => (IValidator)Activator.CreateInstance(t, nonPublic: true)!)
            .Concat([new JhaModel.Provenance.SourcedFactValidator<JhaModel.Countries.EuRelationEvent>()])
            .SelectMany(v => v.CreateDescriptor().Rules)
            .SelectMany(r => r.Components)
            .Select(c => c.ErrorCode)
            .Where(c => c is not null)
            .Select(c => c!);
}
