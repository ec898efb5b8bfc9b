using JhaModel.Exchange;
using SharpFuzz;

// Coverage-guided fuzzing of the reading API with SharpFuzz (docs/reliability.md gives the commands).
// Without arguments the harness runs under AFL++ (afl-fuzz starts it and feeds it inputs); with --libfuzzer it
// runs under libFuzzer through libfuzzer-dotnet; with a file or folder argument it replays inputs, for example the
// crashes a fuzzer found. A crash is any exception that escapes: reading must answer with problems, never throw,
// and a document it accepts must write back to bytes that read the same.
if (args.Length == 0)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Harness.Check(buffer.ToArray());
    });
}
else if (args[0] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(span => Harness.Check(span.ToArray()));
}
else
{
    var files = Directory.Exists(args[0]) ? Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories) : args;
    int count = 0;
    foreach (string file in files)
    {
        Harness.Check(File.ReadAllBytes(file));
        count++;
    }

    Console.WriteLine($"{count} inputs read without a crash");
}

/// <summary>The property each fuzz input must satisfy.</summary>
internal static class Harness
{
    private static readonly ExchangeReaderOptions Options = new() { MaxDocumentBytes = 1 << 20, MaxProblems = 100 };

    public static void Check(byte[] input)
    {
        var result = JhaExchange.Read(input, Options);
        if (result.IsSuccess == result.Problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new InvalidOperationException("A result with a value and errors, or with neither.");
        }

        if (result.Value is { } document)
        {
            byte[] written = JhaExchange.Write(document);
            var again = JhaExchange.Read(written, Options);
            if (again.Value != document || !JhaExchange.Write(again.Value).AsSpan().SequenceEqual(written))
            {
                throw new InvalidOperationException("An accepted document does not write back to bytes that read the same.");
            }
        }

        using var ndjson = new MemoryStream(input);
        foreach (var record in JhaExchange.ReadNdjson(ndjson, Options))
        {
            if (record.IsSuccess == record.Problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                throw new InvalidOperationException($"NDJSON line {record.LineNumber}: a value and errors, or neither.");
            }
        }
    }
}
