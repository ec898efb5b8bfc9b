using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JhaModel.Docs.Tests.Support;

namespace JhaModel.Docs.Tests;

/// <summary>
/// The site that <c>bash .ci/docs</c> builds, served over HTTP and opened in headless chromium: what a reader's browser
/// shows once the pages' scripts have drawn the navigation. The screenshot of the <c>CountryCode</c> page is kept in
/// artifacts/screenshots/ and attached to the test result.
/// </summary>
public sealed class SiteTests : IDisposable
{
    private readonly StaticSiteServer _server = new(DocsSite.Root);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_home_page_has_the_site_title_and_the_navigation_to_the_guides_and_the_API_reference()
    {
        var page = await RenderAsync("index.html");

        Assert.Equal("JhaModel documentation | JhaModel", page.Title?.Trim());
        Assert.Equal("JhaModel", Text(page.QuerySelector("a.navbar-brand")));
        Assert.Equal("JhaModel documentation", Text(page.QuerySelector("article h1")));
        Assert.Equal(["Guides", "API reference"], page.QuerySelectorAll("#navbar a.nav-link").Select(Text));
        var active = Assert.Single(page.QuerySelectorAll("#navbar a.nav-link.active"));
        Assert.Equal("Guides", Text(active));
        Assert.Contains("Countries and organisations", page.QuerySelectorAll("nav#toc a.nav-link").Select(Text));
    }

    [Fact]
    public async Task Every_guide_is_in_the_side_navigation_of_the_guides()
    {
        var page = await RenderAsync("index.html");
        var linked = page.QuerySelectorAll("nav#toc a[href]")
            .Select(a => new Uri(_server.BaseAddress, a.GetAttribute("href")!).AbsolutePath.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);

        string docs = Path.Combine(DocsSite.RepositoryRoot, "docs");
        var guides = Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(docs, f).Replace('\\', '/'))
            .Where(f => f != "index.md") // the overview, linked as "Overview" and from the navigation bar
            .Select(f => Path.ChangeExtension(f, ".html"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(guides);
        var missing = guides.Where(g => !linked.Contains(g)).ToList();
        Assert.True(missing.Count == 0, $"guides not in docs/guides/toc.yml: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_CountryCode_page_renders_the_summaries_of_its_XML_docs()
    {
        const string Page = "api/JhaModel.Countries.CountryCode.html";
        var page = await RenderAsync(Page);

        Assert.Equal("Struct CountryCode | JhaModel", page.Title?.Trim());
        Assert.Equal("Struct CountryCode", Text(page.QuerySelector("article h1")));
        var active = Assert.Single(page.QuerySelectorAll("#navbar a.nav-link.active"));
        Assert.Equal("API reference", Text(active));
        Assert.Contains("CountryCode", page.QuerySelectorAll("nav#toc li.active > a").Select(Text));

        Assert.Equal(XmlDocs.Summary("JhaModel", "T:JhaModel.Countries.CountryCode"), Text(page.QuerySelector("article div.summary")));
        Assert.Equal(XmlDocs.Summary("JhaModel", "P:JhaModel.Countries.CountryCode.Alpha2"), MemberSummary(page, "JhaModel.Countries.CountryCode.Alpha2"));
        Assert.Equal(XmlDocs.Summary("JhaModel", "M:JhaModel.Countries.CountryCode.Parse(System.String)"), MemberSummary(page, "JhaModel.Countries.CountryCode.Parse(System.String)"));

        byte[] screenshot = await HeadlessChromium.ScreenshotAsync(_server.PageAddress(Page), TestContext.Current.CancellationToken);
        SaveScreenshot("docs-country-code.png", screenshot);
        Assert.True(screenshot.Length > 10_000 && screenshot.AsSpan(0, 8).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "the screenshot is not a PNG of a drawn page");
    }

    /// <summary>The page after chromium has run its scripts, parsed.</summary>
    private async Task<IDocument> RenderAsync(string relativePath)
    {
        DocsSite.Page(relativePath);
        string dom = await HeadlessChromium.DumpDomAsync(_server.PageAddress(relativePath), TestContext.Current.CancellationToken);
        return new HtmlParser().ParseDocument(dom);
    }

    /// <summary>The summary shown under the heading of member <paramref name="uid"/>.</summary>
    private static string MemberSummary(IDocument page, string uid)
    {
        var heading = page.QuerySelectorAll("article [data-uid]").FirstOrDefault(e => e.GetAttribute("data-uid") == uid && e.LocalName is "h3" or "h4");
        Assert.True(heading is not null, $"the page has no heading for {uid}");
        for (var element = heading.NextElementSibling; element is not null && element.LocalName is not ("h2" or "h3" or "h4"); element = element.NextElementSibling)
        {
            if (element.ClassList.Contains("summary"))
            {
                return Text(element);
            }
        }

        Assert.Fail($"the page shows no summary under the heading of {uid}");
        return "";
    }

    private static string Text(IElement? element)
    {
        Assert.NotNull(element);
        return XmlDocs.NormalizeSpace(element.TextContent);
    }

    private static void SaveScreenshot(string name, byte[] png)
    {
        string directory = Path.Combine(DocsSite.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name), png);
        TestContext.Current.AddAttachment(name, png, "image/png");
    }
}
