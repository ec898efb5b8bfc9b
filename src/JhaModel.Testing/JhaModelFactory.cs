using JhaModel.Countries;
using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Testing;

/// <summary>
/// Builders for hand-written test data, one static method per model type in the style of the Azure SDK model
/// factories: every parameter is optional, and a parameter left out (or passed as <see langword="null"/>) takes a
/// valid, realistic default drawn from the embedded reference data, so that one named argument changes one member.
/// Every value built with the defaults alone passes its validator.
/// </summary>
/// <remarks>
/// A method whose first parameter identifies an embedded entry (a country code, an organisation, agreement, policy
/// cycle, crime priority or statistic identifier) starts from that entry, so <c>Country(code: CountryCode.Serbia)</c>
/// is Serbia as the reference data has it. To remove an optional member the default sets, use a <c>with</c>
/// expression: <c>JhaModelFactory.Source() with { Url = null }</c>.
/// </remarks>
/// <example>
/// <code>
/// var renamed = JhaModelFactory.Country(code: CountryCode.Serbia, shortName: "");
/// var errors = CountryValidator.Instance.Validate(renamed).Errors; // JHA-CTY-…: the short name is missing
/// </code>
/// </example>
public static partial class JhaModelFactory
{
    /// <summary>A source, by default the one the reference data cites for the EU–Albania readmission agreement.</summary>
    /// <param name="title">The title.</param>
    /// <param name="url">The URL.</param>
    /// <param name="asOf">The day the source was consulted or published.</param>
    /// <returns>The source.</returns>
    public static Source Source(string? title = null, string? url = null, NodaTime.LocalDate? asOf = null)
    {
        var d = Defaults.Agreement.Events[0].Source;
        return new Source { Title = title ?? d.Title, Url = url ?? d.Url, AsOf = asOf ?? d.AsOf };
    }

    /// <summary>An organisation: the embedded entry of <paramref name="id"/> (by default Eurojust), with the given members replaced.</summary>
    /// <param name="id">The identifier; an embedded one selects its entry as the base.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="parent">The parent organisation.</param>
    /// <param name="formerAcronyms">The former acronyms.</param>
    /// <returns>The organisation.</returns>
    public static Organisation Organisation(
        OrganisationId? id = null, string? name = null, OrganisationKind? kind = null, OrganisationId? parent = null, IReadOnlyList<string>? formerAcronyms = null)
    {
        var d = OrganisationRegistry.TryGet(id ?? OrganisationId.Eurojust, out var entry) ? entry : OrganisationRegistry.Get(OrganisationId.Eurojust);
        return new Organisation
        {
            Id = id ?? d.Id,
            Name = name ?? d.Name,
            Kind = kind ?? d.Kind,
            Parent = parent ?? d.Parent,
            FormerAcronyms = formerAcronyms ?? d.FormerAcronyms,
        };
    }
}
