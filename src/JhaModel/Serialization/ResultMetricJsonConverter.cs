using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="ResultMetric"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class ResultMetricJsonConverter : TextValueJsonConverter<ResultMetric>
{
    protected override string Expected => "a kebab-case result metric (e.g. \"arrests\")";

    protected override bool TryParse(string text, out ResultMetric value) => ResultMetric.TryParse(text, out value);

    protected override bool IsDefault(ResultMetric value) => value.IsDefault;
}
