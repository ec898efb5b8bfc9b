using JhaModel.Agreements;

namespace JhaModel.Serialization;

/// <summary>Reads and writes an <see cref="AgreementId"/> as its kebab-case string.</summary>
internal sealed class AgreementIdJsonConverter : TextValueJsonConverter<AgreementId>
{
    protected override string Expected => "a kebab-case agreement identifier (e.g. \"coe-cets-185\")";

    protected override bool TryParse(string text, out AgreementId value) => AgreementId.TryParse(text, out value);

    protected override bool IsDefault(AgreementId value) => value.IsDefault;
}
