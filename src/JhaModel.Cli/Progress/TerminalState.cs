using System.Runtime.InteropServices;

namespace JhaModel.Cli.Progress;

/// <summary>
/// What the tool changes on the terminal of standard error (only the cursor's visibility and the progress line), and
/// the guarantee that it is put back: when the display ends, when the process exits however it exits, and on SIGINT
/// (Ctrl-C), SIGTERM, SIGHUP and SIGQUIT, before the signal ends the process as it would have without the tool's handler.
/// </summary>
internal static class TerminalState
{
    /// <summary>The escape sequence that shows the cursor (DECTCEM set).</summary>
    public const string ShowCursorSequence = "\u001b[?25h";

    /// <summary>The escape sequence that hides the cursor (DECTCEM reset).</summary>
    public const string HideCursorSequence = "\u001b[?25l";

    private static readonly Lock Gate = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static bool _watching;
    private static bool _cursorHidden;
    private static bool _lineDirty;
    private static bool _ending;

    /// <summary>The terminal's width in columns (80 when it cannot be read).</summary>
    public static int Width
    {
        get
        {
            try
            {
                int width = Console.WindowWidth;
                return width > 10 ? width : 80;
            }
            catch (IOException)
            {
                return 80;
            }
        }
    }

    /// <summary>Installs the handlers that restore the terminal (once).</summary>
    public static void Watch()
    {
        lock (Gate)
        {
            if (_watching)
            {
                return;
            }

            _watching = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Restore();
            if (!OperatingSystem.IsWindows())
            {
                foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
                {
                    // The handler does not cancel the signal: the process then ends as the signal says (exit 130 for Ctrl-C).
                    Registrations.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
                }
            }
            else
            {
                Console.CancelKeyPress += (_, _) => Restore();
            }
        }
    }

    /// <summary>The sequence to hide the cursor if it is shown (and marks it hidden), else nothing.</summary>
    public static string HideCursorIfShown()
    {
        lock (Gate)
        {
            if (_cursorHidden)
            {
                return string.Empty;
            }

            _cursorHidden = true;
            return HideCursorSequence;
        }
    }

    /// <summary>Shows the cursor if the tool hid it.</summary>
    public static void ShowCursor()
    {
        lock (Gate)
        {
            if (_cursorHidden && !_ending)
            {
                _cursorHidden = false;
                WriteUnlocked(ShowCursorSequence);
            }
        }
    }

    /// <summary>Writes to standard error's terminal, unless the process is ending (the restored state is then final).</summary>
    public static void Write(string text)
    {
        lock (Gate)
        {
            if (!_ending)
            {
                _lineDirty = !text.EndsWith("\r\u001b[K", StringComparison.Ordinal);
                WriteUnlocked(text);
            }
        }
    }

    /// <summary>Clears the progress line and shows the cursor; nothing is drawn after it.</summary>
    private static void Restore()
    {
        lock (Gate)
        {
            if (_ending)
            {
                return;
            }

            _ending = true;
            string text = (_lineDirty ? "\r\u001b[K" : string.Empty) + (_cursorHidden ? ShowCursorSequence : string.Empty);
            _cursorHidden = false;
            if (text.Length > 0)
            {
                WriteUnlocked(text);
            }
        }
    }

    private static void WriteUnlocked(string text)
    {
        try
        {
            Console.Error.Write(text);
            Console.Error.Flush();
        }
        catch (IOException)
        {
            // The terminal has gone (a hang-up): there is nothing left to restore.
        }
    }
}
