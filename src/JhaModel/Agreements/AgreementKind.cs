using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Agreements;

/// <summary>
/// The kind of an agreement: an open vocabulary with well-known values (<see cref="Readmission"/>,
/// <see cref="Convention"/>, …); any other kebab-case value is kept as it is, so kinds unknown to this version
/// round-trip.
/// </summary>
/// <remarks>The default value is invalid: <see cref="IsDefault"/> is <see langword="true"/> and validators reject it. Kinds order ordinally by their text.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<AgreementKind>))]
[TextValue("an agreement kind", Expected = "an agreement kind: lower-case words joined by hyphens (e.g. \"readmission\")", Example = "readmission")]
public readonly partial struct AgreementKind
{
    /// <summary>A readmission agreement (<c>readmission</c>).</summary>
    [WellKnown("readmission")]
    public static partial AgreementKind Readmission { get; }

    /// <summary>A visa facilitation agreement (<c>visa-facilitation</c>).</summary>
    [WellKnown("visa-facilitation")]
    public static partial AgreementKind VisaFacilitation { get; }

    /// <summary>A stabilisation and association agreement (<c>stabilisation-and-association</c>).</summary>
    [WellKnown("stabilisation-and-association")]
    public static partial AgreementKind StabilisationAndAssociation { get; }

    /// <summary>A multilateral convention (<c>convention</c>), e.g. the Budapest Convention.</summary>
    [WellKnown("convention")]
    public static partial AgreementKind Convention { get; }

    /// <summary>An additional protocol to a convention (<c>additional-protocol</c>); it names its parent convention.</summary>
    [WellKnown("additional-protocol")]
    public static partial AgreementKind AdditionalProtocol { get; }

    /// <summary>An agreement on operational and strategic cooperation (<c>operational-and-strategic-cooperation</c>), e.g. with Europol.</summary>
    [WellKnown("operational-and-strategic-cooperation")]
    public static partial AgreementKind OperationalAndStrategicCooperation { get; }

    /// <summary>A strategic cooperation agreement (<c>strategic-cooperation</c>).</summary>
    [WellKnown("strategic-cooperation")]
    public static partial AgreementKind StrategicCooperation { get; }

    /// <summary>A working arrangement (<c>working-arrangement</c>), e.g. Europol–Kosovo*.</summary>
    [WellKnown("working-arrangement")]
    public static partial AgreementKind WorkingArrangement { get; }

    /// <summary>A cooperation agreement (<c>cooperation-agreement</c>), e.g. with Eurojust.</summary>
    [WellKnown("cooperation-agreement")]
    public static partial AgreementKind CooperationAgreement { get; }

    /// <summary>A status agreement on operational activities (<c>status-agreement</c>), e.g. with Frontex.</summary>
    [WellKnown("status-agreement")]
    public static partial AgreementKind StatusAgreement { get; }

    /// <summary>A joint action plan (<c>joint-action-plan</c>).</summary>
    [WellKnown("joint-action-plan")]
    public static partial AgreementKind JointActionPlan { get; }

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not an agreement kind; expected lower-case words joined by hyphens (e.g. 'readmission').";

    private static bool IsValid(ReadOnlySpan<char> s) => Kebab.IsValid(s);
}
