using System.Diagnostics;
using System.Text.Json;

namespace JhaModel.Tests.Support;

/// <summary>
/// The two independent JSON Schema validators the reader is compared with: ajv (npm, tests/schema-crosscheck) and
/// Python's jsonschema (Debian's python3-jsonschema, through conformance/check_schema.py). Each takes a schema and
/// files and answers, per file, whether the schema accepts it.
/// </summary>
internal static class SchemaCheckers
{
    public static readonly string[] Names = ["ajv", "python-jsonschema"];

    /// <summary>The verdict of one checker on each file (an NDJSON file is valid when every line is).</summary>
    public static Dictionary<string, bool> Check(string checker, string schema, IReadOnlyList<string> files)
    {
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        // Batches keep the command lines short.
        foreach (var batch in files.Chunk(200))
        {
            foreach (var (file, valid) in Run(checker, schema, batch))
            {
                verdicts[file] = valid;
            }
        }

        return verdicts;
    }

    private static IEnumerable<(string File, bool Valid)> Run(string checker, string schema, IReadOnlyList<string> files)
    {
        string root = Golden.RepositoryRoot;
        ProcessStartInfo start;
        if (checker == "ajv")
        {
            Assert.True(Directory.Exists(Path.Combine(root, "tests/schema-crosscheck/node_modules/ajv")),
                "ajv is not installed: run `npm ci --prefix tests/schema-crosscheck` (./test.sh does)");
            start = new ProcessStartInfo("node") { ArgumentList = { Path.Combine(root, "tests/schema-crosscheck/check.mjs") } };
        }
        else
        {
            start = new ProcessStartInfo(Python) { ArgumentList = { Path.Combine(root, "conformance/check_schema.py") } };
        }

        start.ArgumentList.Add(schema);
        foreach (string file in files)
        {
            start.ArgumentList.Add(file);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{checker} exited with {process.ExitCode}: {errors.Result}");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("file").GetString()!, e.GetProperty("valid").GetBoolean()))];
    }

    /// <summary>Debian's python3, which has python3-jsonschema (./test.sh installs it); any python3 on the path otherwise.</summary>
    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}
