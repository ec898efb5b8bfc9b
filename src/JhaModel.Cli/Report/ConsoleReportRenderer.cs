using JhaModel.Agreements;
using Spectre.Console;

namespace JhaModel.Cli.Report;

/// <summary>Renders the report in the terminal: tables, a bar chart and the comparison in words.</summary>
internal static class ConsoleReportRenderer
{
    public static void Render(JhaReport report, IAnsiConsole console, bool explain = false)
    {
        console.Write(new Rule($"[bold]JHA cooperation with the Western Balkans[/] as of {Wire.Date(report.AsOf)}").LeftJustified());
        console.MarkupLine($"Data: {Markup.Escape(report.Source)}");
        console.WriteLine();

        int width = console.Profile.Width;
        var countries = report.Countries;
        var (countryTable, countriesLeftOut) = TableLayout.Build(
            "[bold]Western Balkans six[/]",
            [
                new("Code", [.. countries.Select(c => c.Code.ToString())], GivesWay: 4),
                new("Country", [.. countries.Select(ReportLanguage.Cell)]),
                new("EU status", [.. countries.Select(c => Wire.Words(c.EuStatus))], GivesWay: 1),
                new("Agreements with the EU and its agencies", [.. countries.Select(c => c.AgreementsWithEu.Count == 0
                    ? None
                    : string.Join("\n", c.AgreementsWithEu.Select(a => $"{a.ShortTitle} ({Wire.Words(a.Status)})")))]),
                new("CETS 185", [.. countries.Select(c => Status(c.Cets185))], GivesWay: 2),
                new("CETS 224", [.. countries.Select(c => Status(c.Cets224))], GivesWay: 3),
            ],
            width,
            Grey);
        console.Write(countryTable);
        LeftOut(console, countriesLeftOut);
        foreach (var footnote in report.Footnotes)
        {
            console.MarkupLine($"[grey]{Markup.Escape(ReportLanguage.Footnote(footnote))}[/]");
        }

        foreach (var note in ReportLanguage.Notes(report))
        {
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }

        if (explain)
        {
            Explain(report, console);
        }

        console.WriteLine();
        if (report.Cycle is { } cycle)
        {
            var (priorityTable, prioritiesLeftOut) = TableLayout.Build(
                $"[bold]EMPACT priorities of the {Markup.Escape(cycle.Id)} cycle[/] ({Wire.Period(cycle.Period)})",
                [
                    new("Priority", [.. cycle.Priorities.Select(p => p.Key.StartsWith(cycle.Id + "/", StringComparison.Ordinal) ? p.Key[(cycle.Id.Length + 1)..] : p.Key)], GivesWay: 2),
                    new("Name", [.. cycle.Priorities.Select(p => p.Name)]),
                    new("Horizontal", [.. cycle.Priorities.Select(p => p.IsHorizontal ? "yes" : string.Empty)], GivesWay: 1),
                ],
                width);
            console.Write(priorityTable);
            LeftOut(console, prioritiesLeftOut);
        }
        else
        {
            console.MarkupLine($"[bold]EMPACT[/]: the data hold no policy cycle in force on {Wire.Date(report.AsOf)}.");
        }

        console.WriteLine();
        if (report.Statistics.Count > 0)
        {
            var statistics = report.Statistics.Select(l => l.Statistic).ToList();
            var (statisticTable, statisticsLeftOut) = TableLayout.Build(
                "[bold]Case statistics[/]",
                [
                    new("Statistic", [.. statistics.Select(s => s.Id.ToString())], GivesWay: 4),
                    new("Metric", [.. statistics.Select(s => s.Metric.ToString().Replace('-', ' '))], GivesWay: 1),
                    new("Body", [.. statistics.Select(s => s.ReportingBody.ToString())], GivesWay: 3),
                    new("Scope", [.. statistics.Select(s => s.Scope.ToString())], GivesWay: 2),
                    new("Period", [.. statistics.Select(s => ReportChart.Label(s).Replace("/", " – ", StringComparison.Ordinal))]),
                    new("Value", [.. statistics.Select(s => Wire.Number(s.Value))], RightAligned: true),
                ],
                width);
            console.Write(statisticTable);
            LeftOut(console, statisticsLeftOut);
        }
        else
        {
            console.MarkupLine(report.NotYetKnown.Count > 0 ? "[bold]Case statistics[/]: none known on the date." : "[bold]Case statistics[/]: the data hold none.");
        }

        if (report.NotYetKnown.Count > 0)
        {
            int count = report.NotYetKnown.Count;
            console.MarkupLine($"[grey]{count} statistic{(count == 1 ? "" : "s")} whose period ends after {Wire.Date(report.AsOf)} {(count == 1 ? "is" : "are")} not shown: not yet known on that date.[/]");
        }

        var bars = ReportChart.Bars(report);
        if (bars.Count > 0)
        {
            console.WriteLine();
            var chart = new BarChart().Width(Math.Min(100, console.Profile.Width)).Label($"[bold]{Markup.Escape(ReportChart.Title(report)!)}[/]").LeftAlignLabel();
            foreach (var bar in bars)
            {
                chart.AddItem(Markup.Escape(bar.Label), (double)bar.Value, bar.IsAnnualised ? Color.Grey : Color.SteelBlue);
            }

            console.Write(chart);
        }

        foreach (var line in report.Comparisons)
        {
            console.WriteLine();
            if (line.Comparison is { } comparison)
            {
                console.MarkupLine($"[bold]Compared[/] {Markup.Escape(line.Subject.Id.ToString())} with {Markup.Escape(line.Baseline.Id.ToString())}:");
                console.MarkupLine(Markup.Escape(comparison.Describe()));
            }
            else
            {
                console.MarkupLine($"[bold]Refused[/] to compare {Markup.Escape(line.Subject.Id.ToString())} with {Markup.Escape(line.Baseline.Id.ToString())}: "
                    + Markup.Escape(string.Join("; ", line.Refused.Select(d => d.ToString()))) + ".");
            }
        }
    }

    /// <summary>
    /// Each status of the country table with its basis: known, inferred (with why) or unknown (with why), and under it
    /// every deciding fact with its date, confidence, source and URL.
    /// </summary>
    private static void Explain(JhaReport report, IAnsiConsole console)
    {
        console.WriteLine();
        console.MarkupLine("[bold]What each status rests on[/]");
        foreach (var line in report.Countries)
        {
            foreach (var status in line.Explained)
            {
                string kind = status.Kind switch
                {
                    Provenance.AnswerKind.Known => "known",
                    Provenance.AnswerKind.Inferred => "inferred: " + status.Reason,
                    _ => "unknown: " + status.Reason,
                };
                console.MarkupLine($"{Markup.Escape(line.Code.ToString())} {Markup.Escape(status.Subject)}: [bold]{Markup.Escape(status.Value)}[/] ({Markup.Escape(kind)})");
                foreach (var fact in status.Basis)
                {
                    string url = fact.Source.Url is { } u ? " <" + u + ">" : string.Empty;
                    console.MarkupLine($"    [grey]{Markup.Escape(fact.ToString() + url)}[/]");
                }

                if (status.Basis.Count == 0)
                {
                    console.MarkupLine("    [grey]no recorded fact bears on it[/]");
                }
            }
        }
    }

    private const string None = "none";

    private const string NotInTheData = "not in the data";

    private static string Status(AgreementStatus? status) => status is { } value ? Wire.Words(value) : NotInTheData;

    /// <summary>Greys the cells that say there is nothing to say.</summary>
    private static string Grey(string text) =>
        text is None or NotInTheData || text.Replace('\n', ' ') == NotInTheData ? $"[grey]{Markup.Escape(text)}[/]" : Markup.Escape(text);

    /// <summary>Names the columns a narrow terminal has left out, under their table.</summary>
    private static void LeftOut(IAnsiConsole console, IReadOnlyList<string> columns)
    {
        if (columns.Count > 0)
        {
            console.MarkupLine($"[grey]Not shown at this width: {Markup.Escape(string.Join(", ", columns))} (a wider terminal, or --format json, shows them).[/]");
        }
    }
}
