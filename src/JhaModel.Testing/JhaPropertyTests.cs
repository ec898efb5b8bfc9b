using System.Globalization;
using FsCheck;

namespace JhaModel.Testing;

/// <summary>
/// The number of cases a property runs, shared by every property of a suite and raised for a long run by the
/// <c>JHA_PROPERTY_TESTS</c> environment variable: <c>JHA_PROPERTY_TESTS=100000 dotnet test</c>.
/// </summary>
/// <remarks>
/// The count is <see cref="DefaultCount"/> (1,000) unless the variable holds a larger whole number; a smaller one
/// leaves it at 1,000, so that no run checks fewer cases than continuous integration does. A value that is not a
/// whole number is an error rather than silently ignored. With FsCheck.Xunit, set the count on a subclass of
/// <c>PropertiesAttribute</c> (its <c>MaxTest</c>); with plain FsCheck, check with <see cref="Config"/>.
/// </remarks>
public static class JhaPropertyTests
{
    /// <summary>The name of the environment variable: <c>JHA_PROPERTY_TESTS</c>.</summary>
    public const string EnvironmentVariable = "JHA_PROPERTY_TESTS";

    /// <summary>The number of cases when the variable is not set: 1,000.</summary>
    public const int DefaultCount = 1000;

    /// <summary>The number of cases for this run: the variable's value if larger than <see cref="DefaultCount"/>, otherwise <see cref="DefaultCount"/>.</summary>
    /// <exception cref="FormatException">The variable is set to something other than a whole number.</exception>
    public static int Count => CountFrom(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>FsCheck's <c>Config.QuickThrowOnFailure</c> with <see cref="Count"/> cases, for <c>Check.One</c>.</summary>
    /// <exception cref="FormatException">The variable is set to something other than a whole number.</exception>
    public static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Count);

    /// <summary>The number of cases a value of the variable asks for.</summary>
    /// <param name="value">The variable's value; <see langword="null"/> or blank when it is not set.</param>
    /// <returns><see cref="DefaultCount"/>, or the value when it is a larger whole number.</returns>
    /// <exception cref="FormatException"><paramref name="value"/> is not blank and not a whole number.</exception>
    public static int CountFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultCount;
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? Math.Max(DefaultCount, count)
            : throw new FormatException($"{EnvironmentVariable} is '{value}'; expected a whole number of cases, e.g. 100000.");
    }
}
