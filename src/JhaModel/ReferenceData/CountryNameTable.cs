using System.Text.Json;
using JhaModel.Countries;
using JhaModel.Provenance;
using JhaModel.Serialization;

namespace JhaModel.ReferenceData;

/// <summary>
/// The tables behind <see cref="CountryNames"/>: <c>data/country-names.json</c> (written from Debian's iso-codes by
/// <c>data/country-names.py</c>) and <c>data/country-names-sourced.json</c> (edited by hand, each entry sourced),
/// embedded as resources and read once, on the first question (<see cref="Instance"/>), not when the process or the
/// reference dataset starts. CountryNameParityTests compares the first with the installed catalogues.
/// </summary>
internal sealed class CountryNameTable
{
    internal const string IsoResource = "JhaModel.ReferenceData.country-names.json";
    internal const string SourcedResource = "JhaModel.ReferenceData.country-names-sourced.json";

    /// <summary>The language the data are written in: the names of iso-codes' JSON tables, the former names and designations of the dataset.</summary>
    private const string English = "en";

    private static readonly Lazy<CountryNameTable> Loaded = new(() => new CountryNameTable(Read(IsoResource), Read(SourcedResource)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, IsoLanguage> _iso = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string English, string Language), Sourced> _names = [];
    private readonly Dictionary<(string Issuer, string English, string Language), Sourced> _footnotes = [];
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _englishIsoNames = IsoCountryTable.Entries.Where(e => !e.IsUserAssigned).ToDictionary(e => e.Alpha2, e => e.Name, StringComparer.Ordinal);

    internal CountryNameTable(byte[] iso, byte[] sourced)
    {
        using (var document = JsonDocument.Parse(iso))
        {
            IsoSource = document.RootElement.GetProperty("source").GetString()!;
            foreach (var language in document.RootElement.GetProperty("languages").EnumerateArray())
            {
                string tag = LanguageTag.Parse(language.GetProperty("tag").GetString()!).ToString();
                var names = language.GetProperty("names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
                _iso.Add(tag, new IsoLanguage(language.GetProperty("locale").GetString()!, names));
                _tags.Add(tag);
                if (language.TryGetProperty("answers", out var answers))
                {
                    foreach (var answer in answers.EnumerateArray())
                    {
                        _answers.Add(LanguageTag.Parse(answer.GetString()!).ToString(), tag);
                    }
                }
            }
        }

        using (var document = JsonDocument.Parse(sourced))
        {
            foreach (var entry in document.RootElement.GetProperty("names").EnumerateArray())
            {
                var fact = Sourced.From(entry, "name");
                _names.Add((entry.GetProperty("code").GetString()!, entry.GetProperty("english").GetString()!, fact.Language), fact);
                _tags.Add(fact.Language);
            }

            foreach (var entry in document.RootElement.GetProperty("footnotes").EnumerateArray())
            {
                var fact = Sourced.From(entry, "text");
                _footnotes.Add((entry.GetProperty("issuer").GetString()!, entry.GetProperty("english").GetString()!, fact.Language), fact);
                _tags.Add(fact.Language);
            }
        }

        _tags.Add(English);
        Languages = [.. _tags.Order(StringComparer.Ordinal).Select(t => LanguageTag.Parse(t))];
    }

    /// <summary>The tables of the assembly, read on first use.</summary>
    public static CountryNameTable Instance => Loaded.Value;

    /// <summary>Whether <see cref="Instance"/> has been read (the cold-start test asks).</summary>
    internal static bool IsLoaded => Loaded.IsValueCreated;

    /// <summary>The <c>source</c> line of <c>data/country-names.json</c>, naming the iso-codes version.</summary>
    public string IsoSource { get; }

    public IReadOnlyList<LanguageTag> Languages { get; }

    /// <summary>The translated names of the iso-codes locale written as <paramref name="tag"/>, by alpha-2 code; null when there is no such table.</summary>
    public IReadOnlyDictionary<string, string>? IsoNames(string tag) => _iso.TryGetValue(tag, out var language) ? language.Names : null;

    public LocalizedText Name(string code, string english, LanguageTag requested)
    {
        if (Resolve(requested) is not { } tag)
        {
            return NoTable(english, requested);
        }

        if (_names.TryGetValue((code, english, tag), out var sourced))
        {
            return sourced.Answer(requested);
        }

        if (tag == English)
        {
            return Original(english, requested);
        }

        if (_iso.TryGetValue(tag, out var iso) && _englishIsoNames.GetValueOrDefault(code) == english && iso.Names.TryGetValue(code, out var translated))
        {
            return new LocalizedText
            {
                Text = translated,
                Requested = requested,
                Language = LanguageTag.Parse(tag),
                Source = new Source { Title = $"{IsoVersion}, iso_3166-1.mo of locale {iso.Locale}" },
                Confidence = Confidence.Verified,
            };
        }

        string missing = _englishIsoNames.GetValueOrDefault(code) == english
            ? $"{IsoVersion} has no {tag} translation of '{english}' ({code}), and no other source gives one"
            : $"no source gives '{english}' ({code}) in {tag}";
        return Untranslated(english, requested, missing);
    }

    public LocalizedText Footnote(string issuer, string english, LanguageTag requested)
    {
        if (Resolve(requested) is not { } tag)
        {
            return NoTable(english, requested);
        }

        return tag == English ? Original(english, requested)
            : _footnotes.TryGetValue((issuer, english, tag), out var sourced)
            ? sourced.Answer(requested)
            : Untranslated(english, requested, $"no source gives the {issuer} footnote in {tag}");
    }

    /// <summary>The table answering <paramref name="requested"/>: the first tag of its fallback chain that has a table or is answered by one.</summary>
    private string? Resolve(LanguageTag requested)
    {
        foreach (var candidate in requested.FallbackChain())
        {
            string text = candidate.ToString();
            if (_tags.Contains(text))
            {
                return text;
            }

            if (_answers.TryGetValue(text, out var answered))
            {
                return answered;
            }
        }

        return null;
    }

    private string IsoVersion => IsoSource[..IsoSource.IndexOf(':', StringComparison.Ordinal)];

    private LocalizedText NoTable(string english, LanguageTag requested) =>
        Untranslated(english, requested, $"no names in {requested}: the tables hold {Languages.Count} languages (CountryNames.Languages), none of {string.Join(", ", requested.FallbackChain())}");

    /// <summary>The text in the language of the data, asked in English: a translation of itself.</summary>
    private static LocalizedText Original(string english, LanguageTag requested) =>
        new() { Text = english, Requested = requested, Language = LanguageTag.Parse(English) };

    private static LocalizedText Untranslated(string english, LanguageTag requested, string missing) =>
        new() { Text = english, Requested = requested, Missing = missing };

    private static byte[] Read(string resource)
    {
        using var stream = typeof(CountryNameTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {typeof(CountryNameTable).Assembly.GetName().Name}; the build embeds it from data/.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private sealed record IsoLanguage(string Locale, Dictionary<string, string> Names);

    private sealed record Sourced(string Language, string Text, Source Source, Confidence Confidence)
    {
        public static Sourced From(JsonElement entry, string textMember) => new(
            LanguageTag.Parse(entry.GetProperty("language").GetString()!).ToString(),
            entry.GetProperty(textMember).GetString()!,
            entry.GetProperty("source").Deserialize(JhaModelJsonContext.Default.Source)!,
            entry.GetProperty("confidence").Deserialize(JhaModelJsonContext.Default.Confidence));

        public LocalizedText Answer(LanguageTag requested) => new()
        {
            Text = Text,
            Requested = requested,
            Language = LanguageTag.Parse(Language),
            Source = Source,
            Confidence = Confidence,
        };
    }
}
