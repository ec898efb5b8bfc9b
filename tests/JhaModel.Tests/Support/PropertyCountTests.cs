using System.Diagnostics;
using JhaModel.Testing;

namespace JhaModel.Tests.Support;

/// <summary>
/// JHA_PROPERTY_TESTS really sets the number of cases: the suite's own executable runs
/// <see cref="CountedPropertyTests"/> with the variable unset, raised and set too low, and the recorded cases are counted.
/// </summary>
public sealed class PropertyCountTests
{
    public static TheoryData<string?, int> Runs() => new()
    {
        { null, 1000 },
        { "2500", 2500 },
        { "10", 1000 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_environment_variable_sets_the_number_of_cases_of_every_property(string? variable, int expected)
    {
        var recorded = RunCountedProperties(variable);

        Assert.Equal(expected, recorded.Count(style => style == "attribute"));
        Assert.Equal(expected, recorded.Count(style => style == "prop-for-all"));
    }

    [Theory]
    [InlineData(null, 1000)]
    [InlineData("", 1000)]
    [InlineData(" 100000 ", 100000)]
    [InlineData("999", 1000)]
    [InlineData("1000", 1000)]
    public void The_count_is_the_variable_or_1000_whichever_is_larger(string? value, int expected)
    {
        Assert.Equal(expected, JhaPropertyTests.CountFrom(value));
    }

    [Theory]
    [InlineData("many")]
    [InlineData("-5")]
    [InlineData("1e6")]
    [InlineData("99999999999")]
    public void A_value_that_is_not_a_whole_number_is_an_error(string value)
    {
        var error = Assert.Throws<FormatException>(() => JhaPropertyTests.CountFrom(value));

        Assert.Contains("JHA_PROPERTY_TESTS", error.Message, StringComparison.Ordinal);
    }

    private static string[] RunCountedProperties(string? variable)
    {
        string record = Path.Combine(Path.GetTempPath(), $"jha-counted-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "JhaModel.Tests.exe" : "JhaModel.Tests"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("-class");
        start.ArgumentList.Add(typeof(CountedPropertyTests).FullName!);
        start.ArgumentList.Add("-noColor");
        start.Environment[CountedPropertyTests.RecordVariable] = record;
        start.Environment.Remove(JhaPropertyTests.EnvironmentVariable);
        if (variable is not null)
        {
            start.Environment[JhaPropertyTests.EnvironmentVariable] = variable;
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the counted properties did not finish within two minutes");
            Assert.True(process.ExitCode == 0, $"the counted properties failed (exit code {process.ExitCode}):\n{output.Result}\n{error.Result}");
            return File.ReadAllLines(record);
        }
        finally
        {
            File.Delete(record);
        }
    }
}
