using JhaModel.Collections;

namespace JhaModel.Organisations;

/// <summary>An organisation that can be a party to agreements and a reporting body: an EU agency, the EU, the Council of Europe.</summary>
public sealed record Organisation
{
    private readonly ValueList<string> _formerAcronyms = ValueList<string>.Empty;

    /// <summary>The stable identifier, e.g. <c>europol</c>.</summary>
    public required OrganisationId Id { get; init; }

    /// <summary>The name in common use, e.g. <c>Europol</c> or <c>Council of Europe</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required OrganisationKind Kind { get; init; }

    /// <summary>The organisation it belongs to, e.g. <c>eu</c> for an EU agency; <see langword="null"/> when none.</summary>
    public OrganisationId? Parent { get; init; }

    /// <summary>Acronyms the organisation was known by before, e.g. <c>EMCDDA</c> for EUDA; empty when none.</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<string> FormerAcronyms
    {
        get => _formerAcronyms;
        init => _formerAcronyms = ValueList<string>.From(value);
    }
}
