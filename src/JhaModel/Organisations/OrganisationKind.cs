using System.Text.Json.Serialization;
using JhaModel.Serialization;

namespace JhaModel.Organisations;

/// <summary>What kind of body an <see cref="Organisation"/> is. The numeric values never change.</summary>
[JsonConverter(typeof(StrictEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    /// <summary>The European Union itself.</summary>
    [JsonStringEnumMemberName("union")]
    Union = 1,

    /// <summary>An agency of the European Union (Europol, Eurojust, Frontex, …).</summary>
    [JsonStringEnumMemberName("eu-agency")]
    EuAgency = 2,

    /// <summary>An international organisation outside the EU (the Council of Europe, the United Nations).</summary>
    [JsonStringEnumMemberName("international-organisation")]
    InternationalOrganisation = 3,
}
