using JhaModel.Provenance;

namespace JhaModel.Serialization;

/// <summary>Reads and writes an <see cref="EventDate"/> as its ISO 8601 text form.</summary>
internal sealed class EventDateJsonConverter : TextValueJsonConverter<EventDate>
{
    protected override string Expected => "an event date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-MM-DD/YYYY-MM-DD or ../YYYY-MM-DD)";

    protected override bool TryParse(string text, out EventDate value) => EventDate.TryParse(text, out value);

    protected override bool IsDefault(EventDate value) => value.IsDefault;
}
