using FsCheck;
using FsCheck.Fluent;
using JhaModel.Empact;
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
        from cycles in Gen.ListOf(PolicyCycle).Select(list => list.DistinctBy(c => c.Id).ToArray())
        from plans in Gen.ListOf(PlanOfEmbeddedPriority)
        from statistics in CaseStatisticSet
        select new ExchangeDocument
        {
            FormatVersion = Exchange.ExchangeDocument.CurrentFormatVersion,
            Producer = producer,
            GeneratedAt = generatedAt,
            AsOf = asOf,
            Organisations = [.. Organisations.OrganisationRegistry.All.Take(3)],
            Countries = countries,
            Agreements = agreements,
            PolicyCycles = UniquePriorities(cycles),
            ActionPlans = plans,
            Statistics = statistics.Statistics,
            Rankings = statistics.Rankings,
        };

    /// <summary>A valid operational action plan for one of the embedded crime priorities, so that its priority resolves.</summary>
    public static Gen<OperationalActionPlan> PlanOfEmbeddedPriority => Gen.Sized(size =>
        from cycle in Gen.Elements(Empact.EmpactRegistry.Cycles.ToArray())
        from priority in Gen.Elements(cycle.Priorities.ToArray())
        from period in SubPeriod(cycle.Id.Period)
        from codes in Gen.ArrayOf(ActionCode, Math.Min(size, 4))
        from actions in Sequence(codes.Distinct().Select(c => OperationalActionWithin(period, c)))
        select new OperationalActionPlan { Cycle = cycle.Id, Priority = priority.Key, Period = period, Actions = actions });

    private static Empact.PolicyCycle[] UniquePriorities(Empact.PolicyCycle[] cycles)
    {
        var seen = new HashSet<Empact.CrimePriorityKey>();
        return [.. cycles.Select(c => c with { Priorities = [.. c.Priorities.Where(p => seen.Add(p.Key))] })];
    }
}
