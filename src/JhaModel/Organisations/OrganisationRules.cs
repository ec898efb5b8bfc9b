using JhaModel.Collections;

namespace JhaModel.Organisations;

// Stryker disable Linq : the list's Count is a property; a mutant of it into Sum cannot compile.

/// <summary>The predicates behind the organisation rules; each is static and shared by every runner.</summary>
internal static class OrganisationRules
{
    /// <summary>The index of the first party listed earlier too (the default value, a missing party, is left out), or -1; linear on long lists.</summary>
    public static int FirstDuplicateParty(IReadOnlyList<Party> parties) => Lists.FirstRepeat(parties, IsMissing);

    private static bool IsMissing(Party party) => party.IsDefault;

    public static bool IsPresent(OrganisationId id) => !id.IsDefault;

    public static bool IsDefined(OrganisationKind kind) => Enum.IsDefined(kind);

    public static bool IsNotOwnParent(Organisation organisation) => organisation.Parent != organisation.Id;

    /// <summary>The fast path of <see cref="OrganisationValidator"/>: every rule of <see cref="OrganisationRuleTables.Organisation"/>, without allocating.</summary>
    public static bool IsValid(Organisation o) => OrganisationRuleTables.Organisation.Passes(o);
}
