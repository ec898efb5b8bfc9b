using FsCheck;
using FsCheck.Fluent;

namespace JhaModel.Testing;

/// <summary>
/// Generators of values that break exactly one validation rule: for every error code of
/// <c>JhaModel.Validation.JhaErrorCodes</c>, values of the type whose validator reports that code, valid in
/// every other respect, so that the validator reports that code and no other.
/// </summary>
/// <example>
/// <code>
/// Prop.ForAll(Invalid.For&lt;Country&gt;(JhaErrorCodes.ShortNameMissing).ToArbitrary(),
///     c =&gt; CountryValidator.Instance.Validate(c).Errors.Single().ErrorCode == JhaErrorCodes.ShortNameMissing);
/// </code>
/// </example>
public static partial class Invalid
{
    private static readonly Lazy<Dictionary<string, BreakingCase>> Cases = new(() =>
        new[] { ProvenanceCases(), CountryCases(), OrganisationCases(), AgreementCases(), EmpactCases(), StatisticsCases(), ExchangeCases() }
            .SelectMany(cases => cases)
            .ToDictionary(c => c.ErrorCode, StringComparer.Ordinal));

    /// <summary>The error codes that have a breaking generator, in ordinal order.</summary>
    public static IReadOnlyList<string> ErrorCodes => [.. Cases.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The model type whose validator reports <paramref name="errorCode"/>, i.e. the type of the values <see cref="For{T}"/> generates.</summary>
    /// <param name="errorCode">An error code, e.g. <c>JHA-CTY-002</c>.</param>
    /// <returns>The type.</returns>
    /// <exception cref="KeyNotFoundException">No breaking generator exists for <paramref name="errorCode"/>.</exception>
    public static Type TargetOf(string errorCode) => Get(errorCode).Target;

    /// <summary>Values of <typeparamref name="T"/> that break exactly the rule of <paramref name="errorCode"/>.</summary>
    /// <typeparam name="T">The model type; <see cref="TargetOf"/> of the code.</typeparam>
    /// <param name="errorCode">An error code, e.g. <c>JHA-CTY-002</c>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="KeyNotFoundException">No breaking generator exists for <paramref name="errorCode"/>.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the type that code applies to.</exception>
    public static Gen<T> For<T>(string errorCode)
    {
        var breaking = Get(errorCode);
        return breaking.Target == typeof(T)
            ? breaking.Generator.Select(v => (T)v)
            : throw new ArgumentException($"{errorCode} applies to {breaking.Target.Name}, not {typeof(T).Name}.", nameof(errorCode));
    }

    /// <summary>Values that break exactly the rule of <paramref name="errorCode"/>, as objects of <see cref="TargetOf"/>.</summary>
    /// <param name="errorCode">An error code.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="KeyNotFoundException">No breaking generator exists for <paramref name="errorCode"/>.</exception>
    public static Gen<object> For(string errorCode) => Get(errorCode).Generator;

    private static BreakingCase Get(string errorCode)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        return Cases.Value.TryGetValue(errorCode, out var breaking)
            ? breaking
            : throw new KeyNotFoundException($"No breaking generator exists for '{errorCode}'.");
    }

    private static BreakingCase Case<T>(string errorCode, Gen<T> generator)
        where T : notnull => new(errorCode, typeof(T), generator.Select(v => (object)v));

    private sealed record BreakingCase(string ErrorCode, Type Target, Gen<object> Generator);
}
