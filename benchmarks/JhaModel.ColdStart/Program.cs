using System.Diagnostics;
using System.Globalization;
using JhaModel.Agreements;
using JhaModel.Countries;
using JhaModel.Empact;
using NodaTime;

// Prints two times in milliseconds from the program's entry: the reference data loaded (every agreement, country
// and EMPACT cycle counted), and the first query answered (CETS 224 for Serbia, North Macedonia's EU status and
// the EMPACT cycle on a date). Uses only API that every version since 0.1.0 has.
var clock = Stopwatch.StartNew();
int count = AgreementRegistry.All.Count + CountryRegistry.All.Count + EmpactRegistry.Cycles.Count;
double loaded = clock.Elapsed.TotalMilliseconds;
var date = new LocalDate(2026, 11, 30);
string answer = string.Join(
    ' ',
    AgreementRegistry.Get("coe-cets-224").StatusOn(CountryCode.Serbia, date),
    CountryRegistry.Get(CountryCode.NorthMacedonia).EuStatusOn(date),
    EmpactRegistry.CycleOn(date)!.Id);
double answered = clock.Elapsed.TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loaded:F1} {answered:F1}"));
return count > 0 && answer == "ConsentExpressed Candidate 2026-2029" ? 0 : 1;
