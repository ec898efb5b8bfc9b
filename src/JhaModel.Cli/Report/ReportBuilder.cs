using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Cli.Report;

/// <summary>
/// Builds the report from an exchange document: the embedded dataset is the document
/// <see cref="JhaExchange.ReferenceDataset"/> gives, so both paths share one builder.
/// </summary>
internal static class ReportBuilder
{
    /// <summary>The Budapest Convention on Cybercrime.</summary>
    public static readonly AgreementId Cets185 = AgreementId.Parse("coe-cets-185");

    /// <summary>The Second Additional Protocol to the Budapest Convention.</summary>
    public static readonly AgreementId Cets224 = AgreementId.Parse("coe-cets-224");

    public static JhaReport Build(ExchangeDocument document, string source, LocalDate asOf)
    {
        var organisations = document.Organisations.Where(o => !o.Id.IsDefault).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        bool IsEuBody(OrganisationId id)
        {
            if (id == OrganisationId.EuropeanUnion)
            {
                return true;
            }

            var organisation = organisations.GetValueOrDefault(id) ?? (OrganisationRegistry.TryGet(id, out var embedded) ? embedded : null);
            return organisation?.Parent == OrganisationId.EuropeanUnion;
        }

        var countries = document.Countries.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First());
        var agreements = document.Agreements.OrderBy(a => a.Id).ToList();
        var cets185 = agreements.Find(a => a.Id == Cets185);
        var cets224 = agreements.Find(a => a.Id == Cets224);

        var lines = new List<CountryLine>();
        var footnotes = new List<FootnoteLine>();
        foreach (var code in CountryGroupings.WesternBalkansSix.MembersOn(asOf).Order())
        {
            var country = countries.GetValueOrDefault(code) ?? CountryRegistry.Get(code);
            var party = Party.Of(code);
            string name = country.Designation?.DisplayName ?? country.NameOn(asOf);
            if (country.Designation?.FootnoteOf(OrganisationId.EuropeanUnion) is { } footnote)
            {
                footnotes.Add(new FootnoteLine { Name = name, Text = footnote.Text });
            }

            lines.Add(new CountryLine
            {
                Code = code,
                Name = name,
                EuStatus = country.EuStatusOn(asOf),
                AgreementsWithEu =
                [
                    .. agreements
                        .Where(a => a.Binds(party, asOf) && a.Parties.Any(p => p.Organisation is { } o && IsEuBody(o) && a.Binds(p, asOf)))
                        .Select(a => new AgreementLine { Id = a.Id, Title = a.Title, Kind = a.Kind, Status = a.StatusOn(party, asOf) }),
                ],
                Cets185 = cets185?.StatusOn(party, asOf),
                Cets224 = cets224?.StatusOn(party, asOf),
            });
        }

        var cycle = document.PolicyCycles.Where(c => !c.Id.IsDefault && c.IsInForceOn(asOf)).OrderBy(c => c.Id).FirstOrDefault();
        var set = document.ToStatisticSet();

        return new JhaReport
        {
            Source = source,
            AsOf = asOf,
            Countries = lines,
            Footnotes = footnotes,
            Cycle = cycle is null ? null : new CycleLine
            {
                Id = cycle.Id.ToString(),
                Period = cycle.Id.Period,
                Priorities = [.. cycle.Priorities.Select(p => new PriorityLine { Key = p.Key.ToString(), Name = p.Name, IsHorizontal = p.IsHorizontal })],
            },
            Statistics = [.. set.Statistics.OrderBy(s => s.Id).Select(s => new StatisticLine { Statistic = s })],
            Comparisons = Comparisons(set),
        };
    }

    /// <summary>
    /// Eurojust's cases involving the Western Balkans, 2019 against January–September 2020 (allowed: same metric,
    /// scope and body), and 2019 against the 2020 cases registered by the Western Balkan countries (refused: the
    /// metric differs) — each when the data hold both statistics.
    /// </summary>
    private static List<ComparisonLine> Comparisons(CaseStatisticSet set)
    {
        var pairs = new[]
        {
            (CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020),
            (CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020),
        };

        var comparisons = new List<ComparisonLine>();
        foreach (var (baselineId, subjectId) in pairs)
        {
            if (set.Find(baselineId) is not { } baseline || set.Find(subjectId) is not { } subject)
            {
                continue;
            }

            StatisticComparison.TryCompare(baseline, subject, out var comparison, out var refused);
            comparisons.Add(new ComparisonLine { Baseline = baseline, Subject = subject, Comparison = comparison, Refused = refused });
        }

        return comparisons;
    }
}
