using NodaTime;

namespace JhaModel.Agreements;

/// <summary>
/// When an agreement enters into force for a party whose consent comes after the agreement itself is in force:
/// on the first day of the month following the expiration of <see cref="MonthsAfterConsent"/> months after the
/// deposit of its consent (Council of Europe treaties; three months for CETS 185, Article 36).
/// </summary>
public sealed record EntryIntoForceRule
{
    /// <summary>The months after the deposit of consent, 1 to 24 (3 for CETS 185).</summary>
    public required int MonthsAfterConsent { get; init; }

    /// <summary>The Council of Europe rule of three months.</summary>
    public static EntryIntoForceRule CouncilOfEuropeThreeMonths { get; } = new() { MonthsAfterConsent = 3 };

    /// <summary>The date the agreement enters into force for a party.</summary>
    /// <param name="consent">The date the party deposited its consent.</param>
    /// <param name="agreementEntryIntoForce">The date the agreement itself entered into force, when it has.</param>
    /// <returns>
    /// The first day of the month following the expiration of the period after <paramref name="consent"/>; or
    /// <paramref name="agreementEntryIntoForce"/> when that is later (a party that consented before the agreement
    /// entered into force is bound from the agreement's own entry into force).
    /// </returns>
    public LocalDate EntryIntoForceFor(LocalDate consent, LocalDate? agreementEntryIntoForce)
    {
        var expiry = consent.PlusMonths(MonthsAfterConsent);
        var computed = new LocalDate(expiry.Year, expiry.Month, 1).PlusMonths(1);
        return agreementEntryIntoForce is { } own && own > computed ? own : computed;
    }
}
