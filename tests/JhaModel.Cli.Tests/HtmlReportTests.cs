using System.Text.Json.Nodes;
using JhaModel.Cli.Tests.Support;
using JhaModel.Empact;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Cli.Tests;

/// <summary>
/// <c>jha report --html</c> opened in headless chromium: the rendered page has the tables and the SVG chart, laid
/// out with real sizes; the screenshot is kept in artifacts/screenshots/ and attached to the test result.
/// </summary>
public sealed class HtmlReportTests
{
    private const string DomFacts = """
        (() => {
          const rows = id => document.querySelectorAll(`table#${id} tbody tr`).length;
          const visible = e => e !== null && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
          const chart = document.querySelector('svg#chart');
          const bars = [...document.querySelectorAll('svg#chart rect.bar')];
          return {
            title: document.title,
            westernBalkansRows: rows('western-balkans'),
            empactRows: rows('empact'),
            statisticsRows: rows('statistics'),
            tablesVisible: ['western-balkans', 'empact', 'statistics'].every(id => visible(document.getElementById(id))),
            countries: [...document.querySelectorAll('table#western-balkans tbody tr td:nth-child(2)')].map(td => td.textContent),
            footnote: document.querySelector('.footnote')?.textContent ?? null,
            chartVisible: visible(chart),
            chartIsSvg: chart instanceof SVGSVGElement,
            bars: bars.map(b => ({ value: b.dataset.value, width: b.getBoundingClientRect().width, height: b.getBoundingClientRect().height })),
            comparisons: [...document.querySelectorAll('#comparisons li')].map(li => li.className),
            agreements: [...document.querySelectorAll('table#western-balkans tbody li')].map(li => ({ text: li.textContent, tooltip: li.title })),
            external: [...document.querySelectorAll('script, link, img, iframe')].length,
          };
        })()
        """;

    [Fact]
    public async Task The_html_report_renders_its_tables_and_chart_in_a_real_browser()
    {
        var cancellation = TestContext.Current.CancellationToken;
        string directory = TempDirectory.Create();
        // 2021-06-01: both comparisons' statistics are known (the 2020 figures' periods have ended), the later ones are not.
        var run = JhaTool.Run(["report", "--as-of", "2021-06-01", "--html", "report.html"], directory);
        ToolAssert.Succeeds(run);
        string page = Path.Combine(directory, "report.html");

        await using var browser = await HeadlessChromium.OpenAsync(new Uri(page).AbsoluteUri, cancellation);
        var dom = (await browser.EvaluateAsync(DomFacts, cancellation))!.AsObject();
        byte[] screenshot = await browser.ScreenshotAsync(cancellation);
        SaveScreenshot(screenshot);

        var date = new LocalDate(2021, 6, 1);
        Assert.Equal("JHA cooperation with the Western Balkans as of 2021-06-01", dom["title"]!.GetValue<string>());
        Assert.Equal(6, dom["westernBalkansRows"]!.GetValue<int>());
        Assert.Equal(EmpactRegistry.CycleOn(date)!.Priorities.Count, dom["empactRows"]!.GetValue<int>());
        Assert.Equal(CaseStatisticRegistry.All.Statistics.Count(s => s.Period.End <= date), dom["statisticsRows"]!.GetValue<int>());
        Assert.True(dom["tablesVisible"]!.GetValue<bool>(), "a table is not laid out with a size");
        Assert.Contains("Kosovo*", dom["countries"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.StartsWith("*This designation is without prejudice", dom["footnote"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(dom["chartIsSvg"]!.GetValue<bool>(), "the chart is not an SVG element");
        Assert.True(dom["chartVisible"]!.GetValue<bool>(), "the chart is not laid out with a size");

        var bars = dom["bars"]!.AsArray().Select(b => (Value: b!["value"]!.GetValue<string>(), Width: b["width"]!.GetValue<double>(), Height: b["height"]!.GetValue<double>())).ToList();
        Assert.Equal(["107", "110", "146.7", "146.9"], bars.Select(b => b.Value));
        Assert.All(bars, b => Assert.True(b.Width > 0 && b.Height > 0, $"the bar {b.Value} is not drawn"));
        Assert.True(bars[0].Width < bars[1].Width && bars[1].Width < bars[2].Width && bars[2].Width < bars[3].Width, "the bars are not drawn in proportion to their values");
        Assert.Equal(["allowed", "refused"], dom["comparisons"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(0, dom["external"]!.GetValue<int>());
        var agreements = dom["agreements"]!.AsArray().Select(a => (Text: a!["text"]!.GetValue<string>(), Tooltip: a["tooltip"]!.GetValue<string>())).ToList();
        Assert.Contains(agreements, a => a.Text == "EU readmission agreement (in force)"
            && a.Tooltip == "eu-al-readmission: Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation");
        Assert.All(agreements, a => Assert.Matches(@"^[a-z0-9-]+: \S", a.Tooltip));

        Assert.True(screenshot.Length > 1000 && screenshot.AsSpan(0, 8).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "the screenshot is not a PNG");
    }

    private static void SaveScreenshot(byte[] png)
    {
        string directory = Path.Combine(JhaTool.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "html-report.png"), png);
        TestContext.Current.AddAttachment("html-report.png", png, "image/png");
    }
}
