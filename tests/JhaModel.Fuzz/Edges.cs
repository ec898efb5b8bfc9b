using System.Text;

namespace JhaModel.Fuzz;

/// <summary>The values the mutator pushes into a document: the ends of the calendar, of every number type and of Unicode.</summary>
internal static class Edges
{
    /// <summary>Dates, event dates, periods' days and instants at and past the ends of the ISO calendar.</summary>
    public static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "10000-01-01", "9999999-01-01", "0000-01-01", "-0001-01-01", "+10000-01-01",
        "2020-00-01", "2020-13-01", "2021-02-29", "2020-02-31", "2021-02-31", "2020-02-29", "2020-04-31", "2020-01-32",
        "9999-12", "9999-13", "9999-00", "0001-01", "0001-12", "0000-12", "10000-01", "2020-00", "2020-13", "2020-02",
        "9999", "0001", "0000", "10000", "9999999",
        "0001-01-01/9999-12-31", "9999-12-31/0001-01-01", "9999-12-01/9999-12-31", "9999-12-31/9999-12-31",
        "0001-01-01/0001-01-01", "2020-02-31/2020-03-01", "9999-12-31/10000-01-01",
        "../9999-12-31", "../0001-01-01", "../10000-01-01", "../2021-02-29", "9999-12/9999-12", "../9999-12",
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "9999-12-31T24:00:00Z",
        "2026-11-30T24:00:00Z", "2026-02-29T12:00:00Z", "9999-12-31T23:59:59.999999999Z", "-9999-01-01T00:00:00Z",
    ];

    /// <summary>JSON number texts at the edges of int32, int64, uint64, decimal and double.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-0", "-0.0", "0.0", "1", "-1", "42.0", "42.00", "1E2", "1e+2", "1.5", "0.1", "12.50",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "12345678901234567890", "99999999999999999999",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "7.9228162514264337593543950335E28", "0.0000000000000000000000000001", "1e-28", "1e-29", "1e-400",
        "1.00000000000000000001", "1.0000000000000000000000000001", "1.00000000000000000000000000001", "0.123456789012345678901234567891", "0.30000000000000000000000000001",
        "1e309", "-1e309", "1.7976931348623157e308", "4.9e-324", "123456789012345678901234567890.5",
        "1e18", "1e19", "1e20", "9.999999999999999e22", "3.4028235e38",
    ];

    /// <summary>Raw UTF-8 (not necessarily well formed) to put inside a JSON string, between its quotes.</summary>
    public static readonly byte[][] StringInsides =
    [
        Ascii(@"\ud800"), Ascii(@"\udc00"), Ascii(@"\udbff"), Ascii(@"\udfff"), Ascii(@"\udc00\ud800"), Ascii(@"\ud800\ud800"),
        Ascii(@"\ud83d\ude00"), Ascii(@"\ud800x"), Ascii(@"\u0000"), Ascii(@"\u001b[31m"), Ascii(@"\n"), Ascii(@"\r\n"),
        Ascii(@"\t"), Ascii(@"\u0085"), Ascii(@"\u2028"), Ascii(@"\u2029"), Ascii(@"\ufffd"), Ascii(@"\ufeff"), Ascii(@"\u007f"),
        Ascii("\\\""), Ascii(@"\\"), Ascii(@"'"), Ascii(@"\/"),
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xB0, 0x80, 0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xC1, 0xBF],
        [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3], [0x80], [0xFF], [0xFE],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBF, 0xBD], [0xEF, 0xBB, 0xBF], [0xC2, 0x85],
        [0xE2, 0x80, 0xA8], [0xC2, 0xA0], [0x00], [0x01], [0x1F], [0x0A], [0x0D], [0x09], [0x7F],
        Encoding.UTF8.GetBytes("Türkiye Ελλάδα Україна 日本 😀"),
    ];

    /// <summary>How long a generated long string is: around every configurable string limit.</summary>
    public static readonly int[] LongLengths = [7, 8, 9, 63, 64, 65, 4095, 4096, 4097, 65535, 65536, 65537, 70000];

    /// <summary>Nesting depths around the default limit and the raised ones.</summary>
    public static readonly int[] Depths = [1, 2, 7, 8, 9, 62, 63, 64, 65, 66, 69, 70, 71, 199, 200, 201, 999, 1000, 1001, 1025, 10000];

    /// <summary>Near misses of a closed value: casing, whitespace, flag lists, separators.</summary>
    public static string NearMiss(string value, string other, int choice) => (choice % 16) switch
    {
        0 => value.ToUpperInvariant(),
        1 => value.Length > 0 ? char.ToUpperInvariant(value[0]) + value[1..] : "X",
        2 => " " + value,
        3 => value + " ",
        4 => "\t" + value,
        5 => value + "\n",
        6 => value + ", " + other,
        7 => value + "," + other,
        8 => value + ", " + value,
        9 => value.Replace('-', '_'),
        10 => value.Replace("-", string.Empty, StringComparison.Ordinal),
        11 => value + "s",
        12 => value.Length > 1 ? value[..^1] : string.Empty,
        13 => value + "\u00a0",
        14 => "signature, consent-to-be-bound",
        _ => value.Any(char.IsUpper) ? value.ToLowerInvariant() : value.ToUpperInvariant(),
    };

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}
