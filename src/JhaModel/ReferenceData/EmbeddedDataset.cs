using JhaModel.Exchange;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.ReferenceData;

/// <summary>
/// The embedded data file, <c>data/jha-dataset.json</c>, compiled into construction code at build time by the
/// generator in <c>src/JhaModel.Generators</c>: a first query of the reference data runs constructors and does not
/// warm up the serializer. The file stays the only source; a test holds this code equal, member by member, to the
/// file read by the exchange reader.
/// </summary>
internal static partial class EmbeddedDataset
{
    /// <summary>The document part of the file: every member but the <c>dataset</c> header and the statistics, which are read on first use (<see cref="Statistics"/>, <see cref="Rankings"/>).</summary>
    [EmbeddedJson("jha-dataset.json", "", Ignore = "dataset,statistics,rankings")]
    internal static partial ExchangeDocument Document();

    /// <summary>The case statistics of the file.</summary>
    [EmbeddedJson("jha-dataset.json", "/statistics")]
    internal static partial CaseStatistic[] Statistics();

    /// <summary>The rankings of the file.</summary>
    [EmbeddedJson("jha-dataset.json", "/rankings")]
    internal static partial CountryRanking[] Rankings();

    /// <summary>The data version of the file's header.</summary>
    [EmbeddedJson("jha-dataset.json", "/dataset/version")]
    internal static partial string Version();

    /// <summary>The date up to which the data were reviewed, from the file's header.</summary>
    [EmbeddedJson("jha-dataset.json", "/dataset/reviewedUntil")]
    internal static partial LocalDate ReviewedUntil();
}
