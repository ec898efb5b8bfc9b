namespace JhaModel.Collections;

/// <summary>The syntax shared by every kebab-case identifier: lower-case ASCII letters and digits in hyphen-separated words.</summary>
internal static class Kebab
{
    /// <summary>Whether <paramref name="text"/> is 2 to <paramref name="maxLength"/> characters of <c>[a-z0-9]</c> words joined by single hyphens, starting with a letter.</summary>
    public static bool IsValid(ReadOnlySpan<char> text, int maxLength = 64)
    {
        if (text.Length < 2 || text.Length > maxLength || text[0] is < 'a' or > 'z' || text[^1] == '-')
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
