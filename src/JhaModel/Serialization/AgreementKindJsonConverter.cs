using JhaModel.Agreements;

namespace JhaModel.Serialization;

/// <summary>Reads and writes an <see cref="AgreementKind"/> as its kebab-case string; unknown kinds round-trip.</summary>
internal sealed class AgreementKindJsonConverter : TextValueJsonConverter<AgreementKind>
{
    protected override string Expected => "an agreement kind: lower-case words joined by hyphens (e.g. \"readmission\")";

    protected override bool TryParse(string text, out AgreementKind value) => AgreementKind.TryParse(text, out value);

    protected override bool IsDefault(AgreementKind value) => value.IsDefault;
}
