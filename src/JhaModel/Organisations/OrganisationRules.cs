namespace JhaModel.Organisations;

/// <summary>The predicates behind the organisation rules; each is static and shared by every runner.</summary>
internal static class OrganisationRules
{
    public static bool IsPresent(OrganisationId id) => !id.IsDefault;

    public static bool IsDefined(OrganisationKind kind) => Enum.IsDefined(kind);

    public static bool IsNotOwnParent(Organisation organisation) => organisation.Parent is not { } parent || parent != organisation.Id;
}
