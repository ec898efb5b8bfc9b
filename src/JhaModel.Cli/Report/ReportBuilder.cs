using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Exchange;
using JhaModel.Organisations;
using JhaModel.ReferenceData;
using JhaModel.Statistics;
using NodaTime;

namespace JhaModel.Cli.Report;

/// <summary>
/// Builds the report from an exchange document: the (layered) reference dataset is the document
/// <see cref="JhaDataset.ToDocument"/> gives, so both paths share one builder; what a document does not hold is
/// taken from the dataset.
/// </summary>
internal static class ReportBuilder
{
    /// <summary>The Budapest Convention on Cybercrime.</summary>
    public static readonly AgreementId Cets185 = AgreementId.Parse("coe-cets-185");

    /// <summary>The Second Additional Protocol to the Budapest Convention.</summary>
    public static readonly AgreementId Cets224 = AgreementId.Parse("coe-cets-224");

    public static JhaReport Build(ExchangeDocument document, string source, LocalDate asOf, JhaDataset dataset, LanguageTag? language = null)
    {
        var organisations = document.Organisations.Where(o => !o.Id.IsDefault).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        bool IsEuBody(OrganisationId id)
        {
            if (id == OrganisationId.EuropeanUnion)
            {
                return true;
            }

            var organisation = organisations.GetValueOrDefault(id) ?? (dataset.Organisations.TryGet(id, out var embedded) ? embedded : null);
            return organisation?.Parent == OrganisationId.EuropeanUnion;
        }

        var countries = document.Countries.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First());
        var agreements = document.Agreements.OrderBy(a => a.Id).ToList();
        var cets185 = agreements.Find(a => a.Id == Cets185);
        var cets224 = agreements.Find(a => a.Id == Cets224);

        var lines = new List<CountryLine>();
        var footnotes = new List<FootnoteLine>();
        foreach (var code in dataset.Groupings.WesternBalkansSix.MembersOn(asOf).Order())
        {
            var country = countries.GetValueOrDefault(code) ?? dataset.Countries.Get(code);
            var party = Party.Of(code);
            string english = country.Designation?.DisplayName ?? country.NameOn(asOf);
            var localized = language is { } asked ? CountryNames.Translate(code, english, asked) : null;
            string name = localized?.Text ?? english;
            if (country.Designation?.FootnoteOf(OrganisationId.EuropeanUnion) is { } footnote)
            {
                var text = language is { } inLanguage ? footnote.TextIn(inLanguage) : null;
                footnotes.Add(new FootnoteLine { Name = name, Text = text?.Text ?? footnote.Text, Localized = text });
            }

            var withEu = agreements
                .Where(a => a.Binds(party, asOf) && a.Parties.Any(p => p.Organisation is { } o && IsEuBody(o) && a.Binds(p, asOf)))
                .Select(a => new AgreementLine { Id = a.Id, Title = a.Title, ShortTitle = ShortTitle(a, agreements, organisations, IsEuBody, dataset), Kind = a.Kind, Status = a.StatusOn(party, asOf) })
                .ToList();
            var explained = new List<ExplainedStatus> { ExplainedStatus.Of("EU status", country.ExplainEuStatusOn(asOf)) };
            explained.AddRange(withEu.Select(l => ExplainedStatus.Of(l.ShortTitle, agreements.Find(a => a.Id == l.Id)!.ExplainStatusOn(party, asOf))));
            if (cets185 is not null)
            {
                explained.Add(ExplainedStatus.Of("CETS 185", cets185.ExplainStatusOn(party, asOf)));
            }

            if (cets224 is not null)
            {
                explained.Add(ExplainedStatus.Of("CETS 224", cets224.ExplainStatusOn(party, asOf)));
            }

            lines.Add(new CountryLine
            {
                Code = code,
                Name = name,
                Localized = localized,
                EuStatus = country.EuStatusOn(asOf),
                AgreementsWithEu = withEu,
                Cets185 = cets185?.StatusOn(party, asOf),
                Cets224 = cets224?.StatusOn(party, asOf),
                Explained = explained,
            });
        }

        var cycle = document.PolicyCycles.Where(c => !c.Id.IsDefault && c.IsInForceOn(asOf)).OrderBy(c => c.Id).FirstOrDefault();
        var set = document.ToStatisticSet();

        // As known then: a figure whose period ends after the date was not yet known on it.
        var known = set.Statistics.Where(s => s.Period.End <= asOf).OrderBy(s => s.Id).ToList();
        var notYetKnown = set.Statistics.Where(s => s.Period.End > asOf).OrderBy(s => s.Id).ToList();

        return new JhaReport
        {
            Source = source,
            AsOf = asOf,
            Language = language,
            Countries = lines,
            Footnotes = footnotes,
            Cycle = cycle is null ? null : new CycleLine
            {
                Id = cycle.Id.ToString(),
                Period = cycle.Id.Period,
                Priorities = [.. cycle.Priorities.Select(p => new PriorityLine { Key = p.Key.ToString(), Name = p.Name, IsHorizontal = p.IsHorizontal })],
            },
            Statistics = [.. known.Select(s => new StatisticLine { Statistic = s })],
            NotYetKnown = notYetKnown,
            Comparisons = Comparisons(set, asOf),
        };
    }

    /// <summary>
    /// What a reader calls an agreement: the EU body that is party to it (the agency, else the EU; a status agreement
    /// is the one the EU makes for the European Border and Coast Guard Agency, Frontex) and its kind in words, with
    /// "(2nd)", "(3rd)" for a successor of an agreement in the data.
    /// </summary>
    public static string ShortTitle(Agreement agreement, IReadOnlyList<Agreement> all, IReadOnlyDictionary<OrganisationId, Organisation> organisations, Func<OrganisationId, bool> isEuBody, JhaDataset dataset)
    {
        string Name(OrganisationId id) => id == OrganisationId.EuropeanUnion ? "EU"
            : organisations.GetValueOrDefault(id)?.Name ?? (dataset.Organisations.TryGet(id, out var embedded) ? embedded.Name : id.ToString());

        var agency = agreement.Parties.Select(p => p.Organisation).FirstOrDefault(o => o is { } id && id != OrganisationId.EuropeanUnion && isEuBody(id));
        string body = agreement.Framework is { } framework ? Name(framework)
            : agency is { } found ? Name(found)
            : agreement.Kind == AgreementKind.StatusAgreement ? Name(OrganisationId.Frontex)
            : "EU";
        string kind = agreement.Kind.ToString() switch
        {
            "readmission" => "readmission agreement",
            "visa-facilitation" => "visa facilitation agreement",
            "stabilisation-and-association" => "stabilisation and association agreement",
            "operational-and-strategic-cooperation" => "operational agreement",
            "strategic-cooperation" => "strategic agreement",
            "cooperation-agreement" => "cooperation agreement",
            "status-agreement" => "status agreement",
            var other => other.Replace('-', ' '),
        };

        int generation = 1;
        for (var predecessor = agreement.Predecessor; predecessor is { } id && generation <= all.Count; predecessor = all.FirstOrDefault(a => a.Id == id)?.Predecessor)
        {
            generation++;
        }

        string successor = generation switch
        {
            1 => string.Empty,
            2 => " (2nd)",
            3 => " (3rd)",
            _ => $" ({generation}th)",
        };
        return $"{body} {kind}{successor}";
    }

    /// <summary>
    /// Eurojust's cases involving the Western Balkans, 2019 against January–September 2020 (allowed: same metric,
    /// scope and body), and 2019 against the 2020 cases registered by the Western Balkan countries (refused: the
    /// metric differs) — each when the data hold both statistics.
    /// </summary>
    private static List<ComparisonLine> Comparisons(CaseStatisticSet set, LocalDate asOf)
    {
        var pairs = new[]
        {
            (CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.WesternBalkansJanuaryToSeptember2020),
            (CaseStatisticRegistry.WesternBalkans2019, CaseStatisticRegistry.NewCasesRegisteredByWesternBalkans2020),
        };

        var comparisons = new List<ComparisonLine>();
        foreach (var (baselineId, subjectId) in pairs)
        {
            if (set.Find(baselineId) is not { } baseline || set.Find(subjectId) is not { } subject
                || baseline.Period.End > asOf || subject.Period.End > asOf)
            {
                continue;
            }

            StatisticComparison.TryCompare(baseline, subject, out var comparison, out var refused);
            comparisons.Add(new ComparisonLine { Baseline = baseline, Subject = subject, Comparison = comparison, Refused = refused });
        }

        return comparisons;
    }
}
