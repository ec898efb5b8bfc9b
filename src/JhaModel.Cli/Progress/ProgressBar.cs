using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace JhaModel.Cli.Progress;

/// <summary>
/// A one-line progress display on standard error, drawn whenever standard error is a terminal whatever standard input
/// and output are: the input's name, then a bar and a percentage when its size is known, the bytes read, the rate and
/// the time elapsed. It is redrawn ten times a second on a timer thread, first after <see cref="FirstDrawDelay"/> (a
/// quick input gets no flicker). The cursor is hidden while it is shown and restored when it ends, on any exit and on
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT (see <see cref="TerminalState"/>).
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    /// <summary>How long an input is read before the display first appears.</summary>
    public static readonly TimeSpan FirstDrawDelay = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly Lock Drawing = new();
    private static ProgressBar? _current;

    private readonly string _name;
    private readonly long? _total;
    private readonly Func<long> _bytesRead;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly Timer _timer;
    private bool _drawn;
    private bool _ended;

    private ProgressBar(string name, long? total, Func<long> bytesRead)
    {
        _name = name;
        _total = total;
        _bytesRead = bytesRead;
        _timer = new Timer(_ => Draw(), null, FirstDrawDelay, Interval);
    }

    /// <summary>Whether a progress display may be drawn: standard error is a terminal (and <c>TERM</c> is not <c>dumb</c>).</summary>
    public static bool CanShow =>
        !Console.IsErrorRedirected && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Starts a display for one input.</summary>
    /// <param name="name">The input's name, as the output names it.</param>
    /// <param name="total">Its size in bytes when known (a percentage and a bar are then shown).</param>
    /// <param name="bytesRead">How many bytes have been read so far; called from the timer thread.</param>
    /// <returns>The display; dispose it to clear it.</returns>
    public static ProgressBar Start(string name, long? total, Func<long> bytesRead)
    {
        TerminalState.Watch();
        var bar = new ProgressBar(name, total, bytesRead);
        lock (Drawing)
        {
            _current = bar;
        }

        return bar;
    }

    /// <summary>Clears the display before a line is written to a terminal (it is drawn again at the next tick).</summary>
    public static void ClearForOutput()
    {
        lock (Drawing)
        {
            if (_current is { _drawn: true } bar)
            {
                TerminalState.Write("\r\u001b[K");
                bar._drawn = false;
            }
        }
    }

    /// <summary>The display's line for the given state, at most <paramref name="width"/> columns.</summary>
    public static string Line(string name, long read, long? total, TimeSpan elapsed, int width)
    {
        string rate = elapsed.TotalSeconds > 0.05 ? $"{Bytes((long)(read / elapsed.TotalSeconds))}/s" : "-- B/s";
        string amount = total is { } size ? $"{Bytes(read)} / {Bytes(size)}" : $"{Bytes(read)} read";
        string tail = string.Create(CultureInfo.InvariantCulture, $" {amount}  {rate}  {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}");
        string bar = string.Empty;
        if (total is { } length && length > 0)
        {
            double fraction = Math.Clamp((double)read / length, 0, 1);
            int barWidth = Math.Clamp(width - 70, 10, 40);
            int full = (int)Math.Round(fraction * barWidth);
            bar = string.Create(CultureInfo.InvariantCulture, $" [{new string('#', full)}{new string('-', barWidth - full)}] {fraction * 100,3:0}%");
        }

        int room = Math.Max(8, width - 1 - bar.Length - tail.Length);
        string label = name.Length <= room ? name : "…" + name[^(room - 1)..];
        string line = label + bar + tail;
        return line.Length < width ? line : line[..(width - 1)];
    }

    /// <summary>A byte count in the units a reader expects: B, KiB, MiB, GiB.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024 / 1024:0.00} GiB"),
    };

    /// <summary>Stops the display, clears its line and shows the cursor again.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (Drawing)
        {
            _ended = true;
            if (ReferenceEquals(_current, this))
            {
                _current = null;
            }

            if (_drawn)
            {
                TerminalState.Write("\r\u001b[K");
            }

            TerminalState.ShowCursor();
        }
    }

    private void Draw()
    {
        lock (Drawing)
        {
            if (_ended)
            {
                return;
            }

            string line = Line(_name, _bytesRead(), _total, _elapsed.Elapsed, TerminalState.Width);
            var text = new StringBuilder();
            text.Append(TerminalState.HideCursorIfShown()).Append('\r').Append(line).Append("\u001b[K");
            TerminalState.Write(text.ToString());
            _drawn = true;
        }
    }
}
