using FsCheck.Xunit;
using JhaModel.Testing;

namespace JhaModel.Testing.Consumer;

/// <summary>FsCheck.Xunit's Properties with the number of cases of JHA_PROPERTY_TESTS (1,000 unless raised).</summary>
public sealed class JhaPropertiesAttribute : PropertiesAttribute
{
    public JhaPropertiesAttribute() => MaxTest = JhaPropertyTests.Count;
}
