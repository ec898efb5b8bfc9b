using FsCheck.Xunit;
using JhaModel.Testing;

namespace JhaModel.Tests.Support;

/// <summary>
/// FsCheck.Xunit's <see cref="PropertiesAttribute"/> with the number of cases read from the JHA_PROPERTY_TESTS
/// environment variable (<see cref="JhaPropertyTests.Count"/>) each time the attribute is created, i.e. when a test runs.
/// </summary>
/// <remarks>
/// It configures the properties of an assembly or class and is never a test itself, and FsCheck.Xunit's base
/// attribute has no constructor taking source information, hence xUnit3003 is not applicable.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Assertions", "xUnit3003:Classes which extend FactAttribute should include a source information constructor", Justification = "Applied to assemblies and classes only; the FsCheck.Xunit base has no source information constructor.")]
public sealed class JhaPropertiesAttribute : PropertiesAttribute
{
    public JhaPropertiesAttribute() => MaxTest = JhaPropertyTests.Count;
}
