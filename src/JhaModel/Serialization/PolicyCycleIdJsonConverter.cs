using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="PolicyCycleId"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class PolicyCycleIdJsonConverter : TextValueJsonConverter<PolicyCycleId>
{
    protected override string Expected => "a policy cycle (two four-digit years joined by a hyphen, e.g. \"2022-2025\")";

    protected override bool TryParse(string text, out PolicyCycleId value) => PolicyCycleId.TryParse(text, out value);

    protected override bool IsDefault(PolicyCycleId value) => value.IsDefault;
}
