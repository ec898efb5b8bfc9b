using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Serialization;
using JhaModel.Statistics;

namespace JhaModel.Fuzz;

/// <summary>The public reading entry points the harness drives.</summary>
internal enum Entry
{
    ReadBytes,
    ReadString,
    ReadStream,
    ReadTrickleStream,
    ReadNdjson,
    ReadNdjsonAsync,
    ReadNdjsonTrickle,
    DeserializeString,
    DeserializeBytes,
    DeserializeStream,
}

/// <summary>A named choice of reader options; <see cref="Create"/> may throw when the library validates options.</summary>
internal sealed record OptionsChoice(string Name, Func<ExchangeReaderOptions?> Create);

/// <summary>A model type that <see cref="JhaModelJson"/> reads, by its NDJSON kind (or "document").</summary>
internal sealed record ModelType(string Kind, Func<string, object> FromString, Func<byte[], object> FromBytes, Func<Stream, object> FromStream, Func<object, byte[]> Write)
{
    public static ModelType Of<T>(string kind) => new(
        kind,
        s => JhaModelJson.Deserialize<T>(s)!,
        b => JhaModelJson.Deserialize<T>(b)!,
        s => JhaModelJson.Deserialize<T>(s)!,
        o => JhaModelJson.SerializeToUtf8Bytes((T)o));
}

/// <summary>One fuzz case: an entry point, options, the input bytes and what the recipe did to make them.</summary>
internal sealed record Case(Entry Entry, ModelType Type, OptionsChoice Options, byte[] Input, string Description)
{
    public override string ToString() =>
        $"entry {Entry}{(Entry >= Entry.DeserializeString ? $"<{Type.Kind}>" : string.Empty)}, options {Options.Name}, {Input.Length} bytes{(Description.Length > 0 ? $", {Description}" : string.Empty)}";
}

/// <summary>
/// Decodes the fuzzer's bytes into a <see cref="Case"/>. Layout: a mode byte (a multiple of 5 = raw, else
/// structured); the options (one byte below 0xC0 picks a preset, otherwise five more bytes pick each limit); then
/// for raw mode an entry byte, a type byte and the input itself; for structured mode a base byte, an entry byte and
/// the mutations (<see cref="Mutator"/>).
/// </summary>
internal static class Recipe
{
    public static readonly ModelType[] Types =
    [
        ModelType.Of<ExchangeDocument>("document"),
        ModelType.Of<Organisation>("organisation"),
        ModelType.Of<Country>("country"),
        ModelType.Of<Agreement>("agreement"),
        ModelType.Of<PolicyCycle>("policy-cycle"),
        ModelType.Of<OperationalActionPlan>("action-plan"),
        ModelType.Of<CaseStatistic>("statistic"),
        ModelType.Of<CountryRanking>("ranking"),
    ];

    public static readonly OptionsChoice[] Presets =
    [
        new("none", () => null),
        new("default", () => ExchangeReaderOptions.Default),
        new("depth-70", () => new() { MaxDepth = 70 }),
        new("depth-200", () => new() { MaxDepth = 200 }),
        new("depth-1000", () => new() { MaxDepth = 1000 }),
        new("depth-1", () => new() { MaxDepth = 1 }),
        new("bytes-100", () => new() { MaxDocumentBytes = 100 }),
        new("bytes-1000", () => new() { MaxDocumentBytes = 1000 }),
        new("bytes-1g", () => new() { MaxDocumentBytes = 1L << 30 }),
        new("problems-0", () => new() { MaxProblems = 0 }),
        new("problems-1", () => new() { MaxProblems = 1 }),
        new("strings-8", () => new() { MaxStringLength = 8 }),
        new("strings-70000", () => new() { MaxStringLength = 70_000 }),
        new("collections-1", () => new() { MaxCollectionLength = 1 }),
        new("mixed", () => new() { MaxDepth = 200, MaxDocumentBytes = 1 << 20, MaxProblems = 5, MaxStringLength = 70_000, MaxCollectionLength = 3 }),
        new("bytes-max", () => new() { MaxDocumentBytes = long.MaxValue }),
        new("depth-max", () => new() { MaxDepth = int.MaxValue }),
        new("depth-minus-5", () => new() { MaxDepth = -5 }),
    ];

    /// <summary>The presets a corpus replay runs each file with (the extremes that every read shares are left to the fuzzer).</summary>
    public static readonly OptionsChoice[] ReplayPresets = [.. Presets.Where(p => p.Name is "none" or "depth-70" or "depth-1000" or "bytes-100" or "problems-1" or "strings-8" or "collections-1" or "mixed" or "bytes-max" or "depth-max" or "depth-minus-5")];

    private static readonly int[] Depths = [1, 2, 8, 63, 64, 65, 70, 200, 1000, 1024, 64, 0, -5, int.MaxValue];
    private static readonly long[] DocumentBytes = [0, 1, 16, 100, 439, 1000, 65_535, 65_536, 65_537, 1 << 20, 256L << 20, 1L << 40, long.MaxValue, -1];
    private static readonly int[] StringLengths = [0, 1, 8, 64, 4096, 65_535, 65_536, 65_537, int.MaxValue, -1];
    private static readonly int[] ProblemCounts = [0, 1, 2, 10, 1000, int.MaxValue, -1];
    private static readonly int[] CollectionLengths = [0, 1, 2, 3, 100, 1_000_000, int.MaxValue, -1];

    public static readonly Entry[] DocumentEntries = Enum.GetValues<Entry>();

    public static readonly Entry[] NdjsonEntries = [Entry.ReadNdjson, Entry.ReadNdjsonAsync, Entry.ReadNdjsonTrickle, Entry.ReadBytes];

    public static readonly Entry[] RecordEntries = [Entry.DeserializeString, Entry.DeserializeBytes, Entry.DeserializeStream, Entry.ReadNdjson, Entry.ReadNdjsonAsync];

    public static Case Decode(byte[] input)
    {
        var data = new DataProvider(input);
        bool raw = data.NextByte() % 5 == 0;
        var options = DecodeOptions(data);
        if (raw)
        {
            var entry = data.Pick(DocumentEntries);
            var type = data.Pick(Types);
            return new Case(entry, type, options, data.Rest(), "raw");
        }

        var baseInput = data.Pick(Bases.All);
        var entries = baseInput.Shape switch { BaseShape.Document => DocumentEntries, BaseShape.Ndjson => NdjsonEntries, _ => RecordEntries };
        var chosen = data.Pick(entries);
        var modelType = Types.Single(t => t.Kind == (baseInput.Kind ?? "document"));
        bool asLine = baseInput.Shape == BaseShape.Record && chosen is Entry.ReadNdjson or Entry.ReadNdjsonAsync;
        var (bytes, description) = Mutator.Mutate(data, baseInput, asLine);
        return new Case(chosen, modelType, options, bytes, $"base {baseInput.Name}{(description.Length > 0 ? $": {description}" : string.Empty)}");
    }

    private static OptionsChoice DecodeOptions(DataProvider data)
    {
        byte b = data.NextByte();
        if (b < 0xC0)
        {
            return Presets[b % Presets.Length];
        }

        int depth = data.Pick(Depths);
        long bytes = data.Pick(DocumentBytes);
        int strings = data.Pick(StringLengths);
        int problems = data.Pick(ProblemCounts);
        int collections = data.Pick(CollectionLengths);
        return new OptionsChoice(
            $"{{MaxDepth={depth}, MaxDocumentBytes={bytes}, MaxStringLength={strings}, MaxProblems={problems}, MaxCollectionLength={collections}}}",
            () => new() { MaxDepth = depth, MaxDocumentBytes = bytes, MaxStringLength = strings, MaxProblems = problems, MaxCollectionLength = collections });
    }

    /// <summary>The seeds of a fuzz run: structured recipes over every base, entry, mutation and preset.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Seeds()
    {
        for (int b = 0; b < Bases.All.Count; b++)
        {
            var shape = Bases.All[b].Shape;
            int entries = shape switch { BaseShape.Document => DocumentEntries.Length, BaseShape.Ndjson => NdjsonEntries.Length, _ => RecordEntries.Length };
            for (int e = 0; e < entries; e += shape == BaseShape.Record ? 1 : 3)
            {
                yield return ($"base{b:D2}-entry{e}", [1, 0, (byte)b, (byte)e, 0, 0]);
            }
        }

        int document = Bases.All.ToList().FindIndex(x => x.Name.EndsWith("base.json", StringComparison.Ordinal));
        for (int op = 0; op < 15; op++)
        {
            yield return ($"op{op:D2}", [1, 0, (byte)document, 0, 1, (byte)op, 0, 0, 0, 0, 0, 0]);
        }

        for (int p = 0; p < Presets.Length; p++)
        {
            yield return ($"preset{p:D2}", [1, (byte)p, (byte)document, 4, 1, 6, 11, 0, 0]);
        }
    }

    /// <summary>A raw-mode recipe holding a file as it is, read through an entry point.</summary>
    public static byte[] RawSeed(byte[] file, Entry entry) => [0, 0, (byte)Array.IndexOf(DocumentEntries, entry), 0, .. file];
}
