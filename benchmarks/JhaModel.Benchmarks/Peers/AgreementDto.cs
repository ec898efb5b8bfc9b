using NodaTime;

namespace JhaModel.Benchmarks.Peers;

/// <summary>
/// The agreement as the usual stack models it: a mutable DTO with NodaTime dates, for System.Text.Json (reflection or
/// source generation) and Json.NET. It carries the same members as JhaModel's <c>Agreement</c> as written on the wire.
/// </summary>
public sealed class AgreementDto
{
    /// <summary>Identifier.</summary>
    public string Id { get; set; } = "";

    /// <summary>Kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Form.</summary>
    public string Form { get; set; } = "";

    /// <summary>Parties.</summary>
    public List<string> Parties { get; set; } = [];

    /// <summary>Framework.</summary>
    public string? Framework { get; set; }

    /// <summary>Parent.</summary>
    public string? Parent { get; set; }

    /// <summary>Predecessor.</summary>
    public string? Predecessor { get; set; }

    /// <summary>Identifiers.</summary>
    public IdentifiersDto? Identifiers { get; set; }

    /// <summary>Entry-into-force rule.</summary>
    public RuleDto? EntryIntoForceRule { get; set; }

    /// <summary>Agreement events.</summary>
    public List<EventDto> Events { get; set; } = [];

    /// <summary>Party events.</summary>
    public List<PartyEventDto> PartyEvents { get; set; } = [];

    /// <summary>Statements.</summary>
    public List<StatementDto> Statements { get; set; } = [];

    /// <summary>Ineligible parties.</summary>
    public List<IneligibleDto> IneligibleParties { get; set; } = [];
}

/// <summary>Identifiers.</summary>
public sealed class IdentifiersDto
{
    /// <summary>CETS.</summary>
    public string? Cets { get; set; }

    /// <summary>CELEX.</summary>
    public string? Celex { get; set; }

    /// <summary>ELI.</summary>
    public string? Eli { get; set; }

    /// <summary>OJ.</summary>
    public string? OfficialJournal { get; set; }
}

/// <summary>Rule.</summary>
public sealed class RuleDto
{
    /// <summary>Months.</summary>
    public int MonthsAfterConsent { get; set; }
}

/// <summary>Source.</summary>
public sealed class SourceDto
{
    /// <summary>Title.</summary>
    public string Title { get; set; } = "";

    /// <summary>URL.</summary>
    public string? Url { get; set; }

    /// <summary>As of.</summary>
    public LocalDate? AsOf { get; set; }
}

/// <summary>Agreement event.</summary>
public sealed class EventDto
{
    /// <summary>Kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Date.</summary>
    public LocalDate Date { get; set; }

    /// <summary>Decision.</summary>
    public string? DecisionReference { get; set; }

    /// <summary>OJ.</summary>
    public string? OfficialJournal { get; set; }

    /// <summary>CELEX.</summary>
    public string? Celex { get; set; }

    /// <summary>Place.</summary>
    public string? Place { get; set; }

    /// <summary>Note.</summary>
    public string? Note { get; set; }

    /// <summary>Source.</summary>
    public SourceDto Source { get; set; } = new();

    /// <summary>Confidence.</summary>
    public string Confidence { get; set; } = "";
}

/// <summary>Party event.</summary>
public sealed class PartyEventDto
{
    /// <summary>Party.</summary>
    public string Party { get; set; } = "";

    /// <summary>Kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Date.</summary>
    public LocalDate Date { get; set; }

    /// <summary>Consent form.</summary>
    public string? ConsentForm { get; set; }

    /// <summary>Acting as.</summary>
    public string? ActingAs { get; set; }

    /// <summary>Note.</summary>
    public string? Note { get; set; }

    /// <summary>Source.</summary>
    public SourceDto Source { get; set; } = new();

    /// <summary>Confidence.</summary>
    public string Confidence { get; set; } = "";
}

/// <summary>Statement.</summary>
public sealed class StatementDto
{
    /// <summary>Party.</summary>
    public string Party { get; set; } = "";

    /// <summary>Kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Summary.</summary>
    public string Summary { get; set; } = "";

    /// <summary>From.</summary>
    public LocalDate? ValidFrom { get; set; }

    /// <summary>Until.</summary>
    public LocalDate? ValidUntil { get; set; }

    /// <summary>Source.</summary>
    public SourceDto Source { get; set; } = new();

    /// <summary>Confidence.</summary>
    public string Confidence { get; set; } = "";
}

/// <summary>Ineligible party.</summary>
public sealed class IneligibleDto
{
    /// <summary>Party.</summary>
    public string Party { get; set; } = "";

    /// <summary>Reason.</summary>
    public string Reason { get; set; } = "";

    /// <summary>Source.</summary>
    public SourceDto Source { get; set; } = new();

    /// <summary>Confidence.</summary>
    public string Confidence { get; set; } = "";
}
