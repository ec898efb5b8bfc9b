using JhaModel.Statistics;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="StatisticMetric"/> as its kebab-case name.</summary>
internal sealed class StatisticMetricJsonConverter : TextValueJsonConverter<StatisticMetric>
{
    protected override string Expected => "a kebab-case metric name (e.g. \"registered-cases-involving\")";

    protected override bool TryParse(string text, out StatisticMetric value) => StatisticMetric.TryParse(text, out value);

    protected override bool IsDefault(StatisticMetric value) => value.IsDefault;
}
