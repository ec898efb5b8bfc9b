namespace JhaModel.Fuzz;

/// <summary>How failures are told apart (the replay groups by signature) and which known ones a run may look past.</summary>
internal static class Findings
{
    // The oracle, the exception's type and the library's first frame: what tells two findings apart.
    public static string Signature(Exception ex)
    {
        string oracle = ex is OracleFailure f ? f.Oracle : "harness";
        var inner = ex.InnerException ?? ex;
        string type = ex is OracleFailure { InnerException: null } ? string.Empty : $" {inner.GetType().Name}";
        string frame = (ex as OracleFailure)?.Key ?? Frames(inner).FirstOrDefault() ?? (ex is OracleFailure ? Detail(ex.Message) : string.Empty);
        return $"[{oracle}]{type} {frame}".TrimEnd();
    }

    // For an oracle without an exception, a stable description: the problem code it names, or what it says up to the
    // first path, quote or number.
    private static string Detail(string message)
    {
        var code = System.Text.RegularExpressions.Regex.Match(message, @"JHA-[A-Z]+-[0-9]+");
        if (code.Success)
        {
            return code.Value;
        }

        int colon = message.IndexOf(": ", StringComparison.Ordinal);
        string rest = colon < 0 ? message : message[(colon + 2)..];
        int cut = rest.IndexOfAny(['$', '\'', '"', '[', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        return cut < 0 ? rest : rest[..cut].TrimEnd();
    }

    // The stack frames in the library (not in the harness, the runtime or System.Text.Json), method names only.
    public static IEnumerable<string> Frames(Exception ex) =>
        (ex.StackTrace ?? string.Empty).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("at JhaModel.", StringComparison.Ordinal) && !l.StartsWith("at JhaModel.Fuzz.", StringComparison.Ordinal))
            .Select(l => l[3..])
            .Select(l => l.Contains(" in ", StringComparison.Ordinal) ? l[..l.IndexOf(" in ", StringComparison.Ordinal)] : l);

    /// <summary>The parts of signatures named in JHA_FUZZ_IGNORE, e.g. "message-control-char,EventDate.InMonth".</summary>
    public static string[] Ignored() =>
        (Environment.GetEnvironmentVariable("JHA_FUZZ_IGNORE") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsIgnored(Exception ex, string[] ignored) =>
        ignored.Length > 0 && Signature(ex) is var signature && ignored.Any(i => signature.Contains(i, StringComparison.Ordinal));
}
