using JhaModel.Countries;
using JhaModel.Serialization;
using NodaTime;

var code = CountryCode.Parse("mkd");                         // alpha-2, alpha-3 or numeric
var country = CountryRegistry.Get(code);
var date = new LocalDate(2018, 6, 1);

Console.WriteLine($"{code} {code.Alpha3} {code.NumericCode}");  // MK MKD 807
Console.WriteLine(country.NameOn(date));                      // the former Yugoslav Republic of Macedonia
Console.WriteLine(country.EuStatusOn(date));                  // Candidate
Console.WriteLine(CountryRegistry.Get(CountryCode.Kosovo).Designation?.DisplayName); // Kosovo*
Console.WriteLine(string.Join(", ", CountryGroupings.WesternBalkansSix.MembersOn(date))); // AL, BA, ME, MK, RS, XK
var result = CountryValidator.Instance.Validate(country with { ShortName = "" });
Console.WriteLine($"{result.Errors[0].ErrorCode}: {result.Errors[0].ErrorMessage}"); // JHA-CTY-002: …

string json = JhaModelJson.Serialize(country);
Console.WriteLine(JhaModelJson.Deserialize<Country>(json) == country); // True
var layered = JhaModel.ReferenceData.JhaDataset.Default.LayerFile(Path.Combine(AppContext.BaseDirectory, "cets-224-layer.json"));
Console.WriteLine(layered.Value!.Agreements.Get("coe-cets-224").StatusOn(CountryCode.Albania, new(2026, 7, 1))); // ConsentExpressed
