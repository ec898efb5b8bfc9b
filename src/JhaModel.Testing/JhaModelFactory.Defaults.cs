using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using JhaModel.Statistics;

namespace JhaModel.Testing;

/// <content>The embedded entries the defaults are drawn from.</content>
public static partial class JhaModelFactory
{
    private static class Defaults
    {
        /// <summary>The EU–Albania readmission agreement: bilateral, signed, concluded and in force.</summary>
        public static Agreement Agreement => AgreementRegistry.Get("eu-al-readmission");

        /// <summary>The Council of Europe Convention on Cybercrime: multilateral, with an ineligible party.</summary>
        public static Agreement Convention => AgreementRegistry.Get("coe-cets-185");

        public static Country Country => CountryRegistry.Get(CountryCode.NorthMacedonia);

        public static Country Kosovo => CountryRegistry.Get(CountryCode.Kosovo);

        public static PolicyCycle Cycle => EmpactRegistry.GetCycle(PolicyCycleId.Cycle2022To2025);

        public static PolicyCycle CycleWithResults => EmpactRegistry.Cycles.First(c => c.Results.Count > 0);

        public static CrimePriority PriorityWithPredecessors => EmpactRegistry.Priorities.First(p => p.Predecessors.Count > 0);

        public static CaseStatistic Statistic => CaseStatisticRegistry.Get(CaseStatisticRegistry.WesternBalkans2019);

        public static CountryRanking Ranking => CaseStatisticRegistry.All.Rankings[0];
    }
}
