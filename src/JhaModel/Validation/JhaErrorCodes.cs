namespace JhaModel.Validation;

/// <summary>
/// The catalogue of validation error codes. Codes are API: each keeps its meaning forever; messages may improve.
/// </summary>
/// <remarks>Every failure a JhaModel validator reports carries one of these codes as its <c>ErrorCode</c>.</remarks>
public static partial class JhaErrorCodes
{
    /// <summary>Every code with its meaning, in code order within each area. <c>docs/validation-rules.md</c> is generated from this list.</summary>
    public static IReadOnlyList<ErrorCodeInfo> Catalogue { get; } = [.. CountriesArea(), .. AgreementsArea(), .. EmpactArea(), .. StatisticsArea(), .. ExchangeArea(), .. DatasetArea()];

    /// <summary>Finds the catalogue entry of a code.</summary>
    /// <param name="code">The code, e.g. <c>JHA-CTY-001</c>.</param>
    /// <returns>The entry, or <see langword="null"/> when the catalogue has no such code.</returns>
    public static ErrorCodeInfo? Describe(string? code) => Catalogue.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.Ordinal));

    private static ErrorCodeInfo Info(string code, string name, string area, string description) =>
        new() { Code = code, Name = name, Area = area, Description = description };
}
