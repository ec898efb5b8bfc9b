namespace JhaModel.Agreements;

/// <summary>The published identifiers of an agreement's text; each is checked for syntax by the validator.</summary>
public sealed record AgreementIdentifiers
{
    /// <summary>The Council of Europe treaty number, e.g. <c>CETS 185</c> (alias <c>ETS No. 185</c>).</summary>
    public CoeTreatyNumber? Cets { get; init; }

    /// <summary>The CELEX number, e.g. <c>22007A1219(01)</c>.</summary>
    public string? Celex { get; init; }

    /// <summary>The European Legislation Identifier, e.g. <c>http://data.europa.eu/eli/agree_internation/2007/819/oj</c>.</summary>
    public string? Eli { get; init; }

    /// <summary>The Official Journal reference of the text, e.g. <c>OJ L 334, 19.12.2007, p. 46</c>.</summary>
    public string? OfficialJournal { get; init; }
}
