using System.Text;
using System.Text.Json;
using FluentValidation;
using NodaTime;
using NodaTime.Serialization.JsonNet;
using NodaTime.Serialization.SystemTextJson;

namespace JhaModel.Benchmarks.Peers;

/// <summary>The peer stacks, each configured as its users configure it.</summary>
internal static class PeerStacks
{
    /// <summary>Bare source-generated STJ into the DTO, with NodaTime's stock LocalDate converter.</summary>
    public static readonly JsonSerializerOptions SourceGenerated = new()
    {
        TypeInfoResolver = DtoJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { NodaTime.Serialization.SystemTextJson.NodaConverters.LocalDateConverter },
    };

    /// <summary>Reflection-based STJ configured for NodaTime (the usual stack).</summary>
    public static readonly JsonSerializerOptions ReflectionNodaTime = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>Json.NET configured for NodaTime.</summary>
    public static readonly Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new Newtonsoft.Json.JsonSerializerSettings()
        .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>The singleton validator.</summary>
    public static readonly AgreementDtoValidator Validator = new();

    public static List<AgreementDto> ReadSourceGenerated(byte[] json) =>
        JsonSerializer.Deserialize<List<AgreementDto>>(json, SourceGenerated)!;

    public static List<AgreementDto> ReadReflection(byte[] json) =>
        JsonSerializer.Deserialize<List<AgreementDto>>(json, ReflectionNodaTime)!;

    public static List<AgreementDto> ReadNewtonsoft(byte[] json) =>
        Newtonsoft.Json.JsonConvert.DeserializeObject<List<AgreementDto>>(Encoding.UTF8.GetString(json), NewtonsoftSettings)!;

    public static int CountValid(List<AgreementDto> agreements, IValidator<AgreementDto>? validator = null)
    {
        int valid = 0;
        foreach (var agreement in agreements)
        {
            valid += (validator ?? new AgreementDtoValidator()).Validate(agreement).IsValid ? 1 : 0;
        }

        return valid;
    }
}
