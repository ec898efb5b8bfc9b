using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Cli.Report;

/// <summary>What <c>jha report</c> shows, built once and rendered as terminal tables, JSON or HTML.</summary>
internal sealed record JhaReport
{
    /// <summary>Where the data come from: the embedded reference dataset or a file.</summary>
    public required string Source { get; init; }

    /// <summary>The date the report speaks as of.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The language of the country names and footnotes (<c>--language</c>); <see langword="null"/> for the English of the data.</summary>
    public LanguageTag? Language { get; init; }

    /// <summary>The Western Balkans six on the date, in code order.</summary>
    public required IReadOnlyList<CountryLine> Countries { get; init; }

    /// <summary>The EU footnote of the countries displayed with a designation (Kosovo*).</summary>
    public required IReadOnlyList<FootnoteLine> Footnotes { get; init; }

    /// <summary>The EMPACT policy cycle in force on the date, if the data hold one.</summary>
    public required CycleLine? Cycle { get; init; }

    /// <summary>The case statistics known on the date (their period has ended by then), in identifier order.</summary>
    public required IReadOnlyList<StatisticLine> Statistics { get; init; }

    /// <summary>The case statistics of the data whose period ends after the date: not yet known on it, so not shown.</summary>
    public required IReadOnlyList<CaseStatistic> NotYetKnown { get; init; }

    /// <summary>The guarded comparisons: the allowed one and the refused one, when their statistics are known on the date.</summary>
    public required IReadOnlyList<ComparisonLine> Comparisons { get; init; }
}

/// <summary>One Western Balkan country on the report's date.</summary>
internal sealed record CountryLine
{
    public required CountryCode Code { get; init; }

    /// <summary>The name on the date, with the designation's asterisk when there is one (Kosovo*); in <see cref="JhaReport.Language"/> when it is known.</summary>
    public required string Name { get; init; }

    /// <summary>The name asked in <see cref="JhaReport.Language"/>: the language it is in, or why it is in English; <see langword="null"/> when no language was asked.</summary>
    public LocalizedText? Localized { get; init; }

    public required EuStatus EuStatus { get; init; }

    /// <summary>The agreements binding the country and the EU or one of its agencies on the date.</summary>
    public required IReadOnlyList<AgreementLine> AgreementsWithEu { get; init; }

    /// <summary>The country's status under the Budapest Convention (CETS 185); <see langword="null"/> when the data lack it.</summary>
    public required AgreementStatus? Cets185 { get; init; }

    /// <summary>The country's status under the Second Additional Protocol (CETS 224); <see langword="null"/> when the data lack it.</summary>
    public required AgreementStatus? Cets224 { get; init; }

    /// <summary>Each status of the line with what it rests on, in the order of the table: EU status, agreements, CETS 185, CETS 224.</summary>
    public IReadOnlyList<ExplainedStatus> Explained { get; init; } = [];
}

/// <summary>One status of a country line with its basis: the answer's kind, reason and deciding facts.</summary>
internal sealed record ExplainedStatus
{
    /// <summary>What the status is of, e.g. <c>EU status</c> or <c>CETS 185</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The status in words, e.g. <c>in force</c> or <c>unknown</c>.</summary>
    public required string Value { get; init; }

    public required AnswerKind Kind { get; init; }

    /// <summary>Why the answer is inferred or unknown; <see langword="null"/> when it is known.</summary>
    public string? Reason { get; init; }

    /// <summary>The deciding facts, deciding fact first.</summary>
    public required IReadOnlyList<Evidence> Basis { get; init; }

    public static ExplainedStatus Of<T>(string subject, Answer<T> answer)
        where T : struct, Enum =>
        new() { Subject = subject, Value = Wire.Words(answer.Value), Kind = answer.Kind, Reason = answer.Reason, Basis = answer.Basis };
}

internal sealed record AgreementLine
{
    public required AgreementId Id { get; init; }

    public required string Title { get; init; }

    /// <summary>What a reader calls it: the EU body and the kind (<c>EU readmission agreement</c>, <c>Europol operational agreement</c>).</summary>
    public required string ShortTitle { get; init; }

    public required AgreementKind Kind { get; init; }

    public required AgreementStatus Status { get; init; }
}

internal sealed record FootnoteLine
{
    public required string Name { get; init; }

    public required string Text { get; init; }

    /// <summary>The footnote asked in <see cref="JhaReport.Language"/>; <see langword="null"/> when no language was asked.</summary>
    public LocalizedText? Localized { get; init; }
}

internal sealed record CycleLine
{
    public required string Id { get; init; }

    public required DateInterval Period { get; init; }

    public required IReadOnlyList<PriorityLine> Priorities { get; init; }
}

internal sealed record PriorityLine
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required bool IsHorizontal { get; init; }
}

internal sealed record StatisticLine
{
    public required CaseStatistic Statistic { get; init; }
}

/// <summary>A comparison the report asks for, with its outcome: the typed comparison, or the differences that refused it.</summary>
internal sealed record ComparisonLine
{
    public required CaseStatistic Baseline { get; init; }

    public required CaseStatistic Subject { get; init; }

    public required StatisticComparison? Comparison { get; init; }

    public required IReadOnlyList<StatisticDifference> Refused { get; init; }
}
