using JhaModel.Statistics;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="CaseStatisticId"/> as its kebab-case string.</summary>
internal sealed class CaseStatisticIdJsonConverter : TextValueJsonConverter<CaseStatisticId>
{
    protected override string Expected => "a kebab-case statistic identifier (e.g. \"eurojust-wb6-registered-2019\")";

    protected override bool TryParse(string text, out CaseStatisticId value) => CaseStatisticId.TryParse(text, out value);

    protected override bool IsDefault(CaseStatisticId value) => value.IsDefault;
}
