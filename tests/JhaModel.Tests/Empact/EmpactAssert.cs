using FluentValidation.Results;

namespace JhaModel.Tests.Empact;

internal static class EmpactAssert
{
    /// <summary>The result has exactly one failure, with <paramref name="code"/> on <paramref name="property"/>.</summary>
    public static void Only(ValidationResult result, string code, string property)
    {
        var failures = result.Errors.Select(e => $"{e.ErrorCode} at {e.PropertyName}: {e.ErrorMessage}").ToList();
        Assert.True(result.Errors.Count == 1, $"expected only {code} at {property}, got [{string.Join("; ", failures)}]");
        Assert.Equal(code, result.Errors[0].ErrorCode);
        Assert.Equal(property, result.Errors[0].PropertyName);
    }
}
