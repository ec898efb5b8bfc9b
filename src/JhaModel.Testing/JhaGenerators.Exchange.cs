using FsCheck;
using FsCheck.Fluent;
using JhaModel.Exchange;
using NodaTime;

namespace JhaModel.Testing;

/// <content>Generators of the exchange area.</content>
public static partial class JhaGenerators
{
    /// <summary>An instant from 2000 to 2035, to the millisecond.</summary>
    public static Gen<Instant> Instant =>
        from day in Date.Where(d => d.Year >= 2000)
        from millisecond in Gen.Choose(0, 86_399_999)
        select day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromMilliseconds(millisecond));

    /// <summary>
    /// A valid exchange document in the current format version whose records are valid and whose identifiers are
    /// unique: organisations, countries and agreements of the generators (agreement identifiers are made unique).
    /// </summary>
    public static Gen<ExchangeDocument> ExchangeDocument =>
        from producer in Gen.Elements("Ministry of Interior, case management system", "Eurojust statistics export", "JhaModel reference dataset")
        from generatedAt in Instant
        from asOf in Date.Select(d => (LocalDate?)d).OrNone()
        from countries in Gen.ListOf(Country).Select(list => list.DistinctBy(c => c.Code).ToArray())
        from agreements in Gen.ListOf(Agreement).Select(list => list.DistinctBy(a => a.Id).ToArray())
        select new ExchangeDocument
        {
            FormatVersion = Exchange.ExchangeDocument.CurrentFormatVersion,
            Producer = producer,
            GeneratedAt = generatedAt,
            AsOf = asOf,
            Organisations = [.. Organisations.OrganisationRegistry.All.Take(3)],
            Countries = countries,
            Agreements = agreements,
        };
}
