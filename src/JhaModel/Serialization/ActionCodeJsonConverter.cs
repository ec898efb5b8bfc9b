using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="ActionCode"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class ActionCodeJsonConverter : TextValueJsonConverter<ActionCode>
{
    protected override string Expected => "an action code (e.g. \"OA 3.2\")";

    protected override bool TryParse(string text, out ActionCode value) => ActionCode.TryParse(text, out value);

    protected override bool IsDefault(ActionCode value) => value.IsDefault;
}
