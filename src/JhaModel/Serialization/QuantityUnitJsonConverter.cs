using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="QuantityUnit"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class QuantityUnitJsonConverter : TextValueJsonConverter<QuantityUnit>
{
    protected override string Expected => "a kebab-case unit (e.g. \"tonne\")";

    protected override bool TryParse(string text, out QuantityUnit value) => QuantityUnit.TryParse(text, out value);

    protected override bool IsDefault(QuantityUnit value) => value.IsDefault;
}
