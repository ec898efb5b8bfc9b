using Spectre.Console;

namespace JhaModel.Cli.Report;

/// <summary>A column of a report table: its header, its cells' plain text (one per row), the order in which it gives way, and its alignment.</summary>
/// <param name="Header">The header (it may wrap between words).</param>
/// <param name="Cells">One plain-text cell per row; <c>\n</c> separates the lines of a cell.</param>
/// <param name="GivesWay">0 for a column that always stays; otherwise columns are left out from the highest number down.</param>
/// <param name="RightAligned">Whether the cells are right-aligned (numbers).</param>
internal sealed record ReportColumn(string Header, IReadOnlyList<string> Cells, int GivesWay = 0, bool RightAligned = false);

/// <summary>
/// Lays a report table out for a width so that no word, identifier or date is ever split: each column is at least as
/// wide as its longest word (a cell wraps only between words), the space left is shared among the columns whose text
/// is longer than their width, and when the width cannot hold every column the columns give way in their order.
/// </summary>
internal static class TableLayout
{
    /// <summary>What a rounded table takes beyond its cells: a border before each column and after the last, and one space of padding on each side of a cell.</summary>
    private const int PerColumn = 3;

    /// <summary>The table, and the headers of the columns left out (in the order they gave way).</summary>
    /// <param name="titleMarkup">The table's title, as Spectre.Console markup.</param>
    /// <param name="columns">The columns, in the order shown.</param>
    /// <param name="width">The width to fit, in columns.</param>
    /// <param name="markup">Turns a (wrapped) cell's text into markup; escaping only by default.</param>
    public static (Table Table, IReadOnlyList<string> LeftOut) Build(string titleMarkup, IReadOnlyList<ReportColumn> columns, int width, Func<string, string>? markup = null)
    {
        var shown = columns.ToList();
        var leftOut = new List<string>();
        while (Required(shown) > width && shown.Where(c => c.GivesWay > 0).MaxBy(c => c.GivesWay) is { } next)
        {
            shown.Remove(next);
            leftOut.Add(next.Header);
        }

        int[] widths = Widths(shown, width);
        var table = new Table().Title(titleMarkup).Border(TableBorder.Rounded);
        for (int i = 0; i < shown.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(shown[i].Header)).Width(widths[i]);
            table.AddColumn(shown[i].RightAligned ? column.RightAligned() : column);
        }

        int rows = columns.Count == 0 ? 0 : columns[0].Cells.Count;
        for (int row = 0; row < rows; row++)
        {
            var cells = new List<string>();
            for (int i = 0; i < shown.Count; i++)
            {
                string text = Wrap(shown[i].Cells[row], widths[i]);
                cells.Add(markup?.Invoke(text) ?? Markup.Escape(text));
            }

            table.AddRow(cells.ToArray());
        }

        return (table, leftOut);
    }

    /// <summary>The longest word of a column, header included: the narrowest the column can be without splitting one.</summary>
    public static int Narrowest(ReportColumn column) =>
        column.Cells.Append(column.Header).SelectMany(Words).Select(w => w.Length).DefaultIfEmpty(1).Max();

    /// <summary>The longest line of a column's cells (a header may wrap): the widest it is worth making it.</summary>
    public static int Widest(ReportColumn column) =>
        Math.Max(Narrowest(column), column.Cells.SelectMany(c => c.Split('\n')).Select(l => l.Length).DefaultIfEmpty(1).Max());

    /// <summary>Wraps a cell's text between words to the width (no word is longer than it, by construction).</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (string paragraph in text.Split('\n'))
        {
            string line = string.Empty;
            foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length == 0)
                {
                    line = word;
                }
                else if (line.Length + 1 + word.Length <= width)
                {
                    line += " " + word;
                }
                else
                {
                    lines.Add(line);
                    line = word;
                }
            }

            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static int Required(List<ReportColumn> columns) => columns.Sum(Narrowest) + (PerColumn * columns.Count) + 1;

    /// <summary>
    /// Each column its narrowest width; then short cells unwrapped where that leaves the long columns a readable
    /// width; then the space left goes where it saves the most lines of the table per
    /// column given (the table is as short as the width allows), and what still remains unwraps whole columns.
    /// </summary>
    private static int[] Widths(List<ReportColumn> columns, int width)
    {
        int[] widths = [.. columns.Select(Narrowest)];
        int[] widest = [.. columns.Select(Widest)];
        int spare = width - Required(columns);

        // Short cells (names, statuses) are not wrapped when the long columns can still have a readable width: the
        // columns that always stay first, then those that give way last.
        int reserved = Enumerable.Range(0, columns.Count).Where(i => widest[i] > ShortColumn).Sum(i => Math.Max(0, Math.Min(widest[i], ReadableLongColumn) - widths[i]));
        foreach (int i in Enumerable.Range(0, columns.Count).Where(i => widest[i] <= ShortColumn).OrderBy(i => columns[i].GivesWay).ThenBy(i => widest[i] - widths[i]))
        {
            if (widest[i] - widths[i] <= spare - reserved)
            {
                spare -= widest[i] - widths[i];
                widths[i] = widest[i];
            }
        }

        while (spare > 0)
        {
            int height = Height(columns, widths);
            (int Column, int Extra, double Saving) best = (-1, 0, 0);
            for (int i = 0; i < columns.Count; i++)
            {
                for (int extra = 1; extra <= Math.Min(spare, widest[i] - widths[i]); extra++)
                {
                    widths[i] += extra;
                    int saved = height - Height(columns, widths);
                    widths[i] -= extra;
                    if (saved > 0)
                    {
                        if ((double)saved / extra > best.Saving)
                        {
                            best = (i, extra, (double)saved / extra);
                        }

                        break;
                    }
                }
            }

            if (best.Column < 0)
            {
                break;
            }

            widths[best.Column] += best.Extra;
            spare -= best.Extra;
        }

        // What remains unwraps whole columns, those that need least first.
        foreach (int i in Enumerable.Range(0, columns.Count).OrderBy(i => widest[i] - widths[i]).ThenBy(i => i))
        {
            int given = Math.Min(spare, widest[i] - widths[i]);
            widths[i] += given;
            spare -= given;
        }

        Improve(columns, widths, widest);
        return widths;
    }

    /// <summary>
    /// Moves width from one column to another while that lowers the cost: the table's lines, and two more for each
    /// short cell (a name, a status) wrapped, which reads worse than one more line of a long list.
    /// </summary>
    private static void Improve(List<ReportColumn> columns, int[] widths, int[] widest)
    {
        int[] narrowest = [.. columns.Select(Narrowest)];
        int cost = Cost(Score(columns, widths, widest));
        for (bool improved = true; improved;)
        {
            improved = false;
            for (int to = 0; to < columns.Count && !improved; to++)
            {
                // Widen one column by k, taking each column of width from the column that loses least by it.
                int[] trial = [.. widths];
                for (int k = 1; k <= widest[to] - widths[to]; k++)
                {
                    int donor = -1;
                    int donorCost = int.MaxValue;
                    for (int from = 0; from < columns.Count; from++)
                    {
                        if (from == to || trial[from] <= narrowest[from])
                        {
                            continue;
                        }

                        trial[from]--;
                        int c = Cost(Score(columns, trial, widest));
                        trial[from]++;
                        if (c < donorCost)
                        {
                            (donor, donorCost) = (from, c);
                        }
                    }

                    if (donor < 0)
                    {
                        break;
                    }

                    trial[donor]--;
                    trial[to]++;
                    int trialCost = Cost(Score(columns, trial, widest));
                    if (trialCost < cost)
                    {
                        trial.CopyTo(widths, 0);
                        cost = trialCost;
                        improved = true;
                        break;
                    }
                }
            }
        }
    }

    private static int Cost((int Height, int WrappedShort) score) => score.Height + (2 * score.WrappedShort);

    /// <summary>The table's height, and how many cells of short columns (at most <see cref="ShortColumn"/> wide unwrapped) wrap.</summary>
    private static (int Height, int WrappedShort) Score(List<ReportColumn> columns, int[] widths, int[] widest)
    {
        int wrapped = 0;
        for (int i = 0; i < columns.Count; i++)
        {
            if (widest[i] <= ShortColumn)
            {
                wrapped += columns[i].Cells.Count(c => Wrap(c, widths[i]) != c);
            }
        }

        return (Height(columns, widths), wrapped);
    }

    /// <summary>The width a column of long cells keeps, when it can, before short cells are unwrapped.</summary>
    private const int ReadableLongColumn = 30;

    /// <summary>A column whose longest line is at most this wide holds short cells (names, statuses, dates), which should not wrap.</summary>
    private const int ShortColumn = 24;

    /// <summary>The lines the table's body and header take with these widths.</summary>
    private static int Height(List<ReportColumn> columns, int[] widths)
    {
        int Lines(string text, int w) => Wrap(text, w).Count(c => c == '\n') + 1;
        int rows = columns.Count == 0 ? 0 : columns[0].Cells.Count;
        int height = Enumerable.Range(0, columns.Count).Max(i => Lines(columns[i].Header, widths[i]));
        for (int row = 0; row < rows; row++)
        {
            height += Enumerable.Range(0, columns.Count).Max(i => Lines(columns[i].Cells[row], widths[i]));
        }

        return height;
    }
}
