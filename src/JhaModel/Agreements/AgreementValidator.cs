using FluentValidation;
using JhaModel.Validation;

namespace JhaModel.Agreements;

/// <summary>
/// Validates an <see cref="Agreement"/>: identity, parties, chronology (per party and for the agreement),
/// opening and termination, the entry-into-force rule, protocols and their parent convention, identifiers, and
/// every event, statement and ineligibility record.
/// </summary>
/// <remarks>
/// A protocol's parent is looked up through the resolver given to the constructor; <see cref="Instance"/> looks
/// in <see cref="AgreementRegistry"/>. Validators are thread-safe; construct once and reuse.
/// </remarks>
public sealed class AgreementValidator : AbstractValidator<Agreement>
{
    /// <summary>Creates a validator that looks up parent conventions in <see cref="AgreementRegistry"/>.</summary>
    public AgreementValidator()
        : this(AgreementRules.ResolveEmbedded)
    {
    }

    /// <summary>Creates a validator that looks up parent conventions with <paramref name="resolveParent"/>, e.g. among the agreements of one document.</summary>
    /// <param name="resolveParent">Returns the agreement with an identifier, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolveParent"/> is <see langword="null"/>.</exception>
    public AgreementValidator(Func<AgreementId, Agreement?> resolveParent)
    {
        ArgumentNullException.ThrowIfNull(resolveParent);
        AgreementRuleTables.Agreement.AddTo(this, resolveParent);
    }

    /// <summary>A shared instance that looks up parent conventions in <see cref="AgreementRegistry"/>.</summary>
    public static AgreementValidator Instance { get; } = new();
}
