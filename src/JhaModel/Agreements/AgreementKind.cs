using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(AgreementKindJsonConverter))]
public readonly struct AgreementKind : IEquatable<AgreementKind>, IComparable<AgreementKind>
{
    private readonly string? _value;

    private AgreementKind(string value) => _value = value;

    /// <summary>A readmission agreement (<c>readmission</c>).</summary>
    public static AgreementKind Readmission { get; } = new("readmission");

    /// <summary>A visa facilitation agreement (<c>visa-facilitation</c>).</summary>
    public static AgreementKind VisaFacilitation { get; } = new("visa-facilitation");

    /// <summary>A stabilisation and association agreement (<c>stabilisation-and-association</c>).</summary>
    public static AgreementKind StabilisationAndAssociation { get; } = new("stabilisation-and-association");

    /// <summary>A multilateral convention (<c>convention</c>), e.g. the Budapest Convention.</summary>
    public static AgreementKind Convention { get; } = new("convention");

    /// <summary>An additional protocol to a convention (<c>additional-protocol</c>); it names its parent convention.</summary>
    public static AgreementKind AdditionalProtocol { get; } = new("additional-protocol");

    /// <summary>An agreement on operational and strategic cooperation (<c>operational-and-strategic-cooperation</c>), e.g. with Europol.</summary>
    public static AgreementKind OperationalAndStrategicCooperation { get; } = new("operational-and-strategic-cooperation");

    /// <summary>A strategic cooperation agreement (<c>strategic-cooperation</c>).</summary>
    public static AgreementKind StrategicCooperation { get; } = new("strategic-cooperation");

    /// <summary>A working arrangement (<c>working-arrangement</c>), e.g. Europol–Kosovo*.</summary>
    public static AgreementKind WorkingArrangement { get; } = new("working-arrangement");

    /// <summary>A cooperation agreement (<c>cooperation-agreement</c>), e.g. with Eurojust.</summary>
    public static AgreementKind CooperationAgreement { get; } = new("cooperation-agreement");

    /// <summary>A status agreement on operational activities (<c>status-agreement</c>), e.g. with Frontex.</summary>
    public static AgreementKind StatusAgreement { get; } = new("status-agreement");

    /// <summary>A joint action plan (<c>joint-action-plan</c>).</summary>
    public static AgreementKind JointActionPlan { get; } = new("joint-action-plan");

    /// <summary>The well-known kinds.</summary>
    public static IReadOnlyList<AgreementKind> WellKnown { get; } =
    [
        Readmission, VisaFacilitation, StabilisationAndAssociation, Convention, AdditionalProtocol,
        OperationalAndStrategicCooperation, StrategicCooperation, WorkingArrangement, CooperationAgreement,
        StatusAgreement, JointActionPlan,
    ];

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Whether this is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>A kind from its kebab-case text, well-known or not.</summary>
    /// <param name="value">The text, e.g. <c>readmission</c>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not kebab-case.</exception>
    public static AgreementKind Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var kind)
            ? kind
            : throw new FormatException($"'{value}' is not an agreement kind; expected lower-case words joined by hyphens, e.g. 'readmission'.");
    }

    /// <summary>Tries to read a kind from its kebab-case text. Never throws.</summary>
    /// <param name="value">The text; <see langword="null"/> fails.</param>
    /// <param name="kind">The kind, or the default value on failure.</param>
    /// <returns>Whether the text was a kebab-case kind.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out AgreementKind kind)
    {
        kind = value is not null && Kebab.IsValid(value) ? WellKnown.FirstOrDefault(k => k._value == value, new AgreementKind(value)) : default;
        return !kind.IsDefault;
    }

    /// <summary>The kebab-case text; the empty string for the default value.</summary>
    /// <returns>For example <c>readmission</c>.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(AgreementKind other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AgreementKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ordinally by text; the default value first.</summary>
    /// <param name="other">The kind to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(AgreementKind other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether two kinds are equal.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AgreementKind left, AgreementKind right) => left.Equals(right);

    /// <summary>Whether two kinds differ.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(AgreementKind left, AgreementKind right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(AgreementKind left, AgreementKind right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(AgreementKind left, AgreementKind right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(AgreementKind left, AgreementKind right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(AgreementKind left, AgreementKind right) => left.CompareTo(right) >= 0;
}
