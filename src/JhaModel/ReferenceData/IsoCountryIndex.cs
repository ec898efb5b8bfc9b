namespace JhaModel.ReferenceData;

/// <summary>
/// Constant-time lookups from alpha-2, alpha-3 and numeric codes to positions in <see cref="IsoCountryTable.Entries"/>.
/// Positions are stored plus one, so that zero means "no entry" and the default <see cref="Countries.CountryCode"/> is invalid.
/// </summary>
internal static class IsoCountryIndex
{
    private static readonly short[] ByAlpha2 = new short[26 * 26];
    private static readonly short[] ByAlpha3 = new short[26 * 26 * 26];
    private static readonly short[] ByNumeric = new short[1000];

    static IsoCountryIndex()
    {
        var entries = IsoCountryTable.Entries;
        for (int i = 0; i < entries.Length; i++)
        {
            short position = checked((short)(i + 1));
            var e = entries[i];
            ByAlpha2[((e.Alpha2[0] - 'A') * 26) + (e.Alpha2[1] - 'A')] = position;
            ByAlpha3[((((e.Alpha3[0] - 'A') * 26) + (e.Alpha3[1] - 'A')) * 26) + (e.Alpha3[2] - 'A')] = position;
            if (e.Numeric is { } numeric)
            {
                ByNumeric[int.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture)] = position;
            }
        }
    }

    /// <summary>Finds a code given as alpha-2, alpha-3 or three-digit numeric text, ASCII case-insensitively.</summary>
    /// <returns>The position plus one, or zero when the text names no entry.</returns>
    public static short Find(ReadOnlySpan<char> text)
    {
        switch (text.Length)
        {
            case 2:
                {
                    int a = Letter(text[0]), b = Letter(text[1]);
                    return (a | b) < 0 ? (short)0 : ByAlpha2[(a * 26) + b];
                }

            case 3 when IsDigit(text[0]):
                return IsDigit(text[1]) && IsDigit(text[2])
                    ? ByNumeric[((text[0] - '0') * 100) + ((text[1] - '0') * 10) + (text[2] - '0')]
                    : (short)0;
            case 3:
                {
                    int a = Letter(text[0]), b = Letter(text[1]), c = Letter(text[2]);
                    return (a | b | c) < 0 ? (short)0 : ByAlpha3[((a * 26) + b) * 26 + c];
                }

            default:
                return 0;
        }
    }

    /// <summary>Finds a code given as UTF-8 alpha-2, alpha-3 or three-digit numeric text, ASCII case-insensitively.</summary>
    /// <returns>The position plus one, or zero when the text names no entry.</returns>
    public static short Find(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[3];
        if (utf8.Length is < 2 or > 3)
        {
            return 0;
        }

        for (int i = 0; i < utf8.Length; i++)
        {
            // Non-ASCII bytes map to a character no code contains.
            chars[i] = utf8[i] < 0x80 ? (char)utf8[i] : '\0';
        }

        return Find(chars[..utf8.Length]);
    }

    /// <summary>Finds a canonical (upper-case) alpha-2 code only.</summary>
    /// <returns>The position plus one, or zero.</returns>
    public static short FindCanonicalAlpha2(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != 2 || !IsUpper(utf8[0]) || !IsUpper(utf8[1]))
        {
            return 0;
        }

        return ByAlpha2[((utf8[0] - 'A') * 26) + (utf8[1] - 'A')];
    }

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int Letter(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        _ => -1,
    };
}
