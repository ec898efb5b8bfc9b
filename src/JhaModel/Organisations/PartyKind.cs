namespace JhaModel.Organisations;

/// <summary>Whether a <see cref="Party"/> is a country or an organisation. The numeric values never change.</summary>
public enum PartyKind
{
    /// <summary>A country, identified by its <see cref="Countries.CountryCode"/>.</summary>
    Country = 1,

    /// <summary>An organisation, identified by its <see cref="OrganisationId"/>.</summary>
    Organisation = 2,
}
