namespace JhaModel.Collections;

/// <summary>Allocation-free helpers over read-only lists, for the rules' fast path.</summary>
internal static class Lists
{
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
