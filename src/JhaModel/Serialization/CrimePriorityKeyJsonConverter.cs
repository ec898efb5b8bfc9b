using JhaModel.Empact;

namespace JhaModel.Serialization;

/// <summary>Reads and writes a <see cref="CrimePriorityKey"/> as its text form; only that form is accepted on the wire.</summary>
internal sealed class CrimePriorityKeyJsonConverter : TextValueJsonConverter<CrimePriorityKey>
{
    protected override string Expected => "a crime priority key (a cycle, a slash and a kebab-case slug, e.g. \"2022-2025/migrant-smuggling\")";

    protected override bool TryParse(string text, out CrimePriorityKey value) => CrimePriorityKey.TryParse(text, out value);

    protected override bool IsDefault(CrimePriorityKey value) => value.IsDefault;
}
