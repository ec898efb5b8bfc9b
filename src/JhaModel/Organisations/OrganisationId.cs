using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Organisations;

/// <summary>
/// The stable identifier of an organisation: lower-case kebab-case, e.g. <c>europol</c> or <c>coe</c>.
/// </summary>
/// <remarks>
/// An identifier is 2 to 64 characters of lower-case ASCII letters and digits in words joined by single
/// hyphens, starting with a letter. Any such identifier parses, so that organisations unknown to this
/// version round-trip; <see cref="OrganisationRegistry"/> knows the embedded ones. The default value is invalid:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="ToString"/> returns the empty string and
/// validators reject it. Identifiers order ordinally by their text.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<OrganisationId>))]
[TextValue("an organisation identifier", Expected = "a kebab-case organisation identifier (e.g. \"europol\")", Example = "europol")]
public readonly partial struct OrganisationId
{
    /// <summary>Europol, the European Union Agency for Law Enforcement Cooperation: <c>europol</c>.</summary>
    [WellKnown("europol")]
    public static partial OrganisationId Europol { get; }

    /// <summary>Eurojust, the European Union Agency for Criminal Justice Cooperation: <c>eurojust</c>.</summary>
    [WellKnown("eurojust")]
    public static partial OrganisationId Eurojust { get; }

    /// <summary>Frontex, the European Border and Coast Guard Agency: <c>frontex</c>.</summary>
    [WellKnown("frontex")]
    public static partial OrganisationId Frontex { get; }

    /// <summary>CEPOL, the European Union Agency for Law Enforcement Training: <c>cepol</c>.</summary>
    [WellKnown("cepol")]
    public static partial OrganisationId Cepol { get; }

    /// <summary>EUDA, the European Union Drugs Agency (formerly EMCDDA): <c>euda</c>.</summary>
    [WellKnown("euda")]
    public static partial OrganisationId Euda { get; }

    /// <summary>The European Union: <c>eu</c>.</summary>
    [WellKnown("eu")]
    public static partial OrganisationId EuropeanUnion { get; }

    /// <summary>The Council of Europe: <c>coe</c>.</summary>
    [WellKnown("coe")]
    public static partial OrganisationId CouncilOfEurope { get; }

    /// <summary>The United Nations: <c>un</c>.</summary>
    [WellKnown("un")]
    public static partial OrganisationId UnitedNations { get; }

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not an organisation identifier; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'europol').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
