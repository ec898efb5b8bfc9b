using JhaModel.Agreements;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="CoeTreatyNumber"/> as <c>"CETS 185"</c>, its one written form: the ETS alias and other casings, which <see cref="CoeTreatyNumber.Parse"/> accepts from people, are refused on the wire with the form meant.</summary>
internal sealed class CoeTreatyNumberJsonConverter : TextValueJsonConverter<CoeTreatyNumber>
{
    protected override string Expected => "a Council of Europe treaty number (e.g. \"CETS 185\")";

    protected override bool HasOneSpelling => false;

    protected override bool TryParse(string text, out CoeTreatyNumber value) => CoeTreatyNumber.TryParse(text, out value);

    protected override bool IsDefault(CoeTreatyNumber value) => value.IsDefault;
}
