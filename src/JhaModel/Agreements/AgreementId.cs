using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>
/// The stable identifier of an agreement: lower-case kebab-case, e.g. <c>coe-cets-185</c> or <c>eu-al-readmission</c>.
/// </summary>
/// <remarks>
/// An identifier is 2 to 64 characters of lower-case ASCII letters and digits in words joined by single
/// hyphens, starting with a letter. Any such identifier parses, so that agreements unknown to this
/// version round-trip; <see cref="AgreementRegistry"/> knows the embedded ones. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Identifiers order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<AgreementId>))]
[TextValue("an agreement identifier", Expected = "a kebab-case agreement identifier (e.g. \"coe-cets-185\")", Example = "coe-cets-185")]
public readonly partial struct AgreementId
{
    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not an agreement identifier; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'coe-cets-185').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
