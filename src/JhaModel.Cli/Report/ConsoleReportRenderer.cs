using JhaModel.Agreements;
using Spectre.Console;

namespace JhaModel.Cli.Report;

/// <summary>Renders the report in the terminal: tables, a bar chart and the comparison in words.</summary>
internal static class ConsoleReportRenderer
{
    public static void Render(JhaReport report, IAnsiConsole console)
    {
        console.Write(new Rule($"[bold]JHA cooperation with the Western Balkans[/] as of {Wire.Date(report.AsOf)}").LeftJustified());
        console.MarkupLine($"Data: {Markup.Escape(report.Source)}");
        console.WriteLine();

        var countries = new Table().Title("[bold]Western Balkans six[/]").Border(TableBorder.Rounded)
            .AddColumn("Code").AddColumn("Country").AddColumn("EU status").AddColumn("Agreements in force with the EU and its agencies")
            .AddColumn("CETS 185").AddColumn("CETS 224");
        foreach (var country in report.Countries)
        {
            string agreements = country.AgreementsWithEu.Count == 0
                ? "[grey]none[/]"
                : string.Join("\n", country.AgreementsWithEu.Select(a => Markup.Escape($"{a.Id} ({Wire.Words(a.Status)})")));
            countries.AddRow(
                Markup.Escape(country.Code.ToString()),
                Markup.Escape(country.Name),
                Markup.Escape(Wire.Words(country.EuStatus)),
                agreements,
                Status(country.Cets185),
                Status(country.Cets224));
        }

        console.Write(countries);
        foreach (var footnote in report.Footnotes)
        {
            console.MarkupLine($"[grey]{Markup.Escape(footnote.Text.StartsWith('*') ? footnote.Text : "* " + footnote.Text)}[/]");
        }

        console.WriteLine();
        if (report.Cycle is { } cycle)
        {
            var priorities = new Table().Title($"[bold]EMPACT priorities of the {Markup.Escape(cycle.Id)} cycle[/] ({Wire.Period(cycle.Period)})").Border(TableBorder.Rounded)
                .AddColumn("Priority").AddColumn("Name").AddColumn("Horizontal");
            foreach (var priority in cycle.Priorities)
            {
                priorities.AddRow(Markup.Escape(priority.Key), Markup.Escape(priority.Name), priority.IsHorizontal ? "yes" : "");
            }

            console.Write(priorities);
        }
        else
        {
            console.MarkupLine($"[bold]EMPACT[/]: the data hold no policy cycle in force on {Wire.Date(report.AsOf)}.");
        }

        console.WriteLine();
        if (report.Statistics.Count > 0)
        {
            var statistics = new Table().Title("[bold]Case statistics[/]").Border(TableBorder.Rounded)
                .AddColumn("Statistic").AddColumn("Metric").AddColumn("Body").AddColumn("Scope").AddColumn("Period").AddColumn(new TableColumn("Value").RightAligned());
            foreach (var line in report.Statistics)
            {
                var s = line.Statistic;
                statistics.AddRow(
                    Markup.Escape(s.Id.ToString()), Markup.Escape(s.Metric.ToString()), Markup.Escape(s.ReportingBody.ToString()),
                    Markup.Escape(s.Scope.ToString()), Wire.Period(s.Period), Wire.Number(s.Value));
            }

            console.Write(statistics);
        }
        else
        {
            console.MarkupLine("[bold]Case statistics[/]: the data hold none.");
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

    private static string Status(AgreementStatus? status) => status is { } value ? Markup.Escape(Wire.Words(value)) : "[grey]not in the data[/]";
}
