using JhaModel.Organisations;
using JhaModel.Provenance;

namespace JhaModel.Countries;

/// <summary>The footnote an organisation attaches to a designation such as "Kosovo*", in its exact wording.</summary>
public sealed record DesignationFootnote : ISourcedFact
{
    /// <summary>The organisation whose wording this is, e.g. <c>eu</c> or <c>coe</c>.</summary>
    public required OrganisationId Issuer { get; init; }

    /// <summary>The footnote text, including its leading asterisk.</summary>
    public required string Text { get; init; }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }
}
