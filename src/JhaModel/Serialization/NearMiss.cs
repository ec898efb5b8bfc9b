namespace JhaModel.Serialization;

/// <summary>Finds the value a user most likely meant among the values of a vocabulary, for "did you mean" hints.</summary>
internal static class NearMiss
{
    /// <summary>The longest text compared: longer input is no near miss of a vocabulary word.</summary>
    private const int MaxLength = 128;

    /// <summary>
    /// The candidate that <paramref name="found"/> equals but for case, surrounding whitespace, and spaces or
    /// underscores for hyphens; else the one candidate within an edit distance of two (one for words of up to four
    /// characters); else <see langword="null"/>.
    /// </summary>
    public static string? Find(string found, IEnumerable<string> candidates)
    {
        if (found.Length > MaxLength)
        {
            return null;
        }

        string folded = Fold(found);
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string candidate in candidates)
        {
            if (string.Equals(candidate, found, StringComparison.Ordinal))
            {
                return null;
            }

            if (string.Equals(Fold(candidate), folded, StringComparison.Ordinal))
            {
                return candidate;
            }

            int distance = Distance(folded, Fold(candidate));
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        int allowed = folded.Length <= 4 ? 1 : 2;
        return best is not null && !tie && bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// The member name that <paramref name="found"/> is meant as: the same name in another casing or with
    /// underscores, hyphens or spaces between its words (<c>reporting_body</c>, <c>ReportingBody</c> for
    /// <c>reportingBody</c>), else a near miss as <see cref="Find"/> finds it; or <see langword="null"/>.
    /// </summary>
    public static string? FindMember(string found, IReadOnlyList<string> names)
    {
        if (found.Length > MaxLength)
        {
            return null;
        }

        string squeezed = Squeeze(found);
        foreach (string name in names)
        {
            if (string.Equals(Squeeze(name), squeezed, StringComparison.Ordinal))
            {
                return string.Equals(name, found, StringComparison.Ordinal) ? null : name;
            }
        }

        return Find(found, names);
    }

    private static string Squeeze(string text) =>
        string.Concat(text.Where(c => c is not ('_' or '-' or ' '))).ToLowerInvariant();

    private static string Fold(string text) =>
        text.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');

    /// <summary>
    /// The optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions;
    /// <see cref="int.MaxValue"/> when the lengths differ by more than two. The tool's hints use it too (the file is
    /// compiled into both).
    /// </summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
