using System.Text.Json.Serialization;

namespace JhaModel.Benchmarks.Peers;

/// <summary>Bare source-generated System.Text.Json metadata for the DTO (camelCase, no strictness, no validation).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<AgreementDto>))]
[JsonSerializable(typeof(AgreementDto))]
internal sealed partial class DtoJsonContext : JsonSerializerContext
{
}
