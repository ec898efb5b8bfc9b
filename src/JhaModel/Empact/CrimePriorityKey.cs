using System.Text.Json.Serialization;
using JhaModel.Collections;
using JhaModel.Serialization;

namespace JhaModel.Empact;

/// <summary>
/// The key of an EMPACT crime priority: its cycle and a kebab-case slug that is stable within that cycle, e.g.
/// <c>2022-2025/migrant-smuggling</c>.
/// </summary>
/// <remarks>
/// The text form is the cycle (<see cref="PolicyCycleId"/>), a slash and the slug: 2 to 64 lower-case ASCII
/// letters and digits in words joined by single hyphens, starting with a letter. The keys are JhaModel's own, not
/// official identifiers. Any well-formed key parses, so that priorities unknown to this version round-trip;
/// <see cref="EmpactRegistry"/> knows the embedded ones. The default value is invalid: <see cref="IsDefault"/> is
/// <see langword="true"/>, <see cref="ToString"/> returns the empty string, <see cref="Cycle"/> and
/// <see cref="Slug"/> throw <see cref="InvalidOperationException"/> and validators reject it. Keys order by cycle,
/// then ordinally by slug.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<CrimePriorityKey>))]
[TextValue("a crime priority key", Expected = "a crime priority key (a cycle, a slash and a kebab-case slug, e.g. \"2022-2025/migrant-smuggling\")", Example = "2022-2025/migrant-smuggling")]
public readonly partial struct CrimePriorityKey
{
    private readonly PolicyCycleId _cycle;
    private readonly string? _slug;

    private CrimePriorityKey(PolicyCycleId cycle, string slug)
    {
        _cycle = cycle;
        _slug = slug;
    }

    /// <summary>Whether this is the default, invalid value.</summary>
    public bool IsDefault => _slug is null;

    /// <summary>The cycle the priority belongs to.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public PolicyCycleId Cycle => IsDefault ? throw DefaultValue() : _cycle;

    /// <summary>The slug, stable within the cycle, e.g. <c>migrant-smuggling</c>.</summary>
    /// <exception cref="InvalidOperationException">The value is the default value.</exception>
    public string Slug => _slug ?? throw DefaultValue();

    /// <summary>The key of the priority <paramref name="slug"/> of <paramref name="cycle"/>.</summary>
    /// <param name="cycle">The cycle; not the default value.</param>
    /// <param name="slug">The kebab-case slug, e.g. <c>migrant-smuggling</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="cycle"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="slug"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="slug"/> is not kebab-case.</exception>
    public static CrimePriorityKey Of(PolicyCycleId cycle, string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (cycle.IsDefault)
        {
            throw new ArgumentException("The default PolicyCycleId names no cycle.", nameof(cycle));
        }

        return Kebab.IsValid(slug)
            ? new(cycle, slug)
            : throw new FormatException($"'{slug}' is not a priority slug; expected 2 to 64 lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'migrant-smuggling').");
    }

    /// <summary>Tries to parse the text form. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or the default value on failure.</param>
    /// <returns>Whether <paramref name="s"/> was a priority key.</returns>
    private static bool TryParseCore(ReadOnlySpan<char> s, out CrimePriorityKey result)
    {
        result = default;
        int slash = s.IndexOf('/');
        if (slash < 0 || !PolicyCycleId.TryParse(s[..slash], out var cycle) || !Kebab.IsValid(s[(slash + 1)..]))
        {
            return false;
        }

        result = new(cycle, s[(slash + 1)..].ToString());
        return true;
    }

    /// <summary>The text form, or the empty string for the default value.</summary>
    /// <returns>For example <c>2022-2025/migrant-smuggling</c>.</returns>
    public override string ToString() => IsDefault ? string.Empty : _cycle + "/" + _slug;

    /// <summary>Orders by cycle, then ordinally by slug; the default value first.</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(CrimePriorityKey other)
    {
        if (IsDefault || other.IsDefault)
        {
            return (!IsDefault).CompareTo(!other.IsDefault);
        }

        int c = _cycle.CompareTo(other._cycle);
        return c != 0 ? c : string.CompareOrdinal(_slug, other._slug);
    }

    /// <summary>The cycle and the slug, which equality and hashing compare (the slug ordinally).</summary>
    private (PolicyCycleId Cycle, string? Slug) Key => (_cycle, _slug);

    internal static string DescribeFailure(string text) =>
        $"{JsonErrors.Quote(text)} is not a crime priority key; expected a cycle, a slash and a kebab-case slug (e.g. '2022-2025/migrant-smuggling').";

    private static InvalidOperationException DefaultValue() => new("The default CrimePriorityKey names no priority.");
}
