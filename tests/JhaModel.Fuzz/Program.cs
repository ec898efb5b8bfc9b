using JhaModel.Fuzz;
using SharpFuzz;

// Coverage-guided fuzzing of the reading API with SharpFuzz (docs/reliability.md gives the commands; .ci/fuzz runs it).
//   (no arguments)            run under AFL++: each input is a recipe (Recipe.Decode) run through its entry point
//   --libfuzzer               the same under libFuzzer (libfuzzer-dotnet)
//   --replay PATH...          run recipe files (a fuzzer's queue or crashes) uninstrumented; report each failure
//   --corpus PATH...          read raw files (the checked-in corpus) through every entry point with several options
//   PATH...                   the same as --corpus
//   --emit RECIPE OUT         write the input a recipe builds to OUT and print its entry point and options
//   --make-seeds DIR          write the structured seed recipes to DIR
//   --raw-seeds DIR FILE...   write raw-mode recipes holding FILEs to DIR
//   --dictionary FILE         write an AFL++ dictionary of the edge values (for the raw mode)
// A failure is an OracleFailure named after the broken promise (Oracles); replays end with exit code 1 on any failure.
// JHA_FUZZ_IGNORE (comma-separated parts of failure signatures) makes the fuzzing modes look past known findings.
return args switch
{
    [] => Fuzz(),
    ["--libfuzzer"] => LibFuzz(),
    ["--replay", .. var paths] => Report(Files(paths).Select(f => (f, new Func<Case>(() => Recipe.Decode(File.ReadAllBytes(f)))))),
    ["--corpus", .. var paths] => Report(Files(paths).SelectMany(CorpusCases)),
    ["--emit", var recipe, var output] => Emit(recipe, output),
    ["--make-seeds", var folder] => MakeSeeds(folder),
    ["--raw-seeds", var folder, .. var files] => RawSeeds(folder, files),
    ["--dictionary", var file] => Dictionary(file),
    _ => Report(Files(args).SelectMany(CorpusCases)),
};

static int Fuzz()
{
    // Nothing of the library may run before Run: the instrumented code writes to AFL++'s shared memory, which
    // SharpFuzz maps only inside Run (a warm-up here crashes the fork server).
    var ignored = Findings.Ignored();
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        try
        {
            Oracles.Run(Recipe.Decode(buffer.ToArray()));
        }
        catch (Exception ex) when (Findings.IsIgnored(ex, ignored))
        {
            // A known finding the run was told to look past (JHA_FUZZ_IGNORE).
        }
    });
    return 0;
}

static int LibFuzz()
{
    var ignored = Findings.Ignored();
    Fuzzer.LibFuzzer.Run(span =>
    {
        try
        {
            Oracles.Run(Recipe.Decode(span.ToArray()));
        }
        catch (Exception ex) when (Findings.IsIgnored(ex, ignored))
        {
            // A known finding the run was told to look past (JHA_FUZZ_IGNORE).
        }
    });
    return 0;
}

static IEnumerable<string> Files(IEnumerable<string> paths) =>
    paths.SelectMany<string, string>(p => Directory.Exists(p)
        ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) is not ("manifest.tsv" or "README.txt"))
            .Order(StringComparer.Ordinal)
        : new[] { p });

// A corpus file through every entry point that fits it, with each replay preset.
static IEnumerable<(string File, Func<Case> Case)> CorpusCases(string file)
{
    byte[] bytes = File.ReadAllBytes(file);
    var entries = file.EndsWith(".ndjson", StringComparison.Ordinal) ? Recipe.NdjsonEntries : Recipe.DocumentEntries;
    foreach (var options in Recipe.ReplayPresets)
    {
        foreach (var entry in entries)
        {
            var fuzzCase = new Case(entry, Recipe.Types[0], options, bytes, Path.GetFileName(file));
            yield return (file, () => fuzzCase);
        }
    }
}

// Runs cases, groups the failures by oracle, exception and top library frame, prints one block per group.
static int Report(IEnumerable<(string File, Func<Case> Case)> cases)
{
    var groups = new Dictionary<string, List<(string File, Exception Failure)>>(StringComparer.Ordinal);
    var ignored = Findings.Ignored();
    int count = 0, ignoredCount = 0;
    var files = new HashSet<string>(StringComparer.Ordinal);
    foreach (var (file, fuzzCase) in cases)
    {
        count++;
        files.Add(file);
        try
        {
            Oracles.Run(fuzzCase());
        }
        catch (Exception ex) when (Findings.IsIgnored(ex, ignored))
        {
            ignoredCount++;
        }
        catch (Exception ex)
        {
            string key = Findings.Signature(ex);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((file, ex));
        }
    }

    foreach (var (key, list) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"FAILURE {key}: {list.Count} case(s) in {list.Select(l => l.File).Distinct().Count()} file(s)");
        var (firstFile, first) = list.OrderBy(l => l.File.Length).First();
        Console.WriteLine($"  first: {firstFile}");
        Console.WriteLine($"  {Oracles.Shorten(first.Message)}");
        var frames = first is OracleFailure ? Findings.Frames(first.InnerException ?? first) : (first.StackTrace ?? string.Empty).Split('\n').Select(l => l.Trim()[3..]);
        foreach (string frame in frames.Take(4))
        {
            Console.WriteLine($"    at {frame}");
        }
    }

    int failures = groups.Values.Sum(g => g.Count);
    Console.WriteLine($"{count} cases from {files.Count} files: {failures} failed, {groups.Count} distinct failure(s){(ignored.Length > 0 ? $", {ignoredCount} ignored (JHA_FUZZ_IGNORE)" : string.Empty)}");
    return failures == 0 ? 0 : 1;
}

static int Emit(string recipe, string output)
{
    var fuzzCase = Recipe.Decode(File.ReadAllBytes(recipe));
    File.WriteAllBytes(output, fuzzCase.Input);
    Console.WriteLine(fuzzCase);
    return 0;
}

static int MakeSeeds(string folder)
{
    Directory.CreateDirectory(folder);
    int count = 0;
    foreach (var (name, bytes) in Recipe.Seeds())
    {
        File.WriteAllBytes(Path.Combine(folder, $"seed-{name}"), bytes);
        count++;
    }

    Console.WriteLine($"{count} seed recipes written to {folder}");
    return 0;
}

static int RawSeeds(string folder, IEnumerable<string> paths)
{
    Directory.CreateDirectory(folder);
    int count = 0;
    foreach (string file in Files(paths))
    {
        var entry = file.EndsWith(".ndjson", StringComparison.Ordinal) ? Entry.ReadNdjson : Entry.ReadBytes;
        File.WriteAllBytes(Path.Combine(folder, $"raw-{count++:D4}-{Path.GetFileName(file)}"), Recipe.RawSeed(File.ReadAllBytes(file), entry));
    }

    Console.WriteLine($"{count} raw seed recipes written to {folder}");
    return 0;
}

static int Dictionary(string file)
{
    static string Token(byte[] bytes) => "\"" + string.Concat(bytes.Select(b => b is >= 0x20 and < 0x7f and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}")) + "\"";
    var tokens = Edges.Dates.Select(d => System.Text.Encoding.UTF8.GetBytes($"\"{d}\""))
        .Concat(Edges.Numbers.Select(n => System.Text.Encoding.UTF8.GetBytes(n)))
        .Concat(Edges.StringInsides)
        .Concat(Bases.Vocabulary.Where(v => v.Length <= 32).Select(v => System.Text.Encoding.UTF8.GetBytes($"\"{v}\"")))
        .Concat(["\uFEFF"u8.ToArray(), "[[[[[[[["u8.ToArray(), "{\"a\":"u8.ToArray(), "null"u8.ToArray(), "\"kind\":"u8.ToArray(), "\"record\":"u8.ToArray()])
        .Select(Token).Distinct(StringComparer.Ordinal).ToList();
    File.WriteAllLines(file, tokens);
    Console.WriteLine($"{tokens.Count} dictionary tokens written to {file}");
    return 0;
}
