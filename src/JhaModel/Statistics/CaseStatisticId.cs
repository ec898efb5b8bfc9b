using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Statistics;

/// <summary>
/// The stable identifier of a <see cref="CaseStatistic"/> within its set: lower-case kebab-case, e.g.
/// <c>eurojust-wb6-registered-2019</c>. A statistic that revises another names it by this identifier.
/// </summary>
/// <remarks>
/// An identifier is 2 to 64 characters of lower-case ASCII letters and digits in words joined by single
/// hyphens, starting with a letter. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Identifiers order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<CaseStatisticId>))]
[TextValue("a statistic identifier", Expected = "a kebab-case statistic identifier (e.g. \"eurojust-wb6-registered-2019\")", Example = "eurojust-wb6-registered-2019")]
public readonly partial struct CaseStatisticId
{
    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a statistic identifier; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'eurojust-wb6-registered-2019').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
