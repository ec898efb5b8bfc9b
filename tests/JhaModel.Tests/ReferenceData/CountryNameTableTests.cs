using System.Reflection;
using System.Runtime.Loader;
using JhaModel.Countries;
using NodaTime;

namespace JhaModel.Tests.ReferenceData;

/// <summary>
/// The names in other languages are read on the first question in a language, not when the reference dataset
/// loads: checked in a fresh copy of the library (its own load context), so that no other test has touched it.
/// </summary>
public sealed class CountryNameTableTests
{
    [Fact]
    public void The_tables_are_read_on_the_first_question_in_a_language_not_when_the_dataset_loads()
    {
        var context = new AssemblyLoadContext("cold-start", isCollectible: true);
        try
        {
            var library = context.LoadFromAssemblyPath(typeof(Country).Assembly.Location);
            var table = library.GetType("JhaModel.ReferenceData.CountryNameTable", throwOnError: true)!;
            bool Loaded() => (bool)table.GetProperty("IsLoaded", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

            var registry = library.GetType("JhaModel.Countries.CountryRegistry", throwOnError: true)!;
            var code = library.GetType("JhaModel.Countries.CountryCode", throwOnError: true)!;
            var tag = library.GetType("JhaModel.Countries.LanguageTag", throwOnError: true)!;
            object albania = code.GetProperty("Albania")!.GetValue(null)!;
            object country = registry.GetMethod("Get", [code])!.Invoke(null, [albania])!;
            var date = new LocalDate(2020, 10, 22);

            Assert.Equal("Albania", country.GetType().GetMethod("NameOn", [typeof(LocalDate)])!.Invoke(country, [date]));
            Assert.False(Loaded(), "loading the dataset and asking a name in English read the tables of names in other languages");

            object sq = tag.GetMethod("Parse", [typeof(string)])!.Invoke(null, ["sq"])!;
            object name = country.GetType().GetMethod("NameOn", [typeof(LocalDate), tag])!.Invoke(country, [date, sq])!;

            Assert.Equal("Shqipëri", name.GetType().GetProperty("Text")!.GetValue(name));
            Assert.True(Loaded());
        }
        finally
        {
            context.Unload();
        }
    }
}
