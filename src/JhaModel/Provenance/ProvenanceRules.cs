namespace JhaModel.Provenance;

/// <summary>The predicates behind the provenance rules; each is static, allocation-free and shared by every runner.</summary>
internal static class ProvenanceRules
{
    public static bool IsAbsoluteHttpUrl(string? url) =>
        url is null
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    public static bool IsDefined(Confidence confidence) => Enum.IsDefined(confidence);

    public static bool IsPresent(EventDate date) => !date.IsDefault;

    public static bool IsAbsentOrPresent(EventDate? date) => date is not { IsDefault: true };
}
