using System.Text.RegularExpressions;
using JhaModel.Cli.Tests.Support;

namespace JhaModel.Cli.Tests;

/// <summary>
/// <c>jha report</c> at 80 and 120 columns (a pseudo-terminal of that width, and redirected output, which is 120 wide):
/// no line is wider than the terminal, and no word, identifier or date is split — every word on the screen is a
/// whole word of the same report drawn 400 columns wide, where nothing wraps.
/// </summary>
public sealed partial class ReportLayoutTests
{
    public static TheoryData<int, string> Widths() => new()
    {
        { 80, "2024-06-01" },
        { 80, "2020-10-22" },
        { 120, "2024-06-01" },
        { 120, "2020-10-22" },
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public void At_this_width_in_a_terminal_no_line_overflows_and_no_token_is_split(int width, string asOf)
    {
        var words = Words(ReportAt(400, asOf));

        string[] lines = ReportAt(width, asOf);

        Assert.All(lines, line => Assert.True(line.Length <= width, $"a line is {line.Length} columns wide, more than {width}: {line}"));
        AssertEveryWordIsWhole(lines, words, $"{width} columns");
        Assert.Contains(lines, l => l.Contains("│ Country", StringComparison.Ordinal) && l.Contains("│ Agreements", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("2020-10-22")]
    public void Redirected_at_120_columns_no_line_overflows_and_no_token_is_split(string asOf)
    {
        var words = Words(ReportAt(400, asOf));

        var run = JhaTool.Run("report", "--as-of", asOf);

        ToolAssert.Succeeds(run);
        string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 120, $"a line is {line.Length} columns wide, more than 120: {line}"));
        AssertEveryWordIsWhole(lines, words, "redirected output");
        // At 120 columns every column of every table has room.
        Assert.DoesNotContain(lines, l => l.StartsWith("Not shown at this width", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("eurojust-wb6-registered-cases-2019", StringComparison.Ordinal));
    }

    [Fact]
    public void On_narrow_terminals_columns_give_way_in_order_and_the_report_says_which()
    {
        string at80 = Joined(ReportAt(80, "2024-06-01"));
        string[] at44 = ReportAt(44, "2024-06-01");
        string narrow = Joined(at44);

        Assert.Contains("Not shown at this width: Statistic (a wider terminal, or --format json, shows them).", at80, StringComparison.Ordinal);
        Assert.DoesNotContain("Not shown at this width: Code", at80, StringComparison.Ordinal);
        Assert.Contains("Not shown at this width: Code, CETS 224, CETS 185 (", narrow, StringComparison.Ordinal);
        Assert.Contains("Not shown at this width: Priority (", narrow, StringComparison.Ordinal);
        Assert.Contains("Not shown at this width: Statistic, Body, Scope (", narrow, StringComparison.Ordinal);
        // What stays: the country, its status and agreements; the priority's name; the metric, the period and the value.
        Assert.Contains(at44, l => l.Contains("│ Country", StringComparison.Ordinal) && l.Contains("│ EU status", StringComparison.Ordinal) && l.Contains("│ Agreements", StringComparison.Ordinal));
        Assert.Contains(at44, l => l.Contains("│ Metric", StringComparison.Ordinal) && l.Contains("│ Period", StringComparison.Ordinal) && l.Contains("│ Value", StringComparison.Ordinal));
        Assert.All(at44, line => Assert.True(line.Length <= 44, $"a line is {line.Length} columns wide, more than 44: {line}"));
    }

    private static string Joined(string[] lines) => Whitespace().Replace(string.Join(' ', lines), " ");

    /// <summary>The report drawn in a pseudo-terminal of <paramref name="width"/> columns, without its escape sequences.</summary>
    private static string[] ReportAt(int width, string asOf)
    {
        var run = PseudoTerminal.Run($"stty cols {width} rows 50; {PseudoTerminal.Jha} report --as-of {asOf}", TempDirectory.Create());
        Assert.True(run.ExitCode == 0, run.ToString());
        string screen = Escape().Replace(run.Screen, string.Empty);
        var lines = screen.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        // script's own first and last lines ("Script started on …", "Script done on …") are not the tool's.
        lines.RemoveAll(l => l.StartsWith("Script started on", StringComparison.Ordinal) || l.StartsWith("Script done on", StringComparison.Ordinal));
        return [.. lines.Select(l => l.TrimEnd('\r'))];
    }

    /// <summary>
    /// The words of the wide report, and those of the note a narrow one adds under a table ("Not shown at this width:
    /// Code, CETS 224 (…)"), whose headers are words of the wide report followed by a comma.
    /// </summary>
    private static HashSet<string> Words(string[] lines)
    {
        HashSet<string> words = [.. lines.SelectMany(Split)];
        words.UnionWith([.. words.Select(w => w + ",")]);
        words.UnionWith(Split("Not shown at this width: (a wider terminal, or --format json, shows them)."));
        return words;
    }

    private static IEnumerable<string> Split(string line) =>
        line.Split([' ', '│'], StringSplitOptions.RemoveEmptyEntries).Where(w => !BoxOrBar().IsMatch(w));

    private static void AssertEveryWordIsWhole(string[] lines, HashSet<string> words, string where)
    {
        var split = lines.SelectMany(l => Split(l).Where(w => !words.Contains(w)).Select(w => (Word: w, Line: l))).ToList();
        Assert.True(split.Count == 0, $"{where}: words that are not whole words of the wide report (split tokens):\n"
            + string.Join("\n", split.Select(s => $"'{s.Word}' in: {s.Line}")));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\u001b(\[[0-9;?]*[A-Za-z]|[=>()][0-9A-Za-z]?)")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^[─━│┃┄┅┆┇┈┉┊┋┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼╭╮╯╰█▌▐▏▎▍▋▊▉]+$")]
    private static partial Regex BoxOrBar();
}
