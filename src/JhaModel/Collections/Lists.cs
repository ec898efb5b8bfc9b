namespace JhaModel.Collections;

/// <summary>Allocation-free helpers over read-only lists, for the rules' fast path.</summary>
internal static class Lists
{
    /// <summary>The longest list that is compared pairwise, without allocating.</summary>
    internal const int PairwiseLimit = 32;

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
    public static int FirstRepeat<T>(IReadOnlyList<T> list, Func<T, bool> ignored) => FirstRepeat(list, ignored, Self);

    /// <summary>
    /// The index of the first element whose <paramref name="key"/> equals an earlier counted element's, leaving out the
    /// elements <paramref name="ignored"/> says to (a null element, or one without the key), or -1; pairwise on short
    /// lists, through a hash set on long ones.
    /// </summary>
    public static int FirstRepeat<T, TKey>(IReadOnlyList<T> list, Func<T, bool> ignored, Func<T, TKey> key)
    {
        if (list.Count <= PairwiseLimit)
        {
            var comparer = EqualityComparer<TKey>.Default;
            for (int i = 1; i < list.Count; i++)
            {
                if (ignored(list[i]))
                {
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (!ignored(list[j]) && comparer.Equals(key(list[i]), key(list[j])))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var seen = new HashSet<TKey>();
        for (int i = 0; i < list.Count; i++)
        {
            if (!ignored(list[i]) && !seen.Add(key(list[i])))
            {
                return i;
            }
        }

        return -1;
    }

    private static T Self<T>(T value) => value;

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

/// <summary>
/// Whether values are in a list, asked many times: by indexing on a short list (nothing is allocated), through a hash
/// set built once on a long one, so that checking every event of an agreement against its parties stays linear.
/// </summary>
internal readonly struct ListMembership<T>
{
    private readonly IReadOnlyList<T> _list;
    private readonly HashSet<T>? _set;

    public ListMembership(IReadOnlyList<T> list)
    {
        _list = list;
        _set = list.Count > Lists.PairwiseLimit ? [.. list] : null;
    }

    public bool Contains(T value) => _set?.Contains(value) ?? Lists.Contains(_list, value);
}
