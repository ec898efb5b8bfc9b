using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JhaModel.Countries;

namespace JhaModel.Tests.Countries;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("MK")]
    [InlineData("mk")]
    [InlineData("Mk")]
    [InlineData("MKD")]
    [InlineData("mkd")]
    [InlineData("807")]
    public void Parse_accepts_every_form_of_North_Macedonia_and_gives_the_canonical_code(string input)
    {
        var code = CountryCode.Parse(input);

        Assert.Equal("MK", code.ToString());
        Assert.Equal("MKD", code.Alpha3);
        Assert.Equal("807", code.NumericCode);
        Assert.Equal(CountryCode.NorthMacedonia, code);
    }

    [Fact]
    public void Kosovo_is_user_assigned_XK_XKX_with_no_numeric_code()
    {
        var kosovo = CountryCode.Parse("xkx");

        Assert.Equal(CountryCode.Kosovo, kosovo);
        Assert.Equal("XK", kosovo.Alpha2);
        Assert.Equal("XKX", kosovo.Alpha3);
        Assert.Null(kosovo.NumericCode);
        Assert.True(kosovo.IsUserAssigned);
        Assert.False(CountryCode.Serbia.IsUserAssigned);
    }

    [Theory]
    [InlineData("CS")]
    [InlineData("SCG")]
    [InlineData("YU")]
    [InlineData("YUG")]
    [InlineData("891")]
    public void Withdrawn_codes_are_not_current_countries(string input)
    {
        Assert.False(CountryCode.TryParse(input, out var code));
        Assert.True(code.IsDefault);
    }

    [Fact]
    public void Parsing_a_withdrawn_code_says_it_is_withdrawn()
    {
        var error = Assert.Throws<FormatException>(() => CountryCode.Parse("CS"));

        Assert.Contains("withdrawn code of Serbia and Montenegro", error.Message, StringComparison.Ordinal);
        Assert.Contains("2006-09-26", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" MK")]
    [InlineData("MK ")]
    [InlineData("M")]
    [InlineData("MKDA")]
    [InlineData("8O7")]
    [InlineData("000")]
    [InlineData("ZZ")]
    [InlineData("ÄL")]
    [InlineData("EU")]
    public void TryParse_rejects_text_that_is_no_registry_code(string input)
    {
        Assert.False(CountryCode.TryParse(input, out _));
        Assert.Throws<FormatException>(() => CountryCode.Parse(input));
    }

    [Fact]
    public void TryParse_of_null_fails_and_Parse_of_null_throws_ArgumentNullException()
    {
        Assert.False(CountryCode.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => CountryCode.Parse((string)null!));
    }

    [Fact]
    public void The_default_value_is_invalid_and_documented_as_such()
    {
        CountryCode code = default;

        Assert.True(code.IsDefault);
        Assert.Equal(string.Empty, code.ToString());
        Assert.Throws<InvalidOperationException>(() => code.Alpha2);
        Assert.True(code < CountryCode.Parse("AD"));
    }

    [Fact]
    public void All_holds_the_249_iso_entries_and_Kosovo_in_alpha2_order()
    {
        Assert.Equal(250, CountryCode.All.Count);
        Assert.Equal(CountryCode.All.Select(c => c.Alpha2).Order(StringComparer.Ordinal), CountryCode.All.Select(c => c.Alpha2));
    }

    [Fact]
    public void Every_registry_code_parses_back_from_each_of_its_forms()
    {
        foreach (var code in CountryCode.All)
        {
            Assert.True(Every_form_of_every_code_parses_back_to_the_code(code), $"{code} does not round-trip through all its forms");
        }
    }

    [Property]
    public bool Every_form_of_every_code_parses_back_to_the_code(CountryCode code)
    {
        var forms = new List<string> { code.Alpha2, code.Alpha3, code.Alpha2.ToLowerInvariant(), code.Alpha3.ToLowerInvariant() };
        if (code.NumericCode is { } numeric)
        {
            forms.Add(numeric);
        }

        return forms.All(f => CountryCode.Parse(f) == code)
            && CountryCode.TryParse(System.Text.Encoding.UTF8.GetBytes(code.Alpha3), out var fromUtf8) && fromUtf8 == code;
    }

    [Property]
    public bool Any_string_either_parses_to_a_registry_entry_or_fails_without_throwing(string? text)
    {
        bool parsed = CountryCode.TryParse(text, out var code);
        return parsed ? CountryCode.All.Contains(code) && !code.IsDefault : code.IsDefault;
    }

    [Property]
    public Property Short_strings_of_letters_and_digits_parse_exactly_when_they_name_a_registry_code()
    {
        var gen = from length in Gen.Choose(2, 3)
                  from chars in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789".ToCharArray()), length)
                  select new string(chars);
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            bool expected = CountryCode.All.Any(c =>
                string.Equals(c.Alpha2, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Alpha3, text, StringComparison.OrdinalIgnoreCase)
                || c.NumericCode == text);
            return CountryCode.TryParse(text, out _) == expected;
        });
    }

    [Property]
    public bool Equality_and_hash_code_agree(CountryCode a, CountryCode b) =>
        (a == b) == a.Equals(b) && (a == b) == a.Equals((object)b) && (a != b) != (a == b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());

    [Property]
    public bool Ordering_follows_the_alpha2_text(CountryCode a, CountryCode b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Alpha2, b.Alpha2))
        && (a < b) == (a.CompareTo(b) < 0) && (a >= b) == !(a < b);

    [Property]
    public bool Ordering_is_transitive(CountryCode a, CountryCode b, CountryCode c) =>
        !(a <= b && b <= c) || a <= c;
}
