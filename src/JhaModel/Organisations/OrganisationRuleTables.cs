using JhaModel.Validation;

namespace JhaModel.Organisations;

/// <summary>The rule tables of the organisations area: each rule's predicate, code, message and wire member, once.</summary>
internal static class OrganisationRuleTables
{
    /// <summary>The rules of an <see cref="Organisation"/>.</summary>
    public static RuleTable<Organisation, NoContext> Organisation { get; } = new(r =>
    [
        r.Must("id", x => x.Id, OrganisationRules.IsPresent, JhaErrorCodes.OrganisationIdMissing, "The organisation identifier is missing; expected a kebab-case identifier such as 'europol'."),
        r.Must("name", x => x.Name, TextRules.IsPresent, JhaErrorCodes.OrganisationNameMissing, "The organisation name is blank; expected its name."),
        r.Must("kind", x => x.Kind, OrganisationRules.IsDefined, JhaErrorCodes.OrganisationKindUndefined, "The organisation kind {PropertyValue} is not defined; expected union, eu-agency or international-organisation."),
        r.EachMust("formerAcronyms", x => x.FormerAcronyms, TextRules.IsPresent, JhaErrorCodes.FormerAcronymBlank, "The former acronym is blank or null; expected an acronym."),
        r.Must("parent", x => x, OrganisationRules.IsNotOwnParent, JhaErrorCodes.OrganisationParentSelf, x => $"The organisation '{x.Id}' names itself as its parent; expected another organisation or no parent."),
    ]);
}
