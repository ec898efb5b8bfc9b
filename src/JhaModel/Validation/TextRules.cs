namespace JhaModel.Validation;

/// <summary>Predicates on text shared by every area's rules.</summary>
internal static class TextRules
{
    /// <summary>Whether a required text is present and not blank.</summary>
    public static bool IsPresent(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>Whether an optional text is absent, or present and not blank.</summary>
    public static bool IsAbsentOrPresent(string? text) => text is null || !string.IsNullOrWhiteSpace(text);
}
