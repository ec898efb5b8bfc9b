using System.Text;
using System.Text.RegularExpressions;

namespace JhaModel.Cli.Input;

/// <summary>
/// A file pattern for <c>jha validate --glob</c>, matched against a path below a directory, with <c>/</c> between
/// folders: <c>*</c> is any run of characters within a name, <c>?</c> one character, <c>**/</c> any folders (none
/// included). A pattern without <c>/</c> is matched against the file's name alone, wherever the file is.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;
    private readonly bool _nameOnly;

    private Glob(Regex regex, bool nameOnly)
    {
        _regex = regex;
        _nameOnly = nameOnly;
    }

    /// <summary>The pattern as a matcher.</summary>
    public static Glob Create(string pattern)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (pattern.AsSpan(i).StartsWith("**/"))
            {
                regex.Append("(?:[^/]*/)*");
                i += 2;
            }
            else if (pattern.AsSpan(i).StartsWith("**"))
            {
                regex.Append(".*");
                i += 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        regex.Append('$');
        return new Glob(new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), !pattern.Contains('/', StringComparison.Ordinal));
    }

    /// <summary>Whether the path (relative, <c>/</c> between folders) matches.</summary>
    public bool IsMatch(string relativePath) =>
        _regex.IsMatch(_nameOnly ? relativePath[(relativePath.LastIndexOf('/') + 1)..] : relativePath);
}
