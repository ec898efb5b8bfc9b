using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Countries;
using JhaModel.Testing;

namespace JhaModel.Tests.Support;

/// <summary>
/// Two ordinary laws, one in each style, that also record each case they run to the file named by
/// <see cref="RecordVariable"/> when it is set, so that <see cref="PropertyCountTests"/> can count them.
/// </summary>
public sealed class CountedPropertyTests
{
    /// <summary>The environment variable naming the file the cases are recorded to.</summary>
    public const string RecordVariable = "JHA_TESTS_RECORD_CASES_TO";

    [Property]
    public bool Country_codes_parse_from_their_text(CountryCode code)
    {
        Record("attribute");
        return CountryCode.Parse(code.ToString()) == code;
    }

    [Property]
    public Property Country_codes_order_like_their_alpha_2_text() =>
        Prop.ForAll(JhaArbitraries.CountryCode(), JhaArbitraries.CountryCode(), (a, b) =>
        {
            Record("prop-for-all");
            return Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString()));
        });

    private static void Record(string style)
    {
        if (Environment.GetEnvironmentVariable(RecordVariable) is { Length: > 0 } path)
        {
            lock (typeof(CountedPropertyTests))
            {
                File.AppendAllText(path, style + "\n");
            }
        }
    }
}
