namespace JhaModel.Provenance;

/// <summary>The predicates behind the provenance rules; each is static, allocation-free and shared by every runner.</summary>
internal static class ProvenanceRules
{
    /// <summary>
    /// Whether <paramref name="url"/> is absent, or an absolute <c>http</c>/<c>https</c> URL: the scheme, <c>://</c>, a
    /// host of letters, digits, dots, hyphens (or a bracketed IPv6 address) with an optional port, then an optional
    /// path, query or fragment without spaces or control characters. Checked without allocating.
    /// </summary>
    public static bool IsAbsoluteHttpUrl(string? url)
    {
        if (url is null)
        {
            return true;
        }

        ReadOnlySpan<char> s = url;
        if (s.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            s = s[8..];
        }
        else if (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            s = s[7..];
        }
        else
        {
            return false;
        }

        int hostEnd = s.IndexOfAny('/', '?', '#');
        var authority = hostEnd < 0 ? s : s[..hostEnd];
        if (authority.IsEmpty)
        {
            return false;
        }

        foreach (char c in authority)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']'))
            {
                return false;
            }
        }

        foreach (char c in s)
        {
            if (c <= ' ' || c == '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The fast path of <see cref="SourceValidator"/>: every rule of <see cref="ProvenanceRuleTables.Source"/>.</summary>
    public static bool IsValid(Source source) => source is not null && ProvenanceRuleTables.Source.Passes(source);

    public static bool IsValidFact(ISourcedFact fact) => IsValid(fact.Source) && IsDefined(fact.Confidence);

    public static bool IsDefined(Confidence confidence) => Enum.IsDefined(confidence);

    public static bool IsPresent(EventDate date) => !date.IsDefault;

    public static bool IsAbsentOrPresent(EventDate? date) => date is not { IsDefault: true };

    /// <summary>
    /// Whether <paramref name="first"/> certainly ends before <paramref name="second"/> begins: its latest possible day is
    /// before the other's earliest. Never for a date that is not given (the default value), nor for an open start.
    /// </summary>
    public static bool CertainlyBefore(EventDate first, EventDate second)
    {
        if (first.IsDefault || second.IsDefault)
        {
            return false;
        }

        var start = second.Earliest;
        return start.HasValue && first.Latest < start.GetValueOrDefault();
    }
}
