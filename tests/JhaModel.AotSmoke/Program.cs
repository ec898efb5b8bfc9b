using System.Text;
using JhaModel.Exchange;
using JhaModel.Validation;
using NodaTime;

// Reads, validates and writes exchange documents in a NativeAOT binary and checks the bytes: the reference dataset
// round-trips byte for byte, a broken document is answered with its problem codes, and NDJSON records round-trip.
var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var generatedAt = Instant.FromUtc(2026, 11, 30, 12, 0);
var reference = JhaExchange.ReferenceDataset(generatedAt);
byte[] written = JhaExchange.Write(reference, indented: true);
var read = JhaExchange.Read(written);
Check(read.IsSuccess && read.Problems.Count == 0, $"the reference dataset ({written.Length:N0} bytes) reads back without problems");
Check(read.Value == reference, "the document read back equals the one written");
byte[] rewritten = JhaExchange.Write(read.Value!, indented: true);
Check(rewritten.AsSpan().SequenceEqual(written), "writing it again gives the same bytes");
if (args.Length > 0)
{
    byte[] example = File.ReadAllBytes(args[0]);
    Check(example.AsSpan().SequenceEqual([.. written, (byte)'\n']), $"the bytes equal {Path.GetFileName(args[0])}, written by the JIT-compiled library");
}


string broken = Encoding.UTF8.GetString(JhaExchange.Write(reference with { Agreements = [.. reference.Agreements.Take(1)] }))
    .Replace("\"producer\":\"JhaModel reference dataset\"", "\"producer\":42,\"extra\":null", StringComparison.Ordinal);
var invalid = JhaExchange.Read(broken);
string[] codes = [.. invalid.Problems.Select(p => p.Code)];
Check(!invalid.IsSuccess && codes.SequenceEqual([JhaErrorCodes.JsonTypeMismatch, JhaErrorCodes.UnknownMember]), $"a broken document gives {JhaErrorCodes.JsonTypeMismatch} and {JhaErrorCodes.UnknownMember} (found: {string.Join(", ", codes)})");

var truncated = JhaExchange.Read(written.AsSpan(0, written.Length / 2));
Check(truncated.Problems.Select(p => p.Code).SequenceEqual([JhaErrorCodes.JsonSyntaxInvalid]), "a truncated document gives one syntax problem");

using var ndjson = new MemoryStream();
JhaExchange.WriteNdjson(ndjson, [.. reference.Agreements, .. reference.Statistics]);
ndjson.Position = 0;
var records = JhaExchange.ReadNdjson(ndjson, null).ToList();
Check(records.Count == reference.Agreements.Count + reference.Statistics.Count && records.TrueForAll(r => r.IsSuccess), $"{records.Count} NDJSON records read back without errors");
using var again = new MemoryStream();
JhaExchange.WriteNdjson(again, records.Select(r => r.Value!));
Check(again.ToArray().AsSpan().SequenceEqual(ndjson.ToArray()), "the NDJSON records write back to the same bytes");

Console.WriteLine(failures.Count == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures.Count} checks failed");
return failures.Count == 0 ? 0 : 1;
