namespace JhaModel.Collections;

/// <summary>Allocation-free helpers over read-only lists, for the rules' fast path.</summary>
internal static class Lists
{
    private const int PairwiseLimit = 32;

    /// <summary>Whether <paramref name="list"/> holds <paramref name="value"/>, by indexing (no enumerator is allocated).</summary>
    public static bool Contains<T>(IReadOnlyList<T> list, T value)
    {
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < list.Count; i++)
        {
            if (comparer.Equals(list[i], value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the first element equal to an earlier one, leaving out the elements <paramref name="ignored"/>
    /// says to, or -1. Short lists are compared pairwise (nothing is allocated, as the fast path of validation needs);
    /// longer ones through a hash set, so that a list of a million distinct parties costs a million steps, not a
    /// million squared.
    /// </summary>
    public static int FirstRepeat<T>(IReadOnlyList<T> list, Func<T, bool> ignored)
    {
        if (list.Count <= PairwiseLimit)
        {
            var comparer = EqualityComparer<T>.Default;
            for (int i = 1; i < list.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (!ignored(list[i]) && comparer.Equals(list[i], list[j]))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var seen = new HashSet<T>();
        for (int i = 0; i < list.Count; i++)
        {
            if (!ignored(list[i]) && !seen.Add(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether every element of <paramref name="list"/> is non-null and satisfies <paramref name="predicate"/>.</summary>
    public static bool All<T>(IReadOnlyList<T> list, Func<T, bool> predicate)
        where T : class
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } item || !predicate(item))
            {
                return false;
            }
        }

        return true;
    }
}
