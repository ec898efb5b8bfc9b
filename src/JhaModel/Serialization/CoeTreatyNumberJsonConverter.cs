using JhaModel.Agreements;

namespace JhaModel.Serialization;

/// <summary>Reads a <see cref="CoeTreatyNumber"/> from <c>"CETS 185"</c> or its ETS alias, and writes the CETS form.</summary>
internal sealed class CoeTreatyNumberJsonConverter : TextValueJsonConverter<CoeTreatyNumber>
{
    protected override string Expected => "a Council of Europe treaty number (e.g. \"CETS 185\" or \"ETS No. 185\")";

    protected override bool TryParse(string text, out CoeTreatyNumber value) => CoeTreatyNumber.TryParse(text, out value);

    protected override bool IsDefault(CoeTreatyNumber value) => value.IsDefault;
}
