using System.Net;
using System.Net.Sockets;

namespace JhaModel.Docs.Tests.Support;

/// <summary>
/// Serves a folder over HTTP on the loopback interface, as a web server serves the published site: the docfx pages load
/// their navigation and TOC with fetch(), which a browser refuses for <c>file://</c> pages.
/// </summary>
internal sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".png"] = "image/png",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.AbsoluteUri);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The address of the site's root folder, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The address of a page, given by its path relative to the site's root (forward slashes).</summary>
    public Uri PageAddress(string relativePath) => new(BaseAddress, relativePath);

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // closed
            }

            await RespondAsync(context);
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        string path = Path.GetFullPath(Path.Combine(_root, relative));
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
        byte[] body = await File.ReadAllBytesAsync(path);
        response.ContentLength64 = body.Length;
        try
        {
            await response.OutputStream.WriteAsync(body);
        }
        catch (HttpListenerException)
        {
            // The browser went away.
        }
    }
}
