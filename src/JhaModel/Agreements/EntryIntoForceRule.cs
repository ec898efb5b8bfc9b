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
    /// <exception cref="ArgumentOutOfRangeException">The computed date is outside the years 1 to 9999 that <see cref="LocalDate"/> holds; <see cref="TryEntryIntoForceFor"/> does not throw.</exception>
    public LocalDate EntryIntoForceFor(LocalDate consent, LocalDate? agreementEntryIntoForce) =>
        TryEntryIntoForceFor(consent, agreementEntryIntoForce, out var date)
            ? date
            : throw new ArgumentOutOfRangeException(nameof(consent), consent, $"{MonthsAfterConsent} months after this consent ends outside the years 1 to 9999.");

    /// <summary>The date the agreement enters into force for a party, when it lies within the years 1 to 9999. Never throws.</summary>
    /// <param name="consent">The date the party deposited its consent.</param>
    /// <param name="agreementEntryIntoForce">The date the agreement itself entered into force, when it has.</param>
    /// <param name="entryIntoForce">The date, as <see cref="EntryIntoForceFor"/> computes it; the default value when the method returns <see langword="false"/>.</param>
    /// <returns>Whether the computed date lies within the years 1 to 9999.</returns>
    public bool TryEntryIntoForceFor(LocalDate consent, LocalDate? agreementEntryIntoForce, out LocalDate entryIntoForce)
    {
        // The first day of the month after the month in which the period expires, in whole months counted from
        // year 0: no calendar arithmetic that could pass the calendar's end.
        long month = (consent.Year * 12L) + (consent.Month - 1) + MonthsAfterConsent + 1;
        long year = month / 12;
        if (month < 12 || year > 9999)
        {
            entryIntoForce = default;
            return false;
        }

        var computed = new LocalDate((int)year, (int)(month % 12) + 1, 1);
        entryIntoForce = agreementEntryIntoForce is { } own && own > computed ? own : computed;
        return true;
    }
}
