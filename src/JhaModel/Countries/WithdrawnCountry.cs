using JhaModel.Collections;
using JhaModel.Provenance;
using NodaTime;

namespace JhaModel.Countries;

/// <summary>
/// A code withdrawn from ISO 3166-1 (listed in ISO 3166-3), such as <c>CS</c> Serbia and Montenegro: a
/// historical entry, never a current country.
/// </summary>
public sealed record WithdrawnCountry : ISourcedFact
{
    private readonly ValueList<string> _successorCodes = ValueList<string>.Empty;

    /// <summary>The former alpha-2 code, e.g. <c>CS</c>.</summary>
    public required string Alpha2 { get; init; }

    /// <summary>The former alpha-3 code, e.g. <c>SCG</c>.</summary>
    public required string Alpha3 { get; init; }

    /// <summary>The ISO 3166-3 alpha-4 code, e.g. <c>CSXX</c>.</summary>
    public required string Alpha4 { get; init; }

    /// <summary>The former numeric code, e.g. <c>891</c>, when there was one.</summary>
    public string? NumericCode { get; init; }

    /// <summary>The name, e.g. <c>Serbia and Montenegro</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The date the code was withdrawn.</summary>
    public required LocalDate WithdrawalDate { get; init; }

    /// <summary>The ISO 3166-3 comment, when there is one.</summary>
    public string? Comment { get; init; }

    /// <summary>The alpha-2 codes of the successors, current or themselves withdrawn (<c>YU</c> → <c>CS</c> → <c>RS</c>, <c>ME</c>).</summary>
    /// <remarks>Setting <see langword="null"/> sets the empty list.</remarks>
    public IReadOnlyList<string> SuccessorCodes
    {
        get => _successorCodes;
        init => _successorCodes = ValueList<string>.From(value);
    }

    /// <inheritdoc />
    public required Source Source { get; init; }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <summary>The current countries this entry's successors lead to, following withdrawn successors through.</summary>
    /// <returns>The current successor codes, in alpha-2 order, without duplicates.</returns>
    public IReadOnlyList<CountryCode> GetCurrentSuccessors()
    {
        var result = new SortedSet<CountryCode>();
        var pending = new Stack<string>(_successorCodes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var code))
        {
            if (!seen.Add(code))
            {
                continue;
            }

            if (CountryCode.TryParse(code, out var current))
            {
                result.Add(current);
            }
            else if (CountryRegistry.TryGetWithdrawn(code, out var withdrawn))
            {
                foreach (var next in withdrawn.SuccessorCodes)
                {
                    pending.Push(next);
                }
            }
        }

        return [.. result];
    }
}
