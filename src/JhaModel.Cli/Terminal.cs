using Spectre.Console;

namespace JhaModel.Cli;

/// <summary>The Spectre.Console console on standard output: colours and live displays only on a terminal.</summary>
internal static class Terminal
{
    /// <summary>The width used when the output is redirected (a file or a pipe has no width of its own).</summary>
    public const int RedirectedWidth = 120;

    /// <param name="redirectedWidth">The width when the output is redirected; lines longer than it wrap.</param>
    public static IAnsiConsole Create(int redirectedWidth = RedirectedWidth)
    {
        bool redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = redirectedWidth;
        }

        return console;
    }
}
