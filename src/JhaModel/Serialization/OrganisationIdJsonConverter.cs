using JhaModel.Organisations;

namespace JhaModel.Serialization;

/// <summary>Reads and writes an <see cref="OrganisationId"/> as its kebab-case string.</summary>
internal sealed class OrganisationIdJsonConverter : TextValueJsonConverter<OrganisationId>
{
    protected override string Expected => "a kebab-case organisation identifier (e.g. \"europol\")";

    protected override bool TryParse(string text, out OrganisationId value) => OrganisationId.TryParse(text, out value);

    protected override bool IsDefault(OrganisationId value) => value.IsDefault;
}
