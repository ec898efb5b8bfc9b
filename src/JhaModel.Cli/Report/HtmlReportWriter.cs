using System.Globalization;
using System.Net;
using System.Text;

namespace JhaModel.Cli.Report;

/// <summary>
/// Writes the report as one self-contained HTML page (<c>jha report --html FILE</c>): inline style, no script,
/// no external resource; the same tables as the terminal and the chart as inline SVG.
/// </summary>
internal static class HtmlReportWriter
{
    private const int ChartWidth = 860;
    private const int LabelWidth = 380;
    private const int BarHeight = 28;
    private const int BarGap = 10;

    public static string Render(JhaReport report)
    {
        var html = new StringBuilder();
        string title = $"JHA cooperation with the Western Balkans as of {Wire.Date(report.AsOf)}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:70rem}\n")
            .Append("table{border-collapse:collapse;margin:0.5rem 0 1.5rem}\n")
            .Append("th,td{border:1px solid #c8c8c8;padding:0.3rem 0.6rem;text-align:left;vertical-align:top}\n")
            .Append("th{background:#eef2f7}\ntd.number{text-align:right}\ntd ul{margin:0;padding-left:1.1rem}\n.note{color:#555;font-size:0.9rem}\n")
            .Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        html.Append("<p class=\"note\">Data: ").Append(E(report.Source)).Append("</p>\n");

        html.Append("<h2>Western Balkans six</h2>\n<table id=\"western-balkans\">\n<thead><tr><th>Code</th><th>Country</th><th>EU status</th>")
            .Append("<th>Agreements with the EU and its agencies</th><th>CETS 185</th><th>CETS 224</th></tr></thead>\n<tbody>\n");
        foreach (var country in report.Countries)
        {
            html.Append("<tr><td>").Append(E(country.Code.ToString())).Append("</td>").Append(NameCell(country)).Append("<td>")
                .Append(E(Wire.Words(country.EuStatus))).Append("</td><td>");
            html.Append(country.AgreementsWithEu.Count == 0
                ? "none"
                : "<ul>" + string.Concat(country.AgreementsWithEu.Select(a => $"<li title=\"{E(a.Id.ToString())}: {E(a.Title)}\">{E(a.ShortTitle)} ({E(Wire.Words(a.Status))})</li>")) + "</ul>");
            html.Append("</td><td>").Append(E(country.Cets185 is { } s185 ? Wire.Words(s185) : "not in the data"))
                .Append("</td><td>").Append(E(country.Cets224 is { } s224 ? Wire.Words(s224) : "not in the data")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        foreach (var footnote in report.Footnotes)
        {
            html.Append("<p class=\"note footnote\"").Append(Lang(footnote.Localized)).Append('>').Append(E(ReportLanguage.Footnote(footnote))).Append("</p>\n");
        }

        foreach (var note in ReportLanguage.Notes(report))
        {
            html.Append("<p class=\"note language\">").Append(E(note)).Append("</p>\n");
        }

        if (report.Cycle is { } cycle)
        {
            html.Append("<h2>EMPACT priorities of the ").Append(E(cycle.Id)).Append(" cycle (").Append(E(Wire.Period(cycle.Period))).Append(")</h2>\n")
                .Append("<table id=\"empact\">\n<thead><tr><th>Priority</th><th>Name</th><th>Horizontal</th></tr></thead>\n<tbody>\n");
            foreach (var priority in cycle.Priorities)
            {
                html.Append("<tr><td>").Append(E(priority.Key)).Append("</td><td>").Append(E(priority.Name)).Append("</td><td>")
                    .Append(priority.IsHorizontal ? "yes" : string.Empty).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }
        else
        {
            html.Append("<h2>EMPACT</h2>\n<p>The data hold no policy cycle in force on ").Append(E(Wire.Date(report.AsOf))).Append(".</p>\n");
        }

        html.Append("<h2>Case statistics</h2>\n");
        if (report.Statistics.Count > 0)
        {
            html.Append("<table id=\"statistics\">\n<thead><tr><th>Statistic</th><th>Metric</th><th>Body</th><th>Scope</th><th>Period</th><th>Value</th></tr></thead>\n<tbody>\n");
            foreach (var line in report.Statistics)
            {
                var s = line.Statistic;
                html.Append("<tr><td>").Append(E(s.Id.ToString())).Append("</td><td title=\"").Append(E(s.MetricWording ?? string.Empty)).Append("\">")
                    .Append(E(s.Metric.ToString())).Append("</td><td>").Append(E(s.ReportingBody.ToString())).Append("</td><td>")
                    .Append(E(s.Scope.ToString())).Append("</td><td>").Append(E(Wire.Period(s.Period))).Append("</td><td class=\"number\">")
                    .Append(Wire.Number(s.Value)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }
        else
        {
            html.Append(report.NotYetKnown.Count > 0 ? "<p>None known on the date.</p>\n" : "<p>The data hold none.</p>\n");
        }

        if (report.NotYetKnown.Count > 0)
        {
            html.Append("<p class=\"note\" id=\"not-yet-known\">Not yet known on ").Append(E(Wire.Date(report.AsOf)))
                .Append(" (the period ends after it), so not shown: ")
                .Append(E(string.Join(", ", report.NotYetKnown.Select(s => $"{s.Id} ({Wire.Period(s.Period)})")))).Append(".</p>\n");
        }

        AppendChart(html, report);

        if (report.Comparisons.Count > 0)
        {
            html.Append("<h2>Comparisons</h2>\n<ul id=\"comparisons\">\n");
            foreach (var line in report.Comparisons)
            {
                html.Append(line.Comparison is { } comparison
                    ? $"<li class=\"allowed\">Compared {E(line.Subject.Id.ToString())} with {E(line.Baseline.Id.ToString())}: {E(comparison.Describe())}</li>\n"
                    : $"<li class=\"refused\">Refused to compare {E(line.Subject.Id.ToString())} with {E(line.Baseline.Id.ToString())}: {E(string.Join("; ", line.Refused.Select(d => d.ToString())))}.</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendChart(StringBuilder html, JhaReport report)
    {
        var bars = ReportChart.Bars(report);
        if (bars.Count == 0)
        {
            return;
        }

        decimal max = bars.Max(b => b.Value);
        int height = bars.Count * (BarHeight + BarGap) + BarGap;
        string title = ReportChart.Title(report)!;
        html.Append("<h2>").Append(E(title)).Append("</h2>\n")
            .Append(Invariant($"<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\">\n"))
            .Append("<title>").Append(E(title)).Append("</title>\n");
        for (int i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            int y = BarGap + i * (BarHeight + BarGap);
            decimal width = max == 0 ? 0 : Math.Round((ChartWidth - LabelWidth - 70) * bar.Value / max, 1);
            string value = bar.IsAnnualised ? Wire.Rate(bar.Value) : Wire.Number((long)bar.Value);
            html.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight / 2 + 5}\" text-anchor=\"end\" font-size=\"13\">{E(bar.Label)}</text>"))
                .Append(Invariant($"<rect class=\"bar\" data-value=\"{value}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{(bar.IsAnnualised ? "#9aa5b1" : "#2f6fb0")}\"><title>{E(bar.Label)}: {value}</title></rect>"))
                .Append(Invariant($"<text x=\"{LabelWidth + width + 6}\" y=\"{y + BarHeight / 2 + 5}\" font-size=\"13\">{value}</text>\n"));
        }

        html.Append("</svg>\n<p class=\"note\">Grey bars are rates a year, computed from a part of a year; they are estimates, not counts.</p>\n");
    }

    /// <summary>The country's name cell, marked with the language it is in (a name shown in English is marked <c>lang="en"</c> and carries the reason as its title).</summary>
    private static string NameCell(CountryLine country) => country.Localized is { IsTranslated: false } missing
        ? $"<td lang=\"en\" class=\"fallback\" title=\"{E(missing.Missing ?? string.Empty)}\">{E(ReportLanguage.Cell(country))}</td>"
        : $"<td{Lang(country.Localized)}>{E(country.Name)}</td>";

    /// <summary>A <c>lang</c> attribute for a translated text; empty when no language was asked.</summary>
    private static string Lang(Countries.LocalizedText? text) => text switch
    {
        { Language: { } language } => $" lang=\"{E(language.ToString())}\"",
        { IsTranslated: false } => " lang=\"en\"",
        _ => string.Empty,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
